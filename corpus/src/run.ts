/**
 * `npm run corpus`: audits every real site of the corpus at default settings and compares the
 * verdicts with the truth a person established (corpus/sites/*.yaml). Each site is unpacked from
 * a local mirror of its repository, served on 127.0.0.1, and audited in a browser whose every
 * other host fails to resolve, so nothing leaves the machine. Prints the per-channel table and
 * the misses, and writes corpus/results.json. With `--exhaustive`, each site is audited again
 * without the early stop and with room for every page in reach, and the two verdicts compared.
 */
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { audit } from '../../src/audit/run-audit.js';
import { searchVerdictDifferences } from '../../src/audit/search-verdict.js';
import { findBrowser } from '../../src/crawl/find-browser.js';
import { LOOPBACK_ONLY, QUIET_FLAGS } from '../../src/crawl/launch-browser.js';
import { engineSchema, type AuditResult } from '../../src/model/audit-result.js';
import { serveStaticSite } from '../../src/serve/static-site-server.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { compareSite, failedSite, type SiteComparison } from './compare.js';
import { loadCorpus } from './load-corpus.js';
import type { CorpusSite } from './manifest.js';
import { materialize, mirrorOf } from './materialize.js';
import { corpusFigures, formatFigures } from './summary.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const say = (text: string) => process.stderr.write(`[corpus] ${text}\n`);

/** Room for every page a corpus site has within the search depth. */
const EXHAUSTIVE = { exhaustive: true, maxPages: 1_000, timeoutSeconds: 1_800 } as const;

const USAGE = `usage: npm run corpus -- [--site <id>[,<id>…]] [--engine auto|browser|http] [--jobs <n>] [--exhaustive] [--mirrors <dir>] [--output <file>]

  --site      only these sites (ids from corpus/sites/)
  --engine    the audit's engine (default: the audit's default)
  --jobs      sites audited at once (default 1; times per site are comparable only at 1)
  --exhaustive  audit each site again without the early stop (up to ${EXHAUSTIVE.maxPages} pages, ${EXHAUSTIVE.timeoutSeconds} s) and
              list where its verdict differs from the one at defaults
  --mirrors   folder of repository mirrors (default: $KONTAKTKOLL_CORPUS_MIRRORS, else ../.mirror beside the project)
  --output    results file (default corpus/results.json; not written when --site is given unless named)`;

interface SiteRun {
  id: string;
  repo: string;
  commit: string;
  seconds: number;
  pagesVisited: number;
  /** Of the views examined, those read in the browser (the rest were read from their HTML). */
  pagesRendered: number;
  /** Views opened by pressing a control on a page: no engine reads them from HTML. */
  viewsByAction: number;
  stoppedBecause: string;
  region: string;
  rulePack: string;
  failure?: string;
  comparison: SiteComparison;
  /** With --exhaustive: that audit's pages and where its verdict differs from the one at defaults. */
  exhaustive?: { pagesVisited: number; stoppedBecause: string; seconds: number; differences: string[]; failure?: string };
}

