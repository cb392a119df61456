import { describe, expect, it } from 'vitest';
import { machinePace, paced } from '../../src/util/machine-pace.js';

describe('machine pace', () => {
  it.each([
    ['an idle machine', 0.3, 2, 1],
    ['one process waiting per core', 2, 2, 1],
    ['three processes waiting per core', 6, 2, 3],
    ['a machine far past its cores', 60, 2, 6],
    ['a load that cannot be read (Windows answers 0)', 0, 8, 1],
    ['no number at all', Number.NaN, 2, 1],
  ])('%s', (_name, load, cores, pace) => {
    expect(machinePace(load, cores)).toBe(pace);
  });

  it('stretches a safety bound by the pace, never shortens it', () => {
    expect(paced(10_000, machinePace(6, 2))).toBe(30_000);
    expect(paced(10_000, machinePace(0.1, 2))).toBe(10_000);
  });
});
