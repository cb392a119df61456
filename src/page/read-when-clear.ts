import type { InPageSteps } from './in-page.js';
import type { PageRead } from './read-snapshot.js';

/**
 * In-page: settles a freshly loaded page and, when nothing needs doing on it first, reads it and
 * asks what would be asked after reading. Self-contained: the browser receives this function's source alone.
 */
export async function readWhenClear(steps: InPageSteps<{ settle: Promise<void>; clear: boolean; read: PageRead; ask: unknown }>): Promise<{ read: PageRead; answer: unknown } | null> {
  await steps.settle();
  if (!steps.clear()) return null;
  return { read: steps.read(), answer: steps.ask() };
}
