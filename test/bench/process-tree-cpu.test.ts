import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMeasured } from '../../bench/measure/run-measured.js';

/** Node code that spends `ms` of CPU time, however busy the machine is. */
const burn = (ms: number) => `while (process.cpuUsage().user < ${ms * 1000}) {}`;

describe('the CPU time of a measured command', () => {
  it('counts a grandchild started in a process group of its own, as Playwright starts Chromium', async () => {
    // The command spends 200 ms itself and waits for a detached child that spends 600 ms.
    const script = `const { spawn } = require('node:child_process');
      ${burn(200)}
      const child = spawn(process.execPath, ['-e', ${JSON.stringify(burn(600))}], { detached: true, stdio: 'ignore' });
      child.on('exit', () => process.exit(0));`;
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd(), killAfterMs: 60_000 });
    expect(run.exitCode).toBe(0);
    // The last interval sampled before each process ended is lost (100 ms at most each), and Node's start-up adds some.
    expect(run.cpuMs).toBeGreaterThanOrEqual(600);
    expect(run.cpuMs).toBeLessThan(3_000);
  });

  it('counts a process whose parent ended first: out of the tree, still in the group it was started in', async () => {
    // The command starts a child that starts a detached grandchild and ends; the grandchild, now
    // init's, spends 1,500 ms and leaves a file; the command ends when the file is there.
    const done = join(mkdtempSync(join(tmpdir(), 'kk-cpu-')), 'done');
    const grandchild = `${burn(1_500)}; require('node:fs').writeFileSync(${JSON.stringify(done)}, '')`;
    const child = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { detached: true, stdio: 'ignore' }).unref(); setTimeout(() => {}, 300)`;
    const script = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'ignore' });
      setInterval(() => require('node:fs').existsSync(${JSON.stringify(done)}) && process.exit(0), 50);`;
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: process.cwd(), killAfterMs: 60_000 });
    expect(run.exitCode).toBe(0);
    // Counted through the tree alone, the grandchild would stop counting when its parent ended (about 300 ms in).
    expect(run.cpuMs).toBeGreaterThanOrEqual(1_300);
  });
});
