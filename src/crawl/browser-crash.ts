import type { Browser } from 'playwright-core';
import { withTimeout } from '../util/with-timeout.js';

/** How long a living browser has to answer, and a dying one to report its disconnection. */
const ANSWER_WAIT_MS = 1_500;

/**
 * Did the browser itself die? It is asked: a browser that answers is alive, whatever the failure
 * said (a tab that crashed on its own leaves it answering: that is the page's failure, not the
 * browser's). One that does not answer may report its disconnection a moment later, so that is
 * waited for, briefly; a browser hung but still connected is not taken for dead.
 */
export async function browserDied(browser: Browser): Promise<boolean> {
  if (!browser.isConnected()) return true;
  if (await answers(browser)) return false;
  if (browser.isConnected()) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ANSWER_WAIT_MS);
      function done() {
        clearTimeout(timer);
        browser.off('disconnected', done);
        resolve();
      }
      browser.once('disconnected', done);
    });
  }
  return !browser.isConnected();
}

/** One round trip to the browser process itself (not to any tab), bounded. */
async function answers(browser: Browser): Promise<boolean> {
  const ask = (async () => {
    const session = await browser.newBrowserCDPSession();
    try {
      await session.send('Browser.getVersion');
    } finally {
      await session.detach().catch(() => undefined);
    }
  })();
  return withTimeout(ask, ANSWER_WAIT_MS, 'asking the browser').then(() => true, () => false);
}
