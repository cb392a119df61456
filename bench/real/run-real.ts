/**
 * `npm run bench -- --real`: the corpus's real business sites instead of the synthetic shops.
 * Each site is unpacked from its local mirror and served on 127.0.0.1 as `npm run corpus` serves
 * it, then measured, each in its own process with its process tree's peak memory: kontaktkoll
 * at defaults, kontaktkoll `--engine browser`, the raw Playwright loop over the views that audit
 * examined, and Crawlee's PlaywrightCrawler. Every browser of every process is launched with the
 * loopback-only host resolver rule, so nothing waits on or reaches the internet.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../../corpus/src/load-corpus.js';
import type { CorpusSite } from '../../corpus/src/manifest.js';
import { materialize, mirrorOf } from '../../corpus/src/materialize.js';
import { defaultTabs } from '../../src/audit/audit-options.js';
import { findBrowser } from '../../src/crawl/find-browser.js';
import { BROWSER_ARGS_ENV, LOOPBACK_ONLY } from '../../src/crawl/launch-browser.js';
import { serveStaticSite } from '../../src/serve/static-site-server.js';
import { medianRun, runKontaktkoll, type KontaktkollRun } from '../contenders/kontaktkoll-runner.js';
import { runPeer } from '../contenders/peer-runner.js';
import { kontaktkollView, type ViewToShow } from '../contenders/peer-protocol.js';
import { describeMachine } from '../machine.js';
import type { RealBenchOptions } from '../options.js';
import type { RealBenchResults, RealSiteResult } from '../report/real-results.js';
import { writeResults } from '../report/results-file.js';
import { medianPeer, peerFigures, type PeerFigures } from '../report/results.js';

/** The raw loop's list is bounded (the views one audit examined): it is given this long before it is cut. */
const RAW_LOOP_BUDGET_MS = 180_000;
const MIB = 2 ** 20;

/** The corpus sites the options ask for; an unknown id is an error, as in `npm run corpus`. */
export function selectSites(corpus: CorpusSite[], options: Pick<RealBenchOptions, 'sites' | 'kinds'>): CorpusSite[] {
  const unknown = (options.sites ?? []).filter((id) => !corpus.some((site) => site.id === id));
  if (unknown.length > 0) throw new Error(`no corpus site ${unknown.join(', ')} (ids are the file names in corpus/sites/)`);
  return corpus.filter((site) => (!options.sites || options.sites.includes(site.id)) && (!options.kinds || options.kinds.includes(site.kind)));
}

/** HTML files of a served copy: Crawlee's full crawl is extrapolated to at least these many pages when it is cut. */
async function htmlFiles(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.html?$/i.test(entry.name)) count++;
  }
  return count;
}

function describe(run: KontaktkollRun): string {
  if (!run.ok) return `failed (${run.failure ?? 'unknown'})`;
  return `${(run.wallMs / 1000).toFixed(1)} s, ${run.pagesVisited} pages (${run.pagesRendered} rendered, ${run.pagesFetched} fetched), ${run.stoppedBecause}, ${Math.round(run.peak.pss / MIB)} MiB PSS`;
}

