import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMeasured } from '../measure/run-measured.js';
import type { TreeMemory } from '../measure/process-tree-memory.js';
import type { PathAction } from '../../src/model/click-path.js';
import type { ViewToShow } from './peer-protocol.js';

export type Engine = 'browser' | 'auto';

export interface KontaktkollRun {
  engine: Engine;
  ok: boolean;
  /** Why the run gave no result (exit code, timeout), when it did not. */
  failure?: string;
  /** From spawn to exit of `kontaktkoll audit`: the time to a verdict. */
  wallMs: number;
  /** CPU time of its whole process tree, browser included (absent in results saved before it was measured). */
  cpuMs?: number;
  /** The audit's own duration (browser launch to result), from the JSON. */
  auditMs: number;
  /** Views examined (pages and in-page states). */
  pagesVisited: number;
  /** Pages fetched over HTTP (the auto engine); 0 for the browser engine. */
  pagesFetched: number;
  pagesRendered: number;
  /** Of the views examined, those opened by pressing a control on a page (`crawl.viewsByAction`): rendered by either engine. */
  viewsByAction?: number;
  stoppedBecause: string;
  /** Clicks per channel in the verdict. */
  channels: Record<string, number | null>;
  peak: TreeMemory;
  /** Time to a verdict of every repetition, when the site was audited more than once (this run is the median). */
  repetitionsMs?: number[];
  /** Why `auto` rendered every page from some point on (`crawl.browserFallback`); null when it never had to. */
  browserFallback?: string | null;
  /** Every view examined, in crawl order, as plain Playwright would show it (see `viewToShow`), when asked for. */
  views?: ViewToShow[];
}

interface AuditJson {
  channels: Record<string, { found: boolean; clicks: number | null }>;
  crawl: { pagesVisited: number; pagesRendered: number; viewsByAction?: number; pagesFetched?: number; stoppedBecause: string; durationMs: number; browserFallback?: string | null; pages?: ExaminedView[] };
}

/** A view of an audit's result: the address asked for, and the steps a person takes to it. */
interface ExaminedView {
  url: string;
  path?: Array<{ action: string; label: string }>;
}

/** Path steps that press a control on the page shown, leaving its address as it is. */
const PRESSES: ReadonlySet<string> = new Set<PathAction>(['reveal', 'menu', 'chat']);

/** A view as plain Playwright shows it: its page, and the controls pressed on it last in its path, in order. */
export function viewToShow(view: ExaminedView): ViewToShow {
  const steps = view.path ?? [];
  let first = steps.length;
  while (first > 0 && PRESSES.has(steps[first - 1]!.action)) first--;
  return { url: view.url, presses: steps.slice(first).map((step) => step.label) };
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
  /** Tabs at once; absent: the CLI's default. */
  concurrency?: number;
  /** Budgets high enough that only the early stop (or the whole site) ends the crawl; absent: the CLI's defaults. */
  maxPages?: number;
  maxDepth?: number;
  timeoutSeconds?: number;
  /** Rule pack and report language; absent: chosen from the site as the CLI does. */
  rules?: string;
  lang?: string;
  /** Added to the child's environment (e.g. KONTAKTKOLL_BROWSER_ARGS). */
  env?: Record<string, string>;
  /** Keep the views of the result (`crawl.pages[]`) as `views`. */
  keepViews?: boolean;
}

/** The CLI's default time budget (`--timeout`), for the kill timer of a run at defaults. */
const DEFAULT_TIMEOUT_SECONDS = 90;

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
    ...(settings.maxPages !== undefined ? ['--max-pages', String(settings.maxPages)] : []),
    ...(settings.maxDepth !== undefined ? ['--max-depth', String(settings.maxDepth)] : []),
    ...(settings.timeoutSeconds !== undefined ? ['--timeout', String(settings.timeoutSeconds)] : []),
    ...(settings.concurrency !== undefined ? ['--concurrency', String(settings.concurrency)] : []),
    ...(settings.rules !== undefined ? ['--rules', settings.rules] : []),
    ...(settings.lang !== undefined ? ['--lang', settings.lang] : []),
    ...(settings.passEngine ? ['--engine', settings.engine] : []),
  ];
  try {
    const run = await runMeasured(process.execPath, args, {
      cwd: dir, env: { ...process.env, NO_COLOR: '1', ...settings.env }, killAfterMs: ((settings.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) + 60) * 1000,
    });
    const base = { engine: settings.engine, wallMs: run.wallMs, cpuMs: run.cpuMs, peak: run.peak };
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
      ...(result.crawl.viewsByAction !== undefined ? { viewsByAction: result.crawl.viewsByAction } : {}),
      stoppedBecause: result.crawl.stoppedBecause,
      ...(result.crawl.browserFallback !== undefined ? { browserFallback: result.crawl.browserFallback } : {}),
      channels: Object.fromEntries(Object.entries(result.channels).map(([name, channel]) => [name, channel.found ? channel.clicks : null])),
      ...(settings.keepViews ? { views: (result.crawl.pages ?? []).map(viewToShow) } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
