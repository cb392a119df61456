import { cpus } from 'node:os';

/** Shorter windows than this say more about the scheduler's tick than about the machine. */
const MIN_WINDOW_MS = 200;

interface Sample {
  at: number;
  busy: number;
  total: number;
}

function sample(): Sample {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { at: performance.now(), busy, total };
}

/**
 * How much of every core the whole machine kept busy lately (0 to 1), over a window of at least
 * `MIN_WINDOW_MS` since the last reading: every process counts, ours and others'. Where the
 * counters cannot be read, 0 (nothing is known to be busy).
 */
export class CpuShare {
  private last: Sample = sample();
  private share = 0;

  now(): number {
    const current = sample();
    if (current.at - this.last.at < MIN_WINDOW_MS) return this.share;
    const total = current.total - this.last.total;
    this.share = total > 0 ? Math.min(1, Math.max(0, (current.busy - this.last.busy) / total)) : 0;
    this.last = current;
    return this.share;
  }
}