async function auditSite(
  site: CorpusSite, webRoot: string, browser: Browser, engine: string | undefined, settings: Partial<typeof EXHAUSTIVE> = {},
): Promise<{ result?: AuditResult; failure?: string; seconds: number }> {
  const served = await serveStaticSite(webRoot, 0, { cleanUrls: site.cleanUrls, spaFallback: site.spaFallback });
  const started = performance.now();
  try {
    const result = await audit({ url: new URL(site.start, served.url).href, ...settings, ...(engine ? { engine: engineSchema.parse(engine) } : {}) }, {}, browser);
    return { result, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return { failure: (error as Error).message.split('\n')[0], seconds: (performance.now() - started) / 1000 };
  } finally {
    await served.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', multiple: true },
      engine: { type: 'string' },
      mirrors: { type: 'string' },
      output: { type: 'string' },
      jobs: { type: 'string' },
      exhaustive: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.engine && !engineSchema.safeParse(values.engine).success) throw new Error(`--engine must be auto, browser or http, not ${values.engine}`);
  const mirrors = resolve(values.mirrors ?? process.env.KONTAKTKOLL_CORPUS_MIRRORS ?? join(ROOT, '..', '.mirror'));
  const wanted = new Set((values.site ?? []).flatMap((list) => list.split(',')).filter(Boolean));
  const corpus = loadCorpus(join(ROOT, 'corpus', 'sites')).filter((site) => wanted.size === 0 || wanted.has(site.id));
  const unknown = [...wanted].filter((id) => !corpus.some((site) => site.id === id));
  if (unknown.length > 0) throw new Error(`no corpus site ${unknown.join(', ')}`);
  const missing = corpus.filter((site) => !mirrorOf(mirrors, site.repo));
  for (const site of missing) {
    say(`no mirror of ${site.repo} for ${site.id}: fetch it (git clone --mirror https://github.com/${site.repo} ${join(mirrors, site.repo.replace('/', '+'), 'repo')})`);
  }
  const present = corpus.filter((site) => !missing.includes(site));
  if (present.length === 0) throw new Error(`no corpus site has a mirror under ${mirrors}`);

  const jobs = Number(values.jobs ?? '1');
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 8) throw new Error(`--jobs must be a whole number from 1 to 8, not ${values.jobs}`);
  const browser = await chromium.launch({ executablePath: findBrowser().executablePath, headless: true, args: [...QUIET_FLAGS, LOOPBACK_ONLY] });
  const runs: SiteRun[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < present.length; index = next++) {
      const site = present[index]!;
      const webRoot = await materialize(site, mirrorOf(mirrors, site.repo)!, join(ROOT, '.kontaktkoll', 'corpus'));
      const { result, failure, seconds } = await auditSite(site, webRoot, browser, values.engine);
      const comparison = result ? compareSite(site, result) : failedSite(site, failure ?? 'unknown');
      const misses = comparison.checks.filter((check) => !check.ok).length;
      const exhaustive = values.exhaustive && result ? await exhaustiveRun(site, webRoot, browser, values.engine, result) : undefined;
      say(`${runs.length + 1}/${present.length} ${site.id}: ${seconds.toFixed(1)} s, ${result?.crawl.pagesVisited ?? 0} pages, ${misses === 0 ? 'all checks exact' : `${misses} miss${misses === 1 ? '' : 'es'}`}${failure ? ` (failed: ${failure})` : ''}${exhaustive ? `; exhaustive: ${exhaustive.pagesVisited} pages, ${exhaustive.failure ?? (exhaustive.differences.length === 0 ? 'same verdict' : exhaustive.differences.join('; '))}` : ''}`);
      runs.push({
        id: site.id, repo: site.repo, commit: site.commit, seconds,
        pagesVisited: result?.crawl.pagesVisited ?? 0, pagesRendered: result?.crawl.pagesRendered ?? 0, viewsByAction: result?.crawl.viewsByAction ?? 0, stoppedBecause: result?.crawl.stoppedBecause ?? 'failed',
        region: result?.region ?? '', rulePack: result?.rulePack.id ?? '', ...(failure ? { failure } : {}), comparison,
        ...(exhaustive ? { exhaustive } : {}),
      });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, present.length) }, worker));
  } finally {
    await browser.close();
  }
  runs.sort((a, b) => a.id.localeCompare(b.id));

  const figures = corpusFigures(runs.map((run) => run.comparison));
  const seconds = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const median = seconds.length % 2 ? seconds[(seconds.length - 1) / 2]! : (seconds[seconds.length / 2 - 1]! + seconds[seconds.length / 2]!) / 2;
  console.log(formatFigures(figures));
  console.log(`median time per site ${median.toFixed(1)} s (slowest ${seconds.at(-1)!.toFixed(1)} s); ${missing.length} site${missing.length === 1 ? '' : 's'} without a mirror not run.`);
  // What issue #15 asks of engine auto on static sites: at most a third of the views examined rendered.
  const staticRuns = runs.filter((run) => present.find((site) => site.id === run.id)?.kind === 'static' && !run.failure);
  const examined = staticRuns.reduce((sum, run) => sum + run.pagesVisited, 0);
  if (examined > 0) {
    const rendered = staticRuns.reduce((sum, run) => sum + run.pagesRendered, 0);
    const pressed = staticRuns.reduce((sum, run) => sum + run.viewsByAction, 0);
    const share = (part: number, whole: number) => `${Math.round((part / Math.max(1, whole)) * 100)} %`;
    console.log(`static sites: ${rendered} of ${examined} views examined were rendered (${share(rendered, examined)}) over ${staticRuns.length} sites; `
      + `of the pages themselves (less the ${pressed} views opened by pressing a control, which have no HTML of their own): ${rendered - pressed} of ${examined - pressed} (${share(rendered - pressed, examined - pressed)})`);
  }
  const compared = runs.filter((run) => run.exhaustive);
  if (compared.length > 0) {
    const differing = compared.filter((run) => run.exhaustive!.failure || run.exhaustive!.differences.length > 0);
    console.log(`against an exhaustive crawl: ${compared.length - differing.length} of ${compared.length} sites give the same verdict`);
    for (const run of differing) console.log(`  ${run.id} (${run.pagesVisited} pages, ${run.stoppedBecause} · exhaustive ${run.exhaustive!.pagesVisited}, ${run.exhaustive!.stoppedBecause}): ${run.exhaustive!.failure ?? run.exhaustive!.differences.join('; ')}`);
  }
  if (figures.misses.length > 0) {
    console.log('\nMisses:');
    for (const miss of figures.misses) console.log(`  ${miss.site} · ${miss.channel} · ${miss.kind}: ${miss.detail}`);
  }
  const output = values.output ?? (wanted.size === 0 ? join(ROOT, 'corpus', 'results.json') : undefined);
  if (output) {
    const document = {
      ranAt: new Date().toISOString(),
      machine: { cores: availableParallelism(), load: loadavg()[0] },
      jobs,
      engine: values.engine ?? 'default',
      figures: { ...figures, medianSeconds: median },
      notRun: missing.map((site) => ({ id: site.id, repo: site.repo })),
      sites: runs.map(({ comparison, ...run }) => ({ ...run, misses: comparison.checks.filter((check) => !check.ok) })),
    };
    await writeFileAtomic(output, `${JSON.stringify(document, null, 2)}\n`);
    say(`wrote ${output}`);
  }
}

/** The site audited without the early stop, and where that verdict differs from the one at defaults. */
async function exhaustiveRun(site: CorpusSite, webRoot: string, browser: Browser, engine: string | undefined, atDefaults: AuditResult): Promise<NonNullable<SiteRun['exhaustive']>> {
  const { result, failure, seconds } = await auditSite(site, webRoot, browser, engine, EXHAUSTIVE);
  if (!result) return { pagesVisited: 0, stoppedBecause: 'failed', seconds, differences: [], failure: failure ?? 'unknown' };
  return { pagesVisited: result.crawl.pagesVisited, stoppedBecause: result.crawl.stoppedBecause, seconds, differences: searchVerdictDifferences(atDefaults, result) };
}

main().catch((error: Error) => {
  process.stderr.write(`corpus: ${error.message}\n`);
  process.exitCode = 2;
});
