/** How an ordered pool runs: how many at once, and how far ahead of the first unfinished item. */
export interface OrderedPoolLimits {
  /** Items worked on at once. */
  width: number;
  /**
   * Most items started past the first one not yet delivered. Quick items would otherwise run far
   * ahead of a slow one whose result may make the rest needless (a crawl's early stop).
   */
  lookahead: number;
}

/**
 * Works through `items` a few at a time and hands each result to `deliver` in the items' order,
 * as soon as it and every earlier one are done: the caller sees the same sequence whatever the
 * width and however long each item took. A `work` that throws stops the pool: no further item is
 * started, and the error is thrown once the items in flight have ended. `delivered(n)` lets an
 * item's work wait until the first n items (some or all of those before it) have been delivered,
 * so that what it decides from them is the same however the work was timed.
 */
export async function runOrdered<T, R>(
  items: readonly T[],
  limits: OrderedPoolLimits,
  work: (item: T, index: number, delivered: (count: number) => Promise<void>) => Promise<R>,
  deliver: (result: R, item: T, index: number) => void,
): Promise<void> {
  const results = new Array<{ value: R } | undefined>(items.length);
  let delivered = 0;
  let next = 0;
  let failed = false;
  let waiting: Array<() => void> = [];
  /** Works waiting for the first `count` items to be delivered. */
  let awaitingEarlier: Array<{ count: number; resume: () => void }> = [];
  const deliveredUpTo = (index: number) => (count: number): Promise<void> => {
    // An item's own result, or a later one's, cannot be waited for: that would never come.
    const upTo = Math.min(count, index);
    if (delivered >= upTo || failed) return Promise.resolve();
    return new Promise<void>((resume) => awaitingEarlier.push({ count: upTo, resume }));
  };
  const flush = () => {
    const before = delivered;
    while (delivered < items.length && results[delivered] !== undefined) {
      deliver(results[delivered]!.value, items[delivered]!, delivered);
      results[delivered] = undefined;
      delivered++;
    }
    if (delivered === before) return;
    const ready = awaitingEarlier.filter(({ count }) => delivered >= count);
    awaitingEarlier = awaitingEarlier.filter(({ count }) => delivered < count);
    for (const { resume } of ready) resume();
    const wake = waiting;
    waiting = [];
    for (const resume of wake) resume();
  };
  const worker = async () => {
    while (next < items.length && !failed) {
      if (next - delivered >= Math.max(1, limits.lookahead)) {
        await new Promise<void>((resume) => waiting.push(resume));
        continue;
      }
      const index = next++;
      try {
        results[index] = { value: await work(items[index]!, index, deliveredUpTo(index)) };
      } catch (error) {
        failed = true;
        // Workers held back by the lookahead, and works waiting for earlier items, must wake to see the pool has stopped.
        const wake = [...waiting, ...awaitingEarlier.map(({ resume }) => resume)];
        waiting = [];
        awaitingEarlier = [];
        for (const resume of wake) resume();
        throw error;
      }
      flush();
    }
  };
  const width = Math.max(1, Math.min(limits.width, items.length));
  const outcomes = await Promise.allSettled(Array.from({ length: width }, worker));
  const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  flush();
}
