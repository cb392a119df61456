import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from '../measure/run-measured.js';
import type { TreeMemory } from '../measure/process-tree-memory.js';

export type Engine = 'browser' | 'auto';

export interface KontaktkollRun {
  engine: Engine;
  ok: boolean;
  /** Why the run gave no result (exit code, timeout), when it did not. */
  failure?: string;
  /** From spawn to exit of `kontaktkoll audit`: the time to a verdict. */
  wallMs: number;
  /** The audit's own duration (browser launch to result), from the JSON. */
  auditMs: number;
  /** Views examined (pages and in-page states). */
  pagesVisited: number;
  /** Pages fetched over HTTP (the auto engine); 0 for the browser engine. */
  pagesFetched: number;
  pagesRendered: number;
  stoppedBecause: string;
  /** Clicks per channel in the verdict. */
  channels: Record<string, number | null>;
  peak: TreeMemory;
  /** Time to a verdict of every repetition, when the site was audited more than once (this run is the median). */
  repetitionsMs?: number[];
}

interface AuditJson {
  channels: Record<string, { found: boolean; clicks: number | null }>;
  crawl: { pagesVisited: number; pagesRendered: number; pagesFetched?: number; stoppedBecause: string; durationMs: number };
}

/** Does this build's `audit` take `--engine`? (It is being added; the bench works either way.) */
export function engineOptionSupported(root: string): boolean {
  const help = spawnSync(process.execPath, [join(root, 'bin', 'kontaktkoll.js'), 'audit', '--help'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return /--engine\b/.test(`${help.stdout ?? ''}${help.stderr ?? ''}`);
}

export interface KontaktkollSettings {
  root: string;
  url: string;
  engine: Engine;
  /** Pass `--engine` at all (only when the CLI knows the option). */
  passEngine: boolean;
  concurrency: number;
  /** Budgets high enough that only the early stop (or the whole site) ends the crawl. */
  maxPages: number;
  timeoutSeconds: number;
}

/** Of several audits of one site, the median by time to a verdict (failed runs sort last). */
export function medianRun(runs: KontaktkollRun[]): KontaktkollRun {
  const sorted = [...runs].sort((a, b) => Number(b.ok) - Number(a.ok) || a.wallMs - b.wallMs);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return runs.length > 1 ? { ...median, repetitionsMs: runs.map((run) => run.wallMs) } : median;
}

/** Runs `kontaktkoll audit <url> --format json` as a child process, measured like every peer. */
export async function runKontaktkoll(settings: KontaktkollSettings): Promise<KontaktkollRun> {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-bench-'));
  const output = join(dir, 'result.json');
  const args = [
    join(settings.root, 'bin', 'kontaktkoll.js'), 'audit', settings.url, '--format', 'json', '--output', output, '--quiet',
    '--max-pages', String(settings.maxPages), '--max-depth', '12', '--timeout', String(settings.timeoutSeconds),
    '--concurrency', String(settings.concurrency), '--rules', 'se', '--lang', 'en',
    ...(settings.passEngine ? ['--engine', settings.engine] : []),
  ];
  try {
    const run = await runMeasured(process.execPath, args, {
      cwd: dir, env: { ...process.env, NO_COLOR: '1' }, killAfterMs: (settings.timeoutSeconds + 60) * 1000,
    });
    const base = { engine: settings.engine, wallMs: run.wallMs, peak: run.peak };
    let result: AuditJson;
    try {
      result = JSON.parse(readFileSync(output, 'utf8')) as AuditJson;
    } catch {
      const reason = run.timedOut ? 'timed out' : `exit ${run.exitCode}: ${run.stderr.trim().split('\n').pop() ?? ''}`;
      return { ...base, ok: false, failure: reason, auditMs: 0, pagesVisited: 0, pagesFetched: 0, pagesRendered: 0, stoppedBecause: '-', channels: {} };
    }
    return {
      ...base, ok: true, auditMs: result.crawl.durationMs,
      pagesVisited: result.crawl.pagesVisited, pagesFetched: result.crawl.pagesFetched ?? 0, pagesRendered: result.crawl.pagesRendered,
      stoppedBecause: result.crawl.stoppedBecause,
      channels: Object.fromEntries(Object.entries(result.channels).map(([name, channel]) => [name, channel.found ? channel.clicks : null])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
