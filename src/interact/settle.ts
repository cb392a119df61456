import type { Page } from 'playwright-core';
import { withTimeout } from '../util/with-timeout.js';
import { paced } from '../util/machine-pace.js';
import { inPageCall } from './in-page.js';
import { SCROLL_REVEAL_BOUNDS, scrollReveal } from './scroll-reveal.js';

/** How long the DOM must stay unchanged to count as settled, and the most we wait for that. */
const QUIET_MS = 250;
const MAX_MS = 2_000;
const SHELL_TEXT = 100;
const SHELL_MS = 3_000;
/** Most links an empty shell shows (a logo linking home). */
const SHELL_LINKS = 1;

/** The name under which the script watcher answers in each document (not writable by the page). */
const WATCHER = '__kontaktkollScriptSeen';

/**
 * Runs in every document before its own scripts (a context init script): remembers whether a
 * script element was ever put into the document, even one that removed itself after it ran.
 * With it, a document that can run no code is known to be settled once it has loaded.
 */
export const SCRIPT_WATCH_INIT = `(() => {
  if (Object.prototype.hasOwnProperty.call(window, '${WATCHER}')) return;
  let seen = false;
  const look = (records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && (node.localName === 'script' || (node.querySelector && node.querySelector('script')))) { seen = true; observer.disconnect(); return; }
      }
    }
  };
  const observer = new MutationObserver(look);
  try { observer.observe(document, { subtree: true, childList: true }); } catch { seen = true; }
  Object.defineProperty(window, '${WATCHER}', { value: () => { look(observer.takeRecords()); return seen; }, enumerable: false, configurable: false, writable: false });
})()`;

/**
 * In-page: can this document still change by itself? Only code changes a loaded DOM: a script
 * (now or ever, as the watcher saw), an inline event handler (an image that fails to load fires
 * its onerror), a frame (whose script may reach its parent), or a shadow root (content the scan
 * below cannot see into). Without the watcher (a context not set up by the crawl) the answer
 * is yes.
 */
const CAN_CHANGE = `(() => {
  const watcher = window['${WATCHER}'];
  if (typeof watcher !== 'function' || watcher() === true) return true;
  if (document.querySelector('script, iframe, frame, object, embed')) return true;
  for (const el of document.querySelectorAll('*')) {
    if (el.shadowRoot) return true;
    for (const name of el.getAttributeNames()) if (name.length > 2 && name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110) return true;
  }
  return false;
})`;

/** How a page came to rest: it cannot change by itself, it stayed unchanged for a while, or the wait ran out. */
export type Settled = 'static' | 'quiet' | 'busy';

/** In-page: resolves once the DOM has not changed for `QUIET_MS` (at most `maxMs`); at once for a document that cannot change. */
const SETTLE = `((maxMs) => new Promise((resolve) => {
  if (!${CAN_CHANGE}()) return resolve('static');
  let timer = setTimeout(() => done('quiet'), ${QUIET_MS});
  const limit = setTimeout(() => done('busy'), Math.max(0, maxMs));
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(() => done('quiet'), ${QUIET_MS}); });
  function done(how) { observer.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve(how); }
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
}))`;

/** Longest wait for the page's scripts to go idle after its DOM settled (a safety bound, stretched on a busy machine). */
const IDLE_MS = 3_000;

/**
 * In-page: resolves once the page's main thread has nothing queued (an idle period), at most
 * `maxMs`. A framework that hydrates server-rendered HTML (React, Vue, Svelte) changes no DOM
 * while it works, so a quiet DOM does not mean its scripts are done: the observers that fade
 * sections in as they scroll into view are attached only when hydration ends. Hydration runs as
 * a chain of tasks, so the first idle period comes after it, however slow the machine.
 */
const IDLE = `((maxMs) => new Promise((resolve) => {
  if (typeof requestIdleCallback !== 'function') return resolve(false);
  const limit = setTimeout(() => resolve(false), Math.max(0, maxMs));
  requestIdleCallback(() => { clearTimeout(limit); resolve(true); }, { timeout: Math.max(1, maxMs) });
}))`;

