/**
 * `npm run bench`: serves synthetic shop sites on 127.0.0.1 and measures, in one run,
 * kontaktkoll's time to a verdict against a raw Playwright loop and Crawlee's crawlers doing a
 * full crawl, each in its own process with its process tree's peak memory. Prints a table of
 * times and ratios and writes bench/results.json. Figures only: nothing here asserts a speed.
 * `--real` measures the corpus's real sites instead (real/run-real.ts, bench/real-results.json).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../src/crawl/find-browser.js';
import { engineOptionSupported, medianRun, runKontaktkoll, type Engine, type KontaktkollRun } from './contenders/kontaktkoll-runner.js';
import { runPeer, type PeerName } from './contenders/peer-runner.js';
import type { ViewToShow } from './contenders/peer-protocol.js';
import { describeMachine } from './machine.js';
import { parseBenchOptions, USAGE, type BenchOptions } from './options.js';
import { planRuns, type GroupPlan, type SitePlan } from './plan.js';
import { runBuildsBench, type BuildsBenchResults } from './builds/run-builds.js';
import { runRealBench } from './real/run-real.js';
import { formatBuildsResults } from './report/print-builds.js';
import { formatRealResults } from './report/print-real.js';
import { formatResults } from './report/print-results.js';
import type { RealBenchResults } from './report/real-results.js';
import { writeResults } from './report/results-file.js';
import { peerFigures, type BenchResults, type GroupResult, type SiteResult } from './report/results.js';
import { checkTargets } from './report/targets.js';
import { breadthFirst, buildSiteModel } from './site/site-model.js';
import { serveSyntheticSite } from './site/site-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const say = (text: string) => process.stderr.write(`[bench] ${text}\n`);

async function withSite<T>(plan: SitePlan, use: (url: string) => Promise<T>): Promise<T> {
  const site = await serveSyntheticSite(buildSiteModel(plan.spec));
  try {
    return await use(site.url);
  } finally {
    await site.close();
  }
}

function describeRun(run: KontaktkollRun): string {
  if (!run.ok) return `failed (${run.failure ?? 'unknown'})`;
  return `${(run.wallMs / 1000).toFixed(1)} s, ${run.pagesVisited} pages, ${run.stoppedBecause}, ${Math.round(run.peak.pss / 2 ** 20)} MiB PSS`;
}

async function auditSite(plan: SitePlan, options: BenchOptions, engineOption: boolean): Promise<SiteResult> {
  return withSite(plan, async (url) => {
    const runs: Partial<Record<Engine, KontaktkollRun>> = {};
    for (const engine of ['browser', 'auto'] as const) {
      if (engine === 'auto' && !engineOption) continue;
      const repetitions: KontaktkollRun[] = [];
      for (let round = 1; round <= options.repeat; round++) {
        say(`${plan.id}: kontaktkoll --engine ${engine}${options.repeat > 1 ? ` (${round}/${options.repeat})` : ''}…`);
        repetitions.push(await runKontaktkoll({
          root: ROOT, url, engine, passEngine: engineOption, concurrency: options.concurrency,
          // kontaktkoll takes at most 10,000 pages; the early stop ends every audit here long before.
          maxPages: Math.min(10_000, plan.spec.pages * 2 + 100), maxDepth: 12, timeoutSeconds: 600, rules: 'se', lang: 'en',
        }));
      }
      runs[engine] = medianRun(repetitions);
      say(`${plan.id}: kontaktkoll --engine ${engine}: ${describeRun(runs[engine]!)}`);
    }
    const browser = runs.browser ?? null;
    const verdictAsBuilt = browser?.ok ? Object.values(browser.channels).every((clicks) => clicks === plan.spec.contactDepth) : null;
    return { id: plan.id, spec: plan.spec, browser, auto: runs.auto ?? null, verdictAsBuilt };
  });
}

async function crawlWithPeers(group: GroupPlan, sites: SiteResult[], options: BenchOptions, executablePath: string): Promise<GroupResult> {
  const model = buildSiteModel(group.peerSite.spec);
  const order = breadthFirst(model).map((entry) => entry.path);
  const staticPages = breadthFirst(model, false).length;
  // The raw loop loads as many pages as kontaktkoll examined at most in this group, in the same breadth-first order.
  const examined = Math.max(20, ...sites.map((site) => site.browser?.pagesVisited ?? 0));
  const result: GroupResult = { id: group.id, pages: group.pages, variant: group.variant, peerSite: group.peerSite.id, peers: {} };
  await withSite(group.peerSite, async (url) => {
    const base = new URL(url);
    const urls = order.slice(0, examined).map((path) => new URL(path, base).href);
    const peers: Array<{ name: PeerName; pagesInFull: number; views?: ViewToShow[] }> = [
      { name: 'raw-playwright', pagesInFull: urls.length, views: urls.map((page) => ({ url: page, presses: [] })) },
      { name: 'crawlee-cheerio', pagesInFull: staticPages },
      { name: 'crawlee-playwright', pagesInFull: order.length },
    ];
    for (const peer of peers) {
      say(`${group.peerSite.id}: ${peer.name}…`);
      const run = await runPeer(peer.name, {
        startUrl: url, views: peer.views, executablePath, concurrency: options.concurrency, budgetMs: options.peerBudgetSeconds * 1000,
      });
      const figures = peerFigures(run, peer.pagesInFull);
      result.peers[peer.name] = figures;
      say(`${group.peerSite.id}: ${peer.name}: ${run.ok ? `${run.report!.pagesDone} pages in ${(run.wallMs / 1000).toFixed(1)} s${figures.extrapolated ? ' (cut; extrapolated)' : ''}, ${Math.round(run.peak.pss / 2 ** 20)} MiB PSS` : `failed (${run.failure})`}`);
    }
  });
  return result;
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if ('print' in options) {
    const saved = JSON.parse(readFileSync(resolve(options.print), 'utf8')) as BenchResults | RealBenchResults | BuildsBenchResults;
    process.stdout.write(`${saved.format === 'kontaktkoll-bench-real/1'
      ? formatRealResults(saved, options.print)
      : saved.format === 'kontaktkoll-bench-builds/1'
        ? formatBuildsResults(saved, options.print)
        : formatResults({ ...saved, targets: checkTargets(saved.sites, saved.groups) }, options.print)}\n`);
    return 0;
  }
  if (process.platform !== 'linux') {
    process.stderr.write('bench: peak memory is read from /proc; run it on Linux\n');
    return 2;
  }
  if ('builds' in options) {
    try {
      const results = await runBuildsBench(options, ROOT, say);
      process.stdout.write(`${formatBuildsResults(results, options.output)}\n`);
    } catch (error) {
      process.stderr.write(`bench: ${(error as Error).message}\n`);
      return 2;
    }
    return 0;
  }
  if ('real' in options) {
    let results: RealBenchResults;
    try {
      results = await runRealBench(options, ROOT, say);
    } catch (error) {
      process.stderr.write(`bench: ${(error as Error).message}\n`);
      return 2;
    }
    process.stdout.write(`${formatRealResults(results, options.output)}\n`);
    return 0;
  }
  const started = performance.now();
  const { executablePath } = findBrowser();
  const machine = describeMachine(executablePath);
  const engineOption = engineOptionSupported(ROOT);
  if (!engineOption) say('this build of kontaktkoll has no --engine option: the auto rows are "not available"');
  const groups = planRuns(options);
  say(`${groups.reduce((n, g) => n + g.sites.length, 0)} sites, ${options.peers ? `peers on ${groups.length}` : 'no peers'}; concurrency ${options.concurrency}`);

  const sites: SiteResult[] = [];
  const groupResults: GroupResult[] = [];
  for (const group of groups) {
    const audited: SiteResult[] = [];
    for (const site of group.sites) audited.push(await auditSite(site, options, engineOption));
    sites.push(...audited);
    groupResults.push(options.peers
      ? await crawlWithPeers(group, audited, options, executablePath)
      : { id: group.id, pages: group.pages, variant: group.variant, peerSite: group.peerSite.id, peers: {} });
  }

  const results: BenchResults = {
    format: 'kontaktkoll-bench/1',
    machine,
    settings: {
      sizes: options.sizes, depths: options.depths, variants: options.variants, peerBudgetSeconds: options.peerBudgetSeconds,
      concurrency: options.concurrency, repeat: options.repeat, peers: options.peers, quick: options.quick, engineOption,
    },
    sites,
    groups: groupResults,
    targets: checkTargets(sites, groupResults),
    durationMs: performance.now() - started,
  };
  const output = resolve(ROOT, options.output);
  await writeResults(output, results);
  process.stdout.write(`${formatResults(results, options.output)}\n`);
  return 0;
}

process.exitCode = await main();
