import { describe, expect, it } from 'vitest';
import { RendersInFlight } from '../../src/crawl/http/renders-in-flight.js';

/** A claim that renders: its `done`, or a failure when it waited instead. */
async function rendering(renders: RendersInFlight, keys: string[]): Promise<() => void> {
  const claim = await renders.claim(keys);
  if (claim.waited) throw new Error(`expected a render for ${keys.join(', ')}, the claim waited`);
  return claim.done;
}

describe('renders in flight', () => {
  it('a page waits for the render of every key it lacks, and only when each has one', async () => {
    const renders = new RendersInFlight(10);
    expect((await renders.claim([])).waited).toBe(false);
    const done = await rendering(renders, ['cookie', 'book']);
    let waited = false;
    const waiting = renders.claim(['cookie', 'book']).then((claim) => { waited = true; return claim.waited; });
    // Not one key of the two unrendered: the page renders itself rather than wait.
    const menu = await rendering(renders, ['cookie', 'menu']);
    await Promise.resolve();
    expect(waited).toBe(false);
    done();
    expect(await waiting).toBe(true);
    menu();
  });

  it('pages of one depth asking at once: the first renders, the others wait for it', async () => {
    const renders = new RendersInFlight(10);
    const claims = [renders.claim(['chrome']), renders.claim(['chrome']), renders.claim(['chrome'])];
    const first = await claims[0]!;
    if (first.waited) throw new Error('the first page asking found a render in flight');
    let settled = 0;
    for (const claim of claims.slice(1)) void claim.then(() => settled++);
    await Promise.resolve();
    expect(settled).toBe(0);
    first.done();
    expect((await Promise.all(claims.slice(1))).map((claim) => claim.waited)).toEqual([true, true]);
  });

  it('a key is waited for once: a render that taught nothing leaves later pages to render side by side', async () => {
    const renders = new RendersInFlight(10);
    (await rendering(renders, ['book']))();
    // Settled: every later page is told so at once.
    expect((await renders.claim(['book'])).waited).toBe(true);
  });

  it('past its bound no key is held', async () => {
    const renders = new RendersInFlight(1);
    await rendering(renders, ['a', 'b']);
    await rendering(renders, ['b']);
  });
});
