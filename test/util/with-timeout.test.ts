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

  it('keeps the process alive until it fires: a wait on a browser that died ends in a TimeoutError, not in a silent exit', async () => {
    // Work pending in a closed browser holds no handle; if the bound did not either, Node would end
    // the module with exit code 13 before the bound could fire.
    const module = packagePath('dist', 'util', 'with-timeout.js');
    const script = `const { withTimeout } = await import(${JSON.stringify(module)});
      await withTimeout(new Promise(() => {}), 300, 'opening a tab').catch((error) => console.log(error.message));`;
    const run = await execa('node', ['--input-type=module', '-e', script], { reject: false, timeout: 60_000 });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('opening a tab did not finish within 0.3 s');
  });
});
