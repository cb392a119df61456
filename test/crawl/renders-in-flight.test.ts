import { describe, expect, it } from 'vitest';
import { RendersInFlight } from '../../src/crawl/http/renders-in-flight.js';

describe('renders in flight', () => {
  it('a page waits for the render of every key it lacks, and only when each has one', async () => {
    const renders = new RendersInFlight(10);
    expect(await renders.awaitAll([])).toBe(false);
    expect(await renders.awaitAll(['cookie'])).toBe(false);
    const done = renders.start(['cookie', 'book']);
    let waited = false;
    const waiting = renders.awaitAll(['cookie', 'book']).then((had) => { waited = true; return had; });
    // Not one key of the two unrendered: the page renders itself rather than wait.
    expect(await renders.awaitAll(['cookie', 'menu'])).toBe(false);
    await Promise.resolve();
    expect(waited).toBe(false);
    done();
    expect(await waiting).toBe(true);
  });

  it('a key is waited for once: a render that taught nothing leaves later pages to render side by side', async () => {
    const renders = new RendersInFlight(10);
    renders.start(['book'])();
    // A second page rendering for it holds nobody: its entry already settled.
    const second = renders.start(['book']);
    expect(await renders.awaitAll(['book'])).toBe(true);
    second();
  });

  it('past its bound no key is held', async () => {
    const renders = new RendersInFlight(1);
    renders.start(['a', 'b']);
    expect(await renders.awaitAll(['b'])).toBe(false);
  });
});
