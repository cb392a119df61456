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
 * In-page, in every document before its own scripts (a context init script, `SCRIPT_WATCH`):
 * remembers whether a script element was ever put into the document, even one that removed
 * itself after it ran. With it, a document that can run no code is known to be settled once it
 * has loaded. Self-contained: the browser receives this function's source alone.
 */
export function watchScripts(watcher: string): void {
  if (Object.prototype.hasOwnProperty.call(window, watcher)) return;
  let seen = false;
  const look = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1 && ((node as Element).localName === 'script' || (node as Element).querySelector?.('script'))) {
          seen = true;
          observer.disconnect();
          return;
        }
      }
    }
  };
  const observer = new MutationObserver(look);
  try {
    observer.observe(document, { subtree: true, childList: true });
  } catch {
    seen = true;
  }
  Object.defineProperty(window, watcher, {
    value: () => {
      look(observer.takeRecords());
      return seen;
    },
    enumerable: false, configurable: false, writable: false,
  });
}

/** The script watcher as `context.addInitScript` takes it. */
export const SCRIPT_WATCH = [watchScripts, WATCHER] as const;

/** How a page came to rest: it cannot change by itself, it stayed unchanged for a while, or the wait ran out. */
export type Settled = 'static' | 'quiet' | 'busy';

/** Longest wait for the page's scripts to go idle after its DOM settled (a safety bound, stretched on a busy machine). */
const IDLE_MS = 3_000;

interface SettleSettings {
  /** 'quiet': until the DOM stops changing; 'loaded': a freshly loaded page made ready to read (see `settleLoadedStatements`). */
  mode: 'quiet' | 'loaded';
  maxMs: number;
  quietMs: number;
  watcher: string;
  /** For 'loaded': the second settling after an empty shell grew, and the wait for the scripts to go idle. */
  growMaxMs: number;
  idleMs: number;
  shellText: number;
  shellMs: number;
  shellLinks: number;
}

/**
 * In-page: waits for the page to settle and says how it did. Self-contained: the browser
 * receives this function's source alone.
 *
 * Only code changes a loaded DOM: a script (now or ever, as the watcher saw), an inline event
 * handler (an image that fails to load fires its onerror), a frame (whose script may reach its
 * parent), or a shadow root (content the scan cannot see into). A document with none of them is
 * settled at once ('static'); without the watcher (a context not set up by the crawl) the page is
 * taken to be able to change. Otherwise the DOM must stay unchanged for `quietMs`.
 *
 * 'loaded' goes on: a page that is still an empty shell (a single-page app waiting for its data:
 * little text, no way on but a logo link) gets up to `shellMs` for content to appear and settles
 * again if it grew; a short page a person can already move on from is not waited for. Then the
 * page is left until its main thread is idle: a framework that hydrates server-rendered HTML
 * (React, Vue, Svelte) changes no DOM while it works, so a quiet DOM does not mean its scripts are
 * done, and the observers that fade sections in are attached only when hydration ends.
 * Hydration runs as a chain of tasks, so the first idle period comes after it, however slow the
 * machine.
 */
export async function settlePage(settings: SettleSettings): Promise<Settled> {
  const canChange = () => {
    const watcher = (window as unknown as Record<string, unknown>)[settings.watcher];
    if (typeof watcher !== 'function' || watcher() === true) return true;
    if (document.querySelector('script, iframe, frame, object, embed')) return true;
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.shadowRoot) return true;
      for (const name of el.getAttributeNames()) if (name.length > 2 && name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110) return true;
    }
    return false;
  };
  const quiet = (maxMs: number) => new Promise<Settled>((resolve) => {
    if (!canChange()) return resolve('static');
    const done = (how: Settled) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve(how);
    };
    let timer = setTimeout(() => done('quiet'), settings.quietMs);
    const limit = setTimeout(() => done('busy'), Math.max(0, maxMs));
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => done('quiet'), settings.quietMs);
    });
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const settledAs = await quiet(settings.maxMs);
  if (settings.mode === 'quiet') return settledAs;
  const textLength = () => (document.body ? document.body.innerText.trim().length : 0);
  const links = () => document.querySelectorAll('a[href]').length;
  const grew = () => {
    if (textLength() >= settings.shellText || document.scripts.length === 0 || links() > settings.shellLinks) return Promise.resolve(false);
    const startLinks = links();
    const startText = textLength();
    return new Promise<boolean>((resolve) => {
      const limit = setTimeout(() => {
        clearInterval(poll);
        resolve(false);
      }, settings.shellMs);
      const poll = setInterval(() => {
        if (links() > startLinks || textLength() >= Math.max(settings.shellText, startText * 2)) {
          clearInterval(poll);
          clearTimeout(limit);
          resolve(true);
        }
      }, 100);
    });
  };
  if (await grew()) await quiet(settings.growMaxMs);
  if (settledAs === 'static') return settledAs;
  await new Promise<boolean>((resolve) => {
    if (typeof requestIdleCallback !== 'function') return resolve(false);
    const limit = setTimeout(() => resolve(false), Math.max(0, settings.idleMs));
    requestIdleCallback(() => {
      clearTimeout(limit);
      resolve(true);
    }, { timeout: Math.max(1, settings.idleMs) });
  });
  return settledAs;
}

function settleSettings(mode: SettleSettings['mode'], maxMs: number): SettleSettings {
  return {
    mode, maxMs, quietMs: QUIET_MS, watcher: WATCHER, growMaxMs: MAX_MS, idleMs: paced(IDLE_MS),
    shellText: SHELL_TEXT, shellMs: SHELL_MS, shellLinks: SHELL_LINKS,
  };
}

/**
 * Waits until the page stops changing (client-side rendering, links added late, menus
 * animating), never longer than `maxMs`: a page that changes forever (a ticker, a carousel)
 * is read as it is then. No network-idle wait: analytics beacons never go idle. A document
 * that can run no code is settled at once.
 */
export async function waitForSettle(page: Page, maxMs = MAX_MS): Promise<Settled> {
  const how = await withTimeout(page.evaluate(settlePage, settleSettings('quiet', Math.max(0, maxMs))), maxMs + 1_000, 'waiting for the page to settle')
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
  return `if (await ${inPageCall(settlePage, settleSettings('loaded', wait))} !== 'static') await ${scrollPassCall()};`;
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
