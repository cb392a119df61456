import type { KontaktkollRun } from '../contenders/kontaktkoll-runner.js';
import type { PeerName, PeerRun } from '../contenders/peer-runner.js';
import type { Machine } from '../machine.js';
import type { BenchOptions } from '../options.js';
import type { SiteSpec } from '../site/site-model.js';

export interface SiteResult {
  id: string;
  spec: SiteSpec;
  browser: KontaktkollRun | null;
  /** `null` when this build of kontaktkoll has no `--engine` option yet. */
  auto: KontaktkollRun | null;
  /** Every channel's clicks in the browser verdict equal the depth the contact page was put at. */
  verdictAsBuilt: boolean | null;
}

export interface PeerFigures extends PeerRun {
  /** Pages the peer would visit in a full crawl (for the raw loop: the list it was given). */
  pagesInFull: number;
  /** Wall time of the full crawl: measured when it finished, else extrapolated at the rate it reached. */
  fullMs: number | null;
  extrapolated: boolean;
  pagesPerSecond: number | null;
  /** The page rate of every round, when the peer ran more than once (this one is the median). */
  repetitionsPerSecond?: Array<number | null>;
}

/** Of several runs of one peer, the median by page rate (failed runs sort last), with every round's rate. */
export function medianPeer(runs: PeerFigures[]): PeerFigures {
  const sorted = [...runs].sort((a, b) => (b.pagesPerSecond ?? -1) - (a.pagesPerSecond ?? -1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return runs.length > 1 ? { ...median, repetitionsPerSecond: runs.map((run) => run.pagesPerSecond) } : median;
}

export interface GroupResult {
  id: string;
  pages: number;
  variant: string;
  peerSite: string;
  peers: Partial<Record<PeerName, PeerFigures>>;
}

export interface TargetCheck {
  id: string;
  description: string;
  value: number | null;
  target: string;
  met: boolean | null;
  note?: string;
}

export interface BenchResults {
  format: 'kontaktkoll-bench/1';
  machine: Machine;
  settings: Pick<BenchOptions, 'sizes' | 'depths' | 'variants' | 'peerBudgetSeconds' | 'concurrency' | 'peers' | 'quick'> & Partial<Pick<BenchOptions, 'repeat'>> & { engineOption: boolean };
  sites: SiteResult[];
  groups: GroupResult[];
  targets: TargetCheck[];
  durationMs: number;
}

/** kontaktkoll's page rate over its audit (browser launch included, as it is for the raw loop). */
export function kontaktkollPagesPerSecond(run: KontaktkollRun | null): number | null {
  return run?.ok && run.auditMs > 0 ? run.pagesVisited / (run.auditMs / 1000) : null;
}

/** A peer's figures: rate over its own elapsed time; a cut crawl is extrapolated to the pages left at that rate. */
export function peerFigures(run: PeerRun, pagesInFull: number): PeerFigures {
  const report = run.report;
  if (!run.ok || !report || report.pagesDone === 0) return { ...run, pagesInFull, fullMs: null, extrapolated: false, pagesPerSecond: null };
  const rate = report.pagesDone / report.elapsedMs;
  const extrapolated = !report.complete;
  const fullMs = extrapolated ? run.wallMs + Math.max(0, pagesInFull - report.pagesDone) / rate : run.wallMs;
  return { ...run, pagesInFull, fullMs, extrapolated, pagesPerSecond: rate * 1000 };
}
