import type { KontaktkollRun } from '../contenders/kontaktkoll-runner.js';
import type { Machine } from '../machine.js';
import type { PeerView } from '../contenders/peer-protocol.js';
import type { RealBenchOptions, SiteKind } from '../options.js';
import { kontaktkollPagesPerSecond, type PeerFigures } from './results.js';

/** Exports of heavy themes and app builds: the sites issue #15's time targets are about. */
export const HEAVY_KINDS: readonly SiteKind[] = ['wordpress-export', 'httrack', 'framework-build'];
/** Hand-written HTML: where `auto` should read most pages over HTTP alone. */
export const STATIC_KINDS: readonly SiteKind[] = ['static'];

export interface RealSiteResult {
  id: string;
  kind: SiteKind;
  /** The path the audits started from on the served copy. */
  start: string;
  /** `kontaktkoll audit <url> --format json` with nothing else: engine auto, default budgets, concurrency and rule pack. */
  defaults: KontaktkollRun | null;
  /** The same with `--engine browser`. */
  browser: KontaktkollRun | null;
  /** The raw Playwright loop over the views `--engine browser` examined (`crawl.pages[].url`, in order). */
  rawLoop: PeerFigures | null;
  /** Crawlee's PlaywrightCrawler crawling the site (same hostname), cut at the peer budget. */
  crawlee: PeerFigures | null;
  /** Why the site was not measured (it could not be unpacked or served). */
  failure?: string;
}

export interface RealBenchResults {
  format: 'kontaktkoll-bench-real/1';
  machine: Machine;
  settings: Pick<RealBenchOptions, 'sites' | 'kinds' | 'peerBudgetSeconds' | 'peers'> & {
    /** Tabs the peers used: `--concurrency`, else kontaktkoll's default on this machine. */
    concurrency: number;
    /** Whether `--concurrency` was passed to kontaktkoll (false: its default). */
    concurrencyPassed: boolean;
    /** Extra Chromium flags every browser was launched with (kontaktkoll through KONTAKTKOLL_BROWSER_ARGS). */
    browserArgs: string[];
    /** Rounds per site (`--repeat`; absent in results saved before it existed: 1). */
    repeat?: number;
    /** The window and motion setting the browser peers rendered in, kontaktkoll's own (absent before 2026-12-07 14:30 UTC: Playwright's default 1280×720). */
    peerView?: PeerView;
  };
  sites: RealSiteResult[];
  /** Corpus sites asked for that have no local mirror. */
  notRun: Array<{ id: string; reason: string }>;
  durationMs: number;
}

/** kontaktkoll `--engine browser` page rate ÷ the raw loop's over the same views. */
export function rateRatio(site: RealSiteResult): number | null {
  const own = kontaktkollPagesPerSecond(site.browser);
  const raw = site.rawLoop?.pagesPerSecond ?? null;
  return own !== null && raw ? own / raw : null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Channels' clicks of two verdicts differ (found or not, or at other clicks). */
function verdictsDiffer(a: KontaktkollRun, b: KontaktkollRun): boolean {
  const names = new Set([...Object.keys(a.channels), ...Object.keys(b.channels)]);
  return [...names].some((name) => (a.channels[name] ?? null) !== (b.channels[name] ?? null));
}

export interface RealSummary {
  heavy: {
    kinds: SiteKind[];
    sites: number;
    /** Time to a verdict at defaults (spawn to exit) over the heavy sites whose audit gave a result. */
    medianMs: number | null;
    slowest: { id: string; ms: number } | null;
    /** Audits at defaults that ended by their time budget. */
    timeouts: string[];
    /** Audits at defaults that gave no result. */
    failed: string[];
    /** `--engine browser` ÷ raw loop page rate: how many sites were measured, and at ≥ 0.8. */
    ratioMeasured: number;
    ratioAtLeast08: number;
    lowestRatio: { id: string; ratio: number } | null;
  };
  /** Audits at defaults that ended by timeout, over every site measured. */
  timeouts: string[];
  sites: number;
  static: {
    kinds: SiteKind[];
    sites: number;
    examined: number;
    rendered: number;
    /** Pages rendered ÷ pages examined at defaults, summed over the static sites. */
    share: number | null;
    /** Of the views examined, those opened by pressing a control: rendered whatever the engine, as HTML has nothing to press. */
    pressed: number;
    /** As `share`, for the pages themselves: the views opened by pressing a control left out of both sides. */
    pageShare: number | null;
    /** Static sites where auto rendered more than a third of the pages it examined. */
    overAThird: string[];
  };
  /** Sites whose verdict at defaults (auto) and with `--engine browser` differ in a channel's clicks. */
  verdictsDiffer: string[];
}

export function summarizeReal(sites: RealSiteResult[]): RealSummary {
  const measured = sites.filter((site) => !site.failure);
  const heavy = measured.filter((site) => HEAVY_KINDS.includes(site.kind));
  const heavyOk = heavy.filter((site) => site.defaults?.ok);
  const slowest = [...heavyOk].sort((a, b) => b.defaults!.wallMs - a.defaults!.wallMs)[0];
  const ratios = heavy.flatMap((site) => {
    const ratio = rateRatio(site);
    return ratio === null ? [] : [{ id: site.id, ratio }];
  });
  const lowest = [...ratios].sort((a, b) => a.ratio - b.ratio)[0] ?? null;
  const timedOut = (list: RealSiteResult[]) => list.filter((site) => site.defaults?.ok && site.defaults.stoppedBecause === 'timeout').map((site) => site.id);
  const statics = measured.filter((site) => STATIC_KINDS.includes(site.kind) && site.defaults?.ok);
  const examined = statics.reduce((sum, site) => sum + site.defaults!.pagesVisited, 0);
  const rendered = statics.reduce((sum, site) => sum + site.defaults!.pagesRendered, 0);
  const pressed = statics.reduce((sum, site) => sum + (site.defaults!.viewsByAction ?? 0), 0);
  return {
    heavy: {
      kinds: [...HEAVY_KINDS],
      sites: heavy.length,
      medianMs: median(heavyOk.map((site) => site.defaults!.wallMs)),
      slowest: slowest ? { id: slowest.id, ms: slowest.defaults!.wallMs } : null,
      timeouts: timedOut(heavy),
      failed: heavy.filter((site) => !site.defaults?.ok).map((site) => site.id),
      ratioMeasured: ratios.length,
      ratioAtLeast08: ratios.filter((entry) => entry.ratio >= 0.8).length,
      lowestRatio: lowest,
    },
    timeouts: timedOut(measured),
    sites: measured.length,
    static: {
      kinds: [...STATIC_KINDS],
      sites: statics.length,
      examined,
      rendered,
      share: examined > 0 ? rendered / examined : null,
      pressed,
      pageShare: examined > pressed ? (rendered - pressed) / (examined - pressed) : null,
      overAThird: statics.filter((site) => site.defaults!.pagesRendered * 3 > site.defaults!.pagesVisited).map((site) => site.id),
    },
    verdictsDiffer: measured.filter((site) => site.defaults?.ok && site.browser?.ok && verdictsDiffer(site.defaults, site.browser)).map((site) => site.id),
  };
}
