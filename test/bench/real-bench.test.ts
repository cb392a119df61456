import { describe, expect, it } from 'vitest';
import type { KontaktkollRun } from '../../bench/contenders/kontaktkoll-runner.js';
import { parseBenchOptions, USAGE } from '../../bench/options.js';
import { selectSites } from '../../bench/real/run-real.js';
import { formatRealResults, realRow, REAL_HEADERS, summaryLines } from '../../bench/report/print-real.js';
import { rateRatio, summarizeReal, type RealBenchResults, type RealSiteResult } from '../../bench/report/real-results.js';
import { medianPeer, type PeerFigures } from '../../bench/report/results.js';
import type { CorpusSite } from '../../corpus/src/manifest.js';

const MIB = 2 ** 20;
const memory = (mib: number) => ({ rss: mib * 2 * MIB, pss: mib * MIB, processes: 9 });

function audit(engine: 'auto' | 'browser', figures: Partial<KontaktkollRun>): KontaktkollRun {
  return {
    engine, ok: true, wallMs: 10_000, auditMs: 8_000, pagesVisited: 20, pagesFetched: engine === 'auto' ? 20 : 0, pagesRendered: 20,
    stoppedBecause: 'complete', channels: { phone: 0, email: 1, form: 1, chat: null, address: 0, hours: null }, peak: memory(500), ...figures,
  };
}

function peer(name: 'raw-playwright' | 'crawlee-playwright', pagesDone: number, elapsedMs: number, complete = true): PeerFigures {
  return {
    peer: name, ok: true, wallMs: elapsedMs + 1_000, peak: memory(700),
    report: { peer: name, pagesDone, pagesFailed: 0, complete, elapsedMs, channels: { phone: 0, email: 0, form: null, chat: null, address: null, hours: null } },
    pagesInFull: pagesDone, fullMs: elapsedMs + 1_000, extrapolated: !complete, pagesPerSecond: (pagesDone / elapsedMs) * 1000,
  };
}

function site(id: string, kind: RealSiteResult['kind'], defaults: Partial<KontaktkollRun>, browser: Partial<KontaktkollRun> = {}, raw?: PeerFigures): RealSiteResult {
  return {
    id, kind, start: '/', defaults: audit('auto', defaults), browser: audit('browser', browser),
    rawLoop: raw ?? peer('raw-playwright', 20, 5_000), crawlee: peer('crawlee-playwright', 30, 45_000, false),
  };
}

/** Five heavy sites (one timed out, one slow), two static ones, and one that could not be served. */
const SITES: RealSiteResult[] = [
  // browser: 20 pages in 8 s = 2.5/s; raw loop 20 in 5 s = 4/s: 0.625×
  site('wp-slow', 'wordpress-export', { wallMs: 95_000, pagesVisited: 60, pagesRendered: 58, pagesFetched: 60, stoppedBecause: 'timeout' }, { stoppedBecause: 'max-pages' }),
  site('wp-quick', 'wordpress-export', { wallMs: 4_000 }, { auditMs: 4_000 }), // 5/s ÷ 4/s = 1.25×
  site('mirror', 'httrack', { wallMs: 12_000 }, { auditMs: 5_000 }), // 4/s: 1.0×
  site('next', 'framework-build', { wallMs: 8_000 }, { auditMs: 6_000 }, peer('raw-playwright', 20, 4_000)), // 3.33/s ÷ 5/s: 0.67×
  { ...site('spa', 'framework-build', {}), defaults: { ...audit('auto', {}), ok: false, failure: 'exit 3: could not audit' } },
  site('plain', 'static', { pagesVisited: 12, pagesRendered: 3 }),
  // Two of its six views opened by pressing a control: its four pages all rendered.
  site('styled', 'static', { pagesVisited: 6, pagesRendered: 6, viewsByAction: 2, channels: { phone: 0, email: 0, form: 1, chat: null, address: null, hours: null } }),
  { id: 'gone', kind: 'static', start: '/', defaults: null, browser: null, rawLoop: null, crawlee: null, failure: 'ENOENT' },
];

