import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/util/ordered-pool.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ordered pool', () => {
  it('delivers results in the items\' order however long each took, working several at once', async () => {
    const delays = [40, 5, 25, 1, 15, 2, 30, 3];
    let running = 0;
    let most = 0;
    const delivered: number[] = [];
    await runOrdered(delays, { width: 3, lookahead: 8 }, async (ms, index) => {
      running++;
      most = Math.max(most, running);
      await sleep(ms);
      running--;
      return index;
    }, (result, _item, index) => {
      expect(result).toBe(index);
      delivered.push(index);
    });
    expect(delivered).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('starts no item more than the lookahead past the first one not yet delivered', async () => {
    const started: Array<[number, number]> = [];
    let delivered = 0;
    await runOrdered(Array.from({ length: 10 }, (_, i) => i), { width: 4, lookahead: 2 }, async (item) => {
      started.push([item, delivered]);
      await sleep(item === 0 ? 40 : 1);
      return item;
    }, () => {
      delivered++;
    });
    for (const [item, deliveredThen] of started) expect(item - deliveredThen).toBeLessThan(2);
    expect(delivered).toBe(10);
  });

  it('stops at an item that throws: no later item starts, the error comes out once those in flight end', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = runOrdered(Array.from({ length: 20 }, (_, i) => i), { width: 2, lookahead: 4 }, async (item) => {
      started.push(item);
      await sleep(item === 3 ? 5 : 20);
      if (item === 3) throw new Error('disagreement');
      finished.push(item);
      return item;
    }, () => undefined);
    await expect(run).rejects.toThrow('disagreement');
    expect(Math.max(...started)).toBeLessThan(6);
    // The item beside the one that threw ran to its end before the pool gave up.
    expect(finished).toContain(2);
  });

  it('an item may wait until the first items are delivered, whatever finished first, and never for itself or a later one', async () => {
    const delivered: number[] = [];
    const seen = new Map<number, number[]>();
    await runOrdered([50, 30, 1, 1, 1, 1], { width: 3, lookahead: 8 }, async (ms, index, deliveredUpTo) => {
      await sleep(ms);
      if (index >= 2) {
        // The first two, or all before it: item 2 asks for more than come before it.
        await deliveredUpTo(index === 2 ? 10 : index === 3 ? 2 : index);
        seen.set(index, [...delivered]);
      }
      return index;
    }, (index) => {
      delivered.push(index);
    });
    expect(seen.get(2)).toEqual([0, 1]);
    expect(seen.get(3)!.slice(0, 2)).toEqual([0, 1]);
    for (const index of [4, 5]) expect(seen.get(index)).toEqual(Array.from({ length: index }, (_, i) => i));
  });

  it('works waiting for earlier items wake when the pool stops', async () => {
    const run = runOrdered([0, 1, 2], { width: 3, lookahead: 8 }, async (item, index, deliveredUpTo) => {
      if (item === 0) {
        await sleep(10);
        throw new Error('disagreement');
      }
      await deliveredUpTo(index);
      return item;
    }, () => undefined);
    await expect(run).rejects.toThrow('disagreement');
  });

  it('does nothing for no items', async () => {
    let called = false;
    await runOrdered([], { width: 4, lookahead: 4 }, async () => { called = true; }, () => { called = true; });
    expect(called).toBe(false);
  });
});
