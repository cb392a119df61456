import { availableParallelism, loadavg } from 'node:os';

/** The most a bound is stretched: past this a page that does not answer is taken not to, however busy the machine. */
const MAX_PACE = 6;

/**
 * How much slower than on an idle machine a browser's work is likely to run now: processes
 * waiting to run per core (the one-minute load average), 1 on an idle machine, at most
 * `MAX_PACE`. Where the load cannot be read (Windows answers 0), 1.
 */
export function machinePace(load = loadavg()[0] ?? 0, cores = availableParallelism()): number {
  if (!Number.isFinite(load) || cores < 1) return 1;
  return Math.min(MAX_PACE, Math.max(1, load / cores));
}

/**
 * A safety bound (against a page that hangs, a browser that stopped answering) stretched by the
 * machine's pace, so that a busy machine does not turn a slow answer into a failed page: the
 * verdict must not depend on how busy the machine is. An audit's whole time budget is counted the
 * same way, over its length (paced-budget.ts).
 */
export function paced(ms: number, pace = machinePace()): number {
  return Math.round(ms * pace);
}
