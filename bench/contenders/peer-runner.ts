import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastJsonLine, runMeasured } from '../measure/run-measured.js';
import type { TreeMemory } from '../measure/process-tree-memory.js';
import { kontaktkollView, type PeerInput, type PeerReport } from './peer-protocol.js';

export const PEERS = ['raw-playwright', 'crawlee-playwright', 'crawlee-cheerio'] as const;
export type PeerName = (typeof PEERS)[number];

export interface PeerRun {
  peer: PeerName;
  ok: boolean;
  failure?: string;
  wallMs: number;
  /** CPU time of its whole process tree, browser included (absent in results saved before it was measured). */
  cpuMs?: number;
  report: PeerReport | null;
  peak: TreeMemory;
}

/** Runs one peer in its own process (compiled next to this file), measured like kontaktkoll, on the views kontaktkoll's audit shows. */
export async function runPeer(peer: PeerName, given: Omit<PeerInput, 'storageDir' | 'view'>): Promise<PeerRun> {
  const input: Omit<PeerInput, 'storageDir'> = { ...given, view: kontaktkollView() };
  const storageDir = mkdtempSync(join(tmpdir(), 'kontaktkoll-bench-crawlee-'));
  const script = new URL(`./${peer}.js`, import.meta.url).pathname;
  try {
    const run = await runMeasured(process.execPath, [script, JSON.stringify({ ...input, storageDir })], {
      cwd: storageDir,
      env: { ...process.env, CRAWLEE_STORAGE_DIR: storageDir, CRAWLEE_PERSIST_STORAGE: 'false', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
      // The budget stops new pages; pages in flight and the browser's exit get a minute more.
      killAfterMs: input.budgetMs + 60_000,
    });
    const report = lastJsonLine<PeerReport>(run.stdout);
    const failure = report ? undefined : run.timedOut ? 'killed after its budget' : `exit ${run.exitCode}: ${run.stderr.trim().split('\n').pop() ?? ''}`;
    return { peer, ok: report !== null, failure, wallMs: run.wallMs, cpuMs: run.cpuMs, report, peak: run.peak };
  } finally {
    rmSync(storageDir, { recursive: true, force: true });
  }
}
