import type { Page } from 'playwright-core';
import { paced } from '../util/machine-pace.js';
import { TimeoutError, withTimeout } from '../util/with-timeout.js';

/** A page that leaves a trivial question unanswered this long has a script that never yields. */
const SILENT_MS = 6_000;
/** Pause between two questions. */
const ASK_EVERY_MS = 1_000;

/**
 * Waits for work done in a page (settling and reading it), and gives up as soon as the page
 * stops answering at all: a script in an endless loop holds the page's only thread, so nothing
 * asked of it ever returns. Without this the whole read bound (tens of seconds on a busy
 * machine) was spent on such a page; with it, a few seconds. Work that is merely slow (a long
 * settle that yields between steps) still answers the questions and is waited for.
 */
export async function whileAnswering<T>(page: Page, work: Promise<T>, what: string): Promise<T> {
  let finished = false;
  let pause: NodeJS.Timeout | undefined;
  const silence = (async (): Promise<never> => {
    const silentMs = paced(SILENT_MS);
    while (!finished) {
      const answered = await withTimeout(page.evaluate(() => 0), silentMs, what).then(() => true, (error: unknown) => !(error instanceof TimeoutError));
      if (!answered && !finished) throw new TimeoutError(`${what} (the page stopped answering)`, silentMs);
      await new Promise<void>((resolve) => { pause = setTimeout(resolve, ASK_EVERY_MS); });
    }
    return new Promise<never>(() => undefined);
  })();
  try {
    return await Promise.race([work, silence]);
  } finally {
    finished = true;
    clearTimeout(pause);
    silence.catch(() => undefined);
  }
}
