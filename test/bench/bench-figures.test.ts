import { describe, expect, it } from 'vitest';
import { medianRun, type KontaktkollRun } from '../../bench/contenders/kontaktkoll-runner.js';
import type { PeerRun } from '../../bench/contenders/peer-runner.js';
import { runMeasured } from '../../bench/measure/run-measured.js';
import { planRuns } from '../../bench/plan.js';
import { peerFigures } from '../../bench/report/results.js';

const memory = { rss: 1, pss: 1, processes: 1 };

function peer(pagesDone: number, elapsedMs: number, wallMs: number, complete: boolean): PeerRun {
  return {
    peer: 'crawlee-playwright', ok: true, wallMs, peak: memory,
    report: { peer: 'crawlee-playwright', pagesDone, pagesFailed: 0, complete, elapsedMs, channels: { phone: null, email: null, form: null, chat: null, address: null, hours: null } },
  };
}

function audit(wallMs: number, ok = true): KontaktkollRun {
  return { engine: 'browser', ok, wallMs, auditMs: wallMs, pagesVisited: 10, pagesFetched: 0, pagesRendered: 10, stoppedBecause: 'early-stop', channels: {}, peak: memory };
}

describe('bench figures', () => {
  it('takes a finished full crawl as measured', () => {
    const figures = peerFigures(peer(100, 9_000, 10_000, true), 100);
    expect(figures.extrapolated).toBe(false);
    expect(figures.fullMs).toBe(10_000);
  });

  it('extends a crawl cut by its budget by the pages left at the rate it reached', () => {
    // 50 pages in 10 s inside the process: 5 pages/s; 950 pages left take 190 s more.
    const figures = peerFigures(peer(50, 10_000, 12_000, false), 1000);
    expect(figures.extrapolated).toBe(true);
    expect(figures.pagesPerSecond).toBeCloseTo(5);
    expect(figures.fullMs).toBeCloseTo(12_000 + 190_000);
  });

  it('reports the median of repeated audits, failed ones counted as slowest', () => {
    const median = medianRun([audit(9_000), audit(3_000), audit(1_000, false)]);
    expect(median.wallMs).toBe(9_000);
    expect(median.repetitionsMs).toEqual([9_000, 3_000, 1_000]);
    expect(medianRun([audit(4_000)]).repetitionsMs).toBeUndefined();
  });

  it('lets the peers crawl each size once, on the depth-2 site, and runs the variants at 1,000 pages', () => {
    const groups = planRuns({ sizes: [100, 1000, 5000], depths: [1, 2, 3], variants: ['plain', 'js-nav', 'consent'] });
    expect(groups.map((group) => group.id)).toEqual(['100-plain', '1000-plain', '5000-plain', '1000-js-nav', '1000-consent']);
    expect(groups.every((group) => group.peerSite.spec.contactDepth === 2)).toBe(true);
    expect(groups.flatMap((group) => group.sites).length).toBe(11);
  });
});

describe('measuring a child process', () => {
  it('samples the memory of the whole process tree, grandchildren included', async () => {
    // The child starts a grandchild that holds ~64 MiB; only the tree sum sees it.
    const script = `const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 1500)'], { stdio: 'inherit' });
      grandchild.on('exit', () => process.exit(0));`;
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd(), killAfterMs: 20_000 });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toBe('1');
    expect(run.peak.processes).toBeGreaterThanOrEqual(2);
    expect(run.peak.rss).toBeGreaterThan(64 * 1024 * 1024);
    expect(run.peak.pss).toBeGreaterThan(0);
  });
});
