/**
 * A runner that lets at most `limit` tasks run at once; the rest wait their turn in order.
 * Audits in tests share one browser this way: the waits inside one audit (a page settling, a
 * scroll pass) would otherwise leave the cores idle.
 */
export function atMost(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