describe('real-site bench: options', () => {
  it('takes --real with its sites, kinds and defaults', () => {
    expect(parseBenchOptions(['--real'])).toEqual({
      real: true, sites: null, kinds: null, concurrency: null, peerBudgetSeconds: 45, peers: true, output: 'bench/real-results.json', mirrors: null, repeat: 1,
    });
    expect(parseBenchOptions(['--real', '--site', 'dk-mb-haveservice,se-godesity', '--site', 'se-godesity', '--kinds', 'httrack, wordpress-export',
      '--concurrency', '2', '--peer-budget', '30', '--no-peers', '--output', 'x.json', '--mirrors', '/m', '--repeat', '3'])).toEqual({
      real: true, sites: ['dk-mb-haveservice', 'se-godesity'], kinds: ['httrack', 'wordpress-export'], concurrency: 2, peerBudgetSeconds: 30,
      peers: false, output: 'x.json', mirrors: '/m', repeat: 3,
    });
    expect(() => parseBenchOptions(['--real', '--repeat', '0'])).toThrow(/--repeat must be 1–9/);
  });

  it('refuses options of the other bench, unknown kinds and bad ids', () => {
    expect(() => parseBenchOptions(['--real', '--sizes', '1000'])).toThrow(/--sizes is for the synthetic bench/);
    expect(() => parseBenchOptions(['--real', '--quick'])).toThrow(/--quick is for the synthetic bench/);
    expect(() => parseBenchOptions(['--site', 'se-godesity'])).toThrow(/--site needs --real/);
    expect(() => parseBenchOptions(['--real', '--kinds', 'wordpress'])).toThrow(/--kinds: "wordpress" is not allowed/);
    expect(() => parseBenchOptions(['--real', '--site', 'Se Godesity'])).toThrow(/--site/);
    expect(() => parseBenchOptions(['--real', '--concurrency', '0'])).toThrow(/--concurrency must be 1–16/);
  });

  it('keeps the synthetic bench as it was, and --print for either results file', () => {
    const synthetic = parseBenchOptions(['--quick']);
    expect(synthetic).toMatchObject({ sizes: [1000], depths: [2], concurrency: 4, output: 'bench/results.json', repeat: 3 });
    expect(synthetic).not.toHaveProperty('real');
    expect(parseBenchOptions(['--print', 'bench/real-results.json'])).toEqual({ print: 'bench/real-results.json' });
    expect(USAGE).toMatch(/--real/);
    expect(USAGE).toMatch(/--kinds <list> .*wordpress-export/);
  });

  it('chooses corpus sites by id and kind, naming an unknown id', () => {
    const corpus = [{ id: 'a', kind: 'static' }, { id: 'b', kind: 'httrack' }, { id: 'c', kind: 'static' }] as CorpusSite[];
    expect(selectSites(corpus, { sites: null, kinds: null }).map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(selectSites(corpus, { sites: null, kinds: ['static'] }).map((s) => s.id)).toEqual(['a', 'c']);
    expect(selectSites(corpus, { sites: ['b', 'c'], kinds: ['static'] }).map((s) => s.id)).toEqual(['c']);
    expect(() => selectSites(corpus, { sites: ['a', 'zz'], kinds: null })).toThrow(/no corpus site zz/);
  });
});

describe('real-site bench: table and summary', () => {
  it('computes the page-rate ratio of --engine browser to the raw loop', () => {
    expect(rateRatio(SITES[0]!)).toBeCloseTo(0.625);
    expect(rateRatio(SITES[1]!)).toBeCloseTo(1.25);
    expect(rateRatio({ ...SITES[1]!, rawLoop: null })).toBeNull();
  });

  it('summarizes the heavy sites, timeouts and what auto rendered on static sites', () => {
    const summary = summarizeReal(SITES);
    expect(summary.heavy).toEqual({
      kinds: ['wordpress-export', 'httrack', 'framework-build'], sites: 5,
      medianMs: 10_000, // of 4, 8, 12 and 95 s; the failed audit has no verdict
      slowest: { id: 'wp-slow', ms: 95_000 }, timeouts: ['wp-slow'], failed: ['spa'],
      // 1.25× and 1.0× reach 0.8; 'spa', whose audit at defaults failed, still has a browser run (0.625×, tied lowest)
      ratioMeasured: 5, ratioAtLeast08: 2, lowestRatio: { id: 'wp-slow', ratio: 0.625 },
    });
    expect(summary.timeouts).toEqual(['wp-slow']);
    expect(summary.sites).toBe(7);
    expect(summary.static).toEqual({ kinds: ['static'], sites: 2, examined: 18, rendered: 9, share: 0.5, pressed: 2, pageShare: 7 / 16, overAThird: ['styled'] });
    expect(summary.verdictsDiffer).toEqual(['styled']);
  });

  it('prints one row per site with the figures of the issue table', () => {
    expect(REAL_HEADERS).toHaveLength(12);
    expect(realRow(SITES[0]!)).toEqual([
      'wp-slow', 'wordpress-export', '60', '95.0 s', '58/60', 'timeout (browser: max-pages)', '20 in 10.0 s',
      '2.50/s', '4.00/s', '0.63×', '0.67/s (30*)', '500/500/700/700',
    ]);
    expect(realRow(SITES[4]!).slice(2, 4)).toEqual(['–', 'failed: exit 3: could not audit']);
    expect(realRow(SITES[7]!)[2]).toBe('not measured: ENOENT');
    // Views the raw loop could not show (a control it found no name for) are told beside its rate.
    const short = peer('raw-playwright', 18, 5_000);
    expect(realRow({ ...SITES[1]!, rawLoop: { ...short, report: { ...short.report!, pagesFailed: 2 } } })[8]).toBe('3.60/s (2 failed)');
  });

  it('prints the summary lines', () => {
    expect(summaryLines(summarizeReal(SITES))).toEqual([
      'heavy sites (wordpress-export, httrack, framework-build): 5; time to a verdict at defaults: median 10.0 s, slowest 95.0 s (wp-slow); 1 ended by timeout (wp-slow); 1 gave no verdict (spa)',
      'heavy sites, --engine browser page rate ≥ 0.8 × the raw loop: 2 of 5 measured (lowest 0.63×, wp-slow)',
      'all sites: 1 of 7 ended by timeout at defaults (wp-slow)',
      'static sites (static): auto rendered 9 of 18 pages examined (50 %) over 2 sites; 1 rendered more than a third (styled); of the pages themselves (less the 2 views opened by pressing a control) 7 of 16 (44 %)',
      'verdicts (channel clicks) differ between auto and --engine browser on 1 site(s) (styled)',
    ]);
    expect(summaryLines(summarizeReal(SITES.filter((s) => s.kind === 'static')))[0]).toBe('no heavy site (wordpress-export, httrack, framework-build) in this run');
  });

  it('formats a whole results file', () => {
    const results: RealBenchResults = {
      format: 'kontaktkoll-bench-real/1',
      machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 8, os: 'linux', node: 'v20', browser: 'Chromium 1', browserPath: '/usr/bin/chromium', loadAtStart: 0.5, date: '2026-12-04T10:00:00.000Z' },
      settings: { sites: null, kinds: null, peerBudgetSeconds: 45, peers: true, concurrency: 4, concurrencyPassed: false, browserArgs: ['--x'] },
      sites: SITES, notRun: [{ id: 'no-mirror', reason: 'no mirror' }], durationMs: 60_000,
    };
    const text = formatRealResults(results, 'bench/real-results.json');
    expect(text).toMatch(/^kontaktkoll real-site bench · 2026-12-04 10:00 UTC · 2 cores \(Test CPU\)/);
    expect(text).toMatch(/launched with --x; concurrency kontaktkoll's default \(4, also the peers'\)/);
    expect(text).toMatch(/^wp-slow +wordpress-export +60 +95\.0 s/m);
    expect(text).toMatch(/not run: no-mirror \(no mirror\)/);
    expect(text).toMatch(/took 60\.0 s · results: bench\/real-results.json$/);
    expect(text).not.toMatch(/median of/);
    // Results saved before the peers rendered in kontaktkoll's window say which window they had.
    expect(text).toMatch(/peers in Playwright's default window \(1280×720\)/);
    const view = { width: 1366, height: 900, deviceScaleFactor: 1, reducedMotion: 'reduce' as const };
    expect(formatRealResults({ ...results, settings: { ...results.settings, peerView: view } }, 'x.json')).toMatch(/peers in kontaktkoll's window \(1366×900, reduced motion: reduce\)/);
    // A run of three rounds says its figures are medians.
    expect(formatRealResults({ ...results, settings: { ...results.settings, repeat: 3 } }, 'x.json')).toMatch(/kontaktkoll and the raw loop: the median of 3 rounds/);
  });

  it('takes the raw loop of several rounds by its median page rate, a failed round last, and keeps every round\'s rate', () => {
    const failed: PeerFigures = { ...peer('raw-playwright', 0, 1_000), ok: false, pagesPerSecond: null };
    const rounds = [peer('raw-playwright', 20, 4_000), failed, peer('raw-playwright', 20, 5_000), peer('raw-playwright', 20, 10_000)];
    const median = medianPeer(rounds);
    // Rates 5, –, 4 and 2 pages/s: sorted 5, 4, 2, –, the median the second.
    expect(median.pagesPerSecond).toBe(4);
    expect(median.repetitionsPerSecond).toEqual([5, null, 4, 2]);
    expect(medianPeer([rounds[0]!])).toEqual(rounds[0]);
  });
});
