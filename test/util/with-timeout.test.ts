import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { TimeoutError, withTimeout } from '../../src/util/with-timeout.js';
import { packagePath } from '../../src/util/package-root.js';

describe('withTimeout', () => {
  it('answers what the work answers, and a TimeoutError naming the work when it runs out', async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000, 'adding')).resolves.toBe(7);
    await expect(withTimeout(new Promise(() => undefined), 10, 'opening a tab')).rejects.toThrow(TimeoutError);
    await expect(withTimeout(new Promise(() => undefined), 10, 'opening a tab')).rejects.toThrow(/opening a tab did not finish/);
  });

  it('never keeps the process alive by itself: work abandoned in a closed browser does not delay the exit', async () => {
    // Node ends a module whose top-level await can never settle with exit code 13 once nothing else keeps it alive.
    const module = packagePath('dist', 'util', 'with-timeout.js');
    const script = `const { withTimeout } = await import(${JSON.stringify(module)}); await withTimeout(new Promise(() => {}), 600_000, 'opening a tab');`;
    const run = await execa('node', ['--input-type=module', '-e', script], { reject: false, timeout: 60_000 });
    expect(run.exitCode).toBe(13);
  });
});