export async function runRealBench(options: RealBenchOptions, root: string, say: (text: string) => void): Promise<RealBenchResults> {
  const started = performance.now();
  const { executablePath } = findBrowser();
  const machine = describeMachine(executablePath);
  const mirrors = resolve(options.mirrors ?? process.env.KONTAKTKOLL_CORPUS_MIRRORS ?? join(root, '..', '.mirror'));
  const chosen = selectSites(loadCorpus(join(root, 'corpus', 'sites')), options);
  if (chosen.length === 0) throw new Error('no corpus site matches --site and --kinds');
  const notRun = chosen.filter((site) => !mirrorOf(mirrors, site.repo)).map((site) => ({ id: site.id, reason: `no mirror of ${site.repo} under ${mirrors}` }));
  const present = chosen.filter((site) => mirrorOf(mirrors, site.repo));
  for (const site of notRun) say(`${site.id}: ${site.reason}`);

  const browserArgs = [LOOPBACK_ONLY];
  const env = { [BROWSER_ARGS_ENV]: JSON.stringify(browserArgs) };
  const concurrency = options.concurrency ?? defaultTabs();
  const results: RealBenchResults = {
    format: 'kontaktkoll-bench-real/1',
    machine,
    settings: {
      sites: options.sites, kinds: options.kinds, peerBudgetSeconds: options.peerBudgetSeconds, peers: options.peers,
      concurrency, concurrencyPassed: options.concurrency !== null, browserArgs, repeat: options.repeat, peerView: kontaktkollView(),
    },
    sites: [],
    notRun,
    durationMs: 0,
  };
  const output = resolve(root, options.output);
  say(`${present.length} site${present.length === 1 ? '' : 's'}; concurrency ${options.concurrency ?? `default (${concurrency})`}; ${options.peers ? 'with' : 'no'} peers`);

  for (const [index, site] of present.entries()) {
    const label = `${index + 1}/${present.length} ${site.id} (${site.kind})`;
    const result: RealSiteResult = { id: site.id, kind: site.kind, start: site.start, defaults: null, browser: null, rawLoop: null, crawlee: null };
    let served: Awaited<ReturnType<typeof serveStaticSite>> | undefined;
    try {
      const webRoot = await materialize(site, mirrorOf(mirrors, site.repo)!, join(root, '.kontaktkoll', 'corpus'));
      served = await serveStaticSite(webRoot, 0, { cleanUrls: site.cleanUrls, spaFallback: site.spaFallback });
      const url = new URL(site.start, served.url).href;
      const common = { root, url, env, ...(options.concurrency !== null ? { concurrency: options.concurrency } : {}) };

      // Round by round, so that each of the three meets the machine as the others did.
      const defaults: KontaktkollRun[] = [];
      const browsers: KontaktkollRun[] = [];
      const raws: PeerFigures[] = [];
      let views: ViewToShow[] | undefined;
      for (let round = 1; round <= options.repeat; round++) {
        const of = options.repeat > 1 ? ` (${round}/${options.repeat})` : '';
        say(`${label}: kontaktkoll at defaults${of}…`);
        defaults.push(await runKontaktkoll({ ...common, engine: 'auto', passEngine: false }));
        say(`${label}: kontaktkoll at defaults${of}: ${describe(defaults.at(-1)!)}`);
        say(`${label}: kontaktkoll --engine browser${of}…`);
        const { views: examined, ...kept } = await runKontaktkoll({ ...common, engine: 'browser', passEngine: true, keepViews: true });
        browsers.push(kept);
        say(`${label}: kontaktkoll --engine browser${of}: ${describe(kept)}`);
        // The raw loop goes over the views the first browser audit examined, every round the same list.
        views ??= examined ?? [];
        if (options.peers && views.length > 0) {
          const presses = views.filter((view) => view.presses.length > 0).length;
          say(`${label}: raw Playwright loop over ${views.length} views${presses > 0 ? ` (${presses} opened by pressing a control)` : ''}${of}…`);
          const raw = await runPeer('raw-playwright', { startUrl: url, views, executablePath, concurrency, budgetMs: RAW_LOOP_BUDGET_MS, browserArgs });
          raws.push(peerFigures(raw, views.length));
          say(`${label}: raw loop${of}: ${raw.ok ? `${raw.report!.pagesDone} pages (${raw.report!.pagesFailed} failed) in ${(raw.wallMs / 1000).toFixed(1)} s` : `failed (${raw.failure})`}`);
        }
      }
      result.defaults = medianRun(defaults);
      result.browser = medianRun(browsers);
      if (raws.length > 0) result.rawLoop = medianPeer(raws);

      if (options.peers) {
        say(`${label}: Crawlee PlaywrightCrawler…`);
        const crawlee = await runPeer('crawlee-playwright', { startUrl: url, executablePath, concurrency, budgetMs: options.peerBudgetSeconds * 1000, browserArgs });
        result.crawlee = peerFigures(crawlee, Math.max(await htmlFiles(webRoot), crawlee.report?.pagesDone ?? 0));
        say(`${label}: Crawlee: ${crawlee.ok ? `${crawlee.report!.pagesDone} pages in ${(crawlee.wallMs / 1000).toFixed(1)} s${crawlee.report!.complete ? '' : ' (cut)'}` : `failed (${crawlee.failure})`}`);
      }
    } catch (error) {
      result.failure = (error as Error).message.split('\n')[0];
      say(`${label}: not measured: ${result.failure}`);
    } finally {
      await served?.close();
    }
    results.sites.push(result);
    // Written after every site: a long run stopped half-way keeps what it measured.
    results.durationMs = performance.now() - started;
    await writeResults(output, results);
  }
  results.durationMs = performance.now() - started;
  await writeResults(output, results);
  return results;
}
