import type { Browser } from 'playwright-core';

/** How Playwright words a failure whose cause is the browser (or its tab) going away. */
const BROWSER_GONE_WORDS = /Target (page, context or browser )?(has been )?closed|browser has been closed|Browser closed|browser has disconnected|has been disconnected|crashed/i;

const DISCONNECT_WAIT_MS = 1_500;

/**
 * Did the browser itself die? A failure worded like a lost target may arrive a moment before
 * the browser reports the disconnection, so that is waited for, briefly. A tab that crashed on
 * its own leaves the browser connected: that is the page's failure, not the browser's.
 */
export async function browserDied(browser: Browser, failure: string): Promise<boolean> {
  if (!browser.isConnected()) return true;
  if (!BROWSER_GONE_WORDS.test(failure)) return false;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, DISCONNECT_WAIT_MS);
    function done() {
      clearTimeout(timer);
      browser.off('disconnected', done);
      resolve();
    }
    browser.once('disconnected', done);
  });
  return !browser.isConnected();
}
