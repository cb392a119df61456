import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock tick (`getconf CLK_TCK`), the unit of /proc's CPU times. */
const TICK_MS = 10;

interface ProcessCpu {
  pid: number;
  ppid: number;
  pgid: number;
  /** User and system time so far, ms. */
  cpuMs: number;
}

function processes(): ProcessCpu[] {
  const out: ProcessCpu[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // After the comm field, which may hold spaces and parentheses: state, ppid, pgrp, … utime (12th), stime (13th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.push({ pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]), cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS });
  }
  return out;
}

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
    const children = new Map<number, ProcessCpu[]>();
    for (const entry of all) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
    const queue = all.filter((entry) => entry.pid === this.root);
    for (let index = 0; index < queue.length; index++) {
      this.groups.add(queue[index]!.pgid);
      queue.push(...(children.get(queue[index]!.pid) ?? []));
    }
    const inTree = new Set(queue.map((entry) => entry.pid));
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
