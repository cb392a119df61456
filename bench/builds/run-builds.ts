/**
 * `npm run bench -- --builds`: the same audits with each Chromium build installed here — the
 * headless shell and the full browser run headless — each audit its own `kontaktkoll audit`
 * process, one at a time, timed from spawn to exit and its process tree's CPU time counted
 * (browser included). Fixture sites served on 127.0.0.1, `--engine browser`, so every view is a
 * rendered one. Figures only: which build kontaktkoll picks is src/crawl/find-browser.ts.
 */
import { join } from 'node:path';
import { browserKind, systemBrowsers, type FoundBrowser } from '../../src/crawl/find-browser.js';
import { serveStaticSite } from '../../src/serve/static-site-server.js';
import { medianRun, runKontaktkoll, type KontaktkollRun } from '../contenders/kontaktkoll-runner.js';
import { describeMachine, type Machine } from '../machine.js';
import type { BuildsBenchOptions } from '../options.js';
import { writeResults } from '../report/results-file.js';

export interface BuildRun {
  fixture: string;
  executablePath: string;
  kind: FoundBrowser['kind'];
  /** The median audit by time to a verdict, with every repetition's time. */
  run: KontaktkollRun;
}

export interface BuildsBenchResults {
  format: 'kontaktkoll-bench-builds/1';
  machine: Machine;
  repeat: number;
  runs: BuildRun[];
}

/** The builds to compare: those asked for, else the first system headless shell and the first full browser. */
export function buildsToCompare(paths: string[] | null): Array<Pick<FoundBrowser, 'executablePath' | 'kind'>> {
  if (paths) return paths.map((executablePath) => ({ executablePath, kind: browserKind(executablePath) }));
  const installed = systemBrowsers();
  return (['headless-shell', 'full'] as const).flatMap((kind) => installed.filter((browser) => browser.kind === kind).slice(0, 1));
}

export async function runBuildsBench(options: BuildsBenchOptions, root: string, say: (text: string) => void): Promise<BuildsBenchResults> {
  const builds = buildsToCompare(options.browsers);
  if (builds.length < 2) throw new Error(`--builds compares two Chromium builds, and ${builds.length === 1 ? `only ${builds[0]!.executablePath} is` : 'none is'} installed: install the other (apt-get install chromium chromium-headless-shell) or name both with --browsers`);
  const results: BuildsBenchResults = { format: 'kontaktkoll-bench-builds/1', machine: describeMachine(builds[0]!.executablePath), repeat: options.repeat, runs: [] };
  for (const fixture of options.fixtures) {
    const site = await serveStaticSite(join(root, 'fixtures', 'sites', fixture));
    try {
      for (const build of builds) {
        const repetitions: KontaktkollRun[] = [];
        for (let round = 1; round <= options.repeat; round++) {
          say(`${fixture}: ${build.kind} (${round}/${options.repeat})…`);
          // The fixtures are small: every view examined, the same ones with either build.
          repetitions.push(await runKontaktkoll({ root, url: site.url, engine: 'browser', passEngine: true, rules: 'se', lang: 'en', env: { KONTAKTKOLL_BROWSER: build.executablePath } }));
        }
        results.runs.push({ fixture, executablePath: build.executablePath, kind: build.kind, run: medianRun(repetitions) });
      }
    } finally {
      await site.close();
    }
    await writeResults(options.output, results);
  }
  return results;
}