/**
 * In-page: a page that is still an empty shell (a single-page app waiting for its data: little
 * text, no way on but a logo link) gets up to `SHELL_MS` for content to appear; true when it grew
 * (and so must settle again). A short page a person can already move on from is not waited for.
 */
const GROW = `(() => {
  const textLength = () => (document.body ? document.body.innerText.trim().length : 0);
  const links = () => document.querySelectorAll('a[href]').length;
  if (textLength() >= ${SHELL_TEXT} || document.scripts.length === 0 || links() > ${SHELL_LINKS}) return false;
  const startLinks = links();
  const startText = textLength();
  return new Promise((resolve) => {
    const limit = setTimeout(() => { clearInterval(poll); resolve(false); }, ${SHELL_MS});
    const poll = setInterval(() => {
      if (links() > startLinks || textLength() >= Math.max(${SHELL_TEXT}, startText * 2)) { clearInterval(poll); clearTimeout(limit); resolve(true); }
    }, 100);
  });
})`;

/**
 * Waits until the page stops changing (client-side rendering, links added late, menus
 * animating), never longer than `maxMs`: a page that changes forever (a ticker, a carousel)
 * is read as it is then. No network-idle wait: analytics beacons never go idle. A document
 * that can run no code is settled at once.
 */
export async function waitForSettle(page: Page, maxMs = MAX_MS): Promise<Settled> {
  const how = await withTimeout(page.evaluate(`${SETTLE}(${Math.max(0, maxMs)})`) as Promise<Settled>, maxMs + 1_000, 'waiting for the page to settle')
    .catch((): Settled => 'busy');
  return how === 'static' || how === 'quiet' ? how : 'busy';
}

/** Stepping through a page to where hidden elements wait: a safety bound, stretched on a busy machine. */
const SCROLL_STEPS_MS = 5_000;
/** The steps, and the last wait for throttled handlers and frames after them. */
const SCROLL_PASS_MS = SCROLL_STEPS_MS + 2_000;

/** The scroll pass, bounded in an idle machine's time. */
function scrollPassCall(): string {
  return inPageCall(scrollReveal, { ...SCROLL_REVEAL_BOUNDS, maxMs: paced(SCROLL_STEPS_MS) });
}

/** Longest a freshly loaded page is waited for: settling, an empty shell filling in, settling again, scrolling through. */
export function loadedPageWaitMs(maxMs: number): number {
  return Math.max(0, Math.min(MAX_MS, maxMs)) + SHELL_MS + MAX_MS + paced(IDLE_MS) + paced(SCROLL_PASS_MS);
}

/**
 * In-page statements (for an async function) that make a freshly loaded page ready to read:
 * settled, given time to fill in if it is an empty shell, settled again if it grew, left until
 * its scripts go idle, and scrolled through so that what fades in on scrolling is seen (a page
 * that runs no code has nothing to fade in).
 */
export function settleLoadedStatements(maxMs: number): string {
  const wait = Math.max(0, Math.min(MAX_MS, maxMs));
  return `const settledAs = await ${SETTLE}(${wait});
    if (await ${GROW}()) await ${SETTLE}(${MAX_MS});
    if (settledAs !== 'static') {
      await ${IDLE}(${paced(IDLE_MS)});
      await ${scrollPassCall()};
    }`;
}

/** A freshly loaded page made ready to read (see `settleLoadedStatements`), in one call into the page. */
export async function settleLoadedPage(page: Page, maxMs: number): Promise<void> {
  await withTimeout(page.evaluate(`(async () => { ${settleLoadedStatements(maxMs)} })()`), loadedPageWaitMs(maxMs) + 1_000, 'waiting for the page to settle')
    .catch(() => undefined);
}

/**
 * Scrolls a page through (see scroll-reveal.ts) after something a person did on it: a consent
 * dialog passed (while it stood, the page may not scroll), a control pressed, a script link
 * followed. Cheap when nothing on the page is held hidden.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await withTimeout(page.evaluate(scrollPassCall()), paced(SCROLL_PASS_MS) + 1_000, 'scrolling the page through')
    .catch(() => undefined);
}
