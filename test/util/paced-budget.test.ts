import { describe, expect, it } from 'vitest';
import { PacedBudget, withinPacedBudget } from '../../src/util/paced-budget.js';

/** A clock and a pace the test moves by hand. */
function machine() {
  const state = { now: 1_000_000, pace: 1 };
  return { state, budget: (ms: number) => new PacedBudget(ms, () => state.pace, () => state.now) };
}

describe('a time budget counted in an idle machine\'s time', () => {
  it('runs out after its own length of wall-clock time on an idle machine', () => {
    const { state, budget } = machine();
    const b = budget(90_000);
    state.now += 89_000;
    expect(b.passed()).toBe(false);
    state.now += 1_000;
    expect(b.passed()).toBe(true);
  });

  it('grants three times the wall-clock time while the machine runs three times slower', () => {
    const { state, budget } = machine();
    const b = budget(90_000);
    state.pace = 3;
    state.now += 200_000;
    expect(b.passed()).toBe(false);
    expect(b.remainingMs()).toBe(70_000);
    state.now += 70_000;
    expect(b.passed()).toBe(true);
  });

  it('counts each stretch at the pace the machine had over it', () => {
    const { state, budget } = machine();
    const b = budget(60_000);
    state.now += 30_000;
    b.deadline();
    state.pace = 2;
    state.now += 40_000;
    // 30 s idle + 40 s at half speed = 50 s of the budget spent; 10 s left at pace 2 is 20 s of wall clock.
    expect(b.remainingMs()).toBe(20_000);
    state.pace = 1;
    expect(b.remainingMs()).toBe(10_000);
  });
});

describe('a wait bounded by a budget counted in an idle machine\'s time', () => {
  it('gives up on a wait that outlasts the budget on an idle machine', async () => {
    await expect(withinPacedBudget(new Promise(() => undefined), 50, 'the wait', () => 1)).rejects.toThrow(/the wait did not finish/);
  });

  it('lets a wait finish that a busy machine stretched past the budget\'s wall-clock length', async () => {
    const slow = new Promise((resolve) => setTimeout(() => resolve('done'), 150));
    await expect(withinPacedBudget(slow, 100, 'the wait', () => 3)).resolves.toBe('done');
  });
});
