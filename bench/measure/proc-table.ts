import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock tick (`getconf CLK_TCK`), the unit of /proc's CPU times. */
const TICK_MS = 10;

export interface ProcessEntry {
  pid: number;
  ppid: number;
  pgid: number;
  /** User and system time so far, ms. */
  cpuMs: number;
}

/** Every live process, from /proc/<pid>/stat; one that ended while being listed is left out. Linux only. */
export function processes(): ProcessEntry[] {
  const out: ProcessEntry[] = [];
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

/** `root` and every process below it, root first, among `all` (by default the processes live now). */
export function descendantsOf(root: number, all: ProcessEntry[] = processes()): ProcessEntry[] {
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of all) {
    const siblings = children.get(entry.ppid);
    if (siblings) siblings.push(entry);
    else children.set(entry.ppid, [entry]);
  }
  const out = all.filter((entry) => entry.pid === root);
  for (let index = 0; index < out.length; index++) out.push(...(children.get(out[index]!.pid) ?? []));
  return out;
}
