import type { Page } from 'playwright-core';
import { withTimeout } from '../util/with-timeout.js';

/** How long the DOM must stay unchanged to count as settled, and the most we wait for that. */
const QUIET_MS = 250;
const MAX_MS = 2_000;

/**
 * Waits until the page stops changing (client-side rendering, links added late, menus
 * animating), never longer than `maxMs`: a page that changes forever (a ticker, a carousel)
 * is read as it is then. No network-idle wait: analytics beacons never go idle.
 */
export async function waitForSettle(page: Page, maxMs = MAX_MS): Promise<void> {
  const script = `new Promise((resolve) => {
    let timer = setTimeout(done, ${QUIET_MS});
    const limit = setTimeout(done, ${Math.max(0, maxMs)});
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${QUIET_MS}); });
    function done() { observer.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve(true); }
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  })`;
  await withTimeout(page.evaluate(script), maxMs + 1_000, 'waiting for the page to settle').catch(() => undefined);
}

const SHELL_TEXT = 100;
const SHELL_MS = 3_000;

/**
 * A page that is still an empty shell after `load` (a single-page app waiting for its data)
 * gets up to a few seconds more for content to appear; pages that came with their text, or
 * that have no scripts, are not held up.
 */
export async function waitForContent(page: Page): Promise<void> {
  const script = `(() => {
    const textLength = () => (document.body ? document.body.innerText.trim().length : 0);
    if (textLength() >= ${SHELL_TEXT} || document.scripts.length === 0) return 'ready';
    const links = () => document.querySelectorAll('a[href]').length;
    const startLinks = links();
    const startText = textLength();
    return new Promise((resolve) => {
      const limit = setTimeout(() => { clearInterval(poll); resolve(false); }, ${SHELL_MS});
      const poll = setInterval(() => {
        if (links() > startLinks || textLength() >= Math.max(${SHELL_TEXT}, startText * 2)) { clearInterval(poll); clearTimeout(limit); resolve(true); }
      }, 100);
    });
  })()`;
  const grew = await withTimeout(page.evaluate(script), SHELL_MS + 1_000, 'waiting for content').catch(() => true);
  if (grew !== true) return;
  await waitForSettle(page);
}
