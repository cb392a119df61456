import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak resident memory of this process and the browsers it started. Linux /proc is read for
 * the process tree; elsewhere only this process is counted.
 */
export class MemorySampler {
  private peak = 0;
  private timer: NodeJS.Timeout | null = null;

  start(intervalMs = 2_000): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.peak;
  }

  get peakBytes(): number {
    return this.peak;
  }

  sample(): void {
    const own = process.resourceUsage().maxRSS * 1024;
    this.peak = Math.max(this.peak, own, treeRss(process.pid));
  }
}

function treeRss(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parentOf = new Map<number, number>();
  const rssOf = new Map<number, number>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(name), Number(fields[1]));
      rssOf.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  for (const [pid, rss] of rssOf) {
    let current: number | undefined = pid;
    for (let depth = 0; current !== undefined && current > 1 && depth < 20; depth++) {
      if (current === root) {
        total += rss;
        break;
      }
      current = parentOf.get(current);
    }
  }
  return total;
}
