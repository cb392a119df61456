import { readFileSync } from 'node:fs';
import { descendantsOf } from './proc-table.js';

export interface TreeMemory {
  /** Sum of resident set sizes over the process and all its descendants (browser included), bytes. */
  rss: number;
  /** Sum of proportional set sizes: shared pages split between the processes that share them, bytes. */
  pss: number;
  processes: number;
}

function readOr(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function kilobytes(text: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Memory of a process tree now; processes that ended between listing and reading count as 0. */
export function treeMemory(root: number): TreeMemory {
  let rss = 0;
  let pss = 0;
  let processes = 0;
  for (const { pid } of descendantsOf(root)) {
    const rollup = readOr(`/proc/${pid}/smaps_rollup`);
    const status = rollup ? '' : readOr(`/proc/${pid}/status`);
    const processRss = rollup ? kilobytes(rollup, 'Rss') : kilobytes(status, 'VmRSS');
    if (processRss === 0) continue;
    processes++;
    rss += processRss;
    pss += rollup ? kilobytes(rollup, 'Pss') : processRss;
  }
  return { rss, pss, processes };
}

/** Samples a process tree's memory until stopped; keeps the peaks. Linux only (/proc). */
export class PeakMemorySampler {
  private timer: NodeJS.Timeout | null = null;
  peak: TreeMemory = { rss: 0, pss: 0, processes: 0 };
  samples = 0;

  constructor(private readonly root: number, private readonly intervalMs = 200) {}

  start(): void {
    const sample = () => {
      const now = treeMemory(this.root);
      this.samples++;
      this.peak = {
        rss: Math.max(this.peak.rss, now.rss),
        pss: Math.max(this.peak.pss, now.pss),
        processes: Math.max(this.peak.processes, now.processes),
      };
    };
    sample();
    this.timer = setInterval(sample, this.intervalMs);
  }

  stop(): TreeMemory {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return this.peak;
  }
}
