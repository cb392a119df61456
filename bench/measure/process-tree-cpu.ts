import { descendantsOf, processes } from './proc-table.js';

/**
 * Samples the CPU time of a process tree until stopped: the root, its descendants, and every
 * process in a process group one of them led. Playwright starts Chromium in a group of its own,
 * and a browser that exits before its renderers leaves them to init, outside the tree, where
 * the CPU time they used would never reach this process: the group keeps them counted. Each
 * process counts with the last time seen, so a process's final interval is lost (measured on a
 * fixture audit: within a tenth of the machine's own count).
 */
export class TreeCpuSampler {
  private timer: NodeJS.Timeout | null = null;
  private readonly groups = new Set<number>();
  private readonly lastSeen = new Map<number, number>();

  constructor(private readonly root: number, private readonly intervalMs = 100) {}

  sample(): void {
    const all = processes();
    const tree = descendantsOf(this.root, all);
    for (const entry of tree) this.groups.add(entry.pgid);
    const inTree = new Set(tree.map((entry) => entry.pid));
    for (const entry of all) if (inTree.has(entry.pid) || this.groups.has(entry.pgid)) this.lastSeen.set(entry.pid, entry.cpuMs);
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  /** The CPU time counted, ms. */
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    return [...this.lastSeen.values()].reduce((sum, ms) => sum + ms, 0);
  }
}
