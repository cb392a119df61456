import type { Page } from 'playwright-core';
import { withTimeout } from '../util/with-timeout.js';
import { paced } from '../util/machine-pace.js';
import { evaluateInPage, inPage, inPageWith, type InPage } from '../page/in-page.js';
import { SCROLL_REVEAL_BOUNDS, scrollReveal } from '../page/scroll-reveal.js';
import { settlePage, settleThenScroll, watchScripts, type Settled, type SettleSettings } from '../page/settle-page.js';

/** How long the DOM must stay unchanged to count as settled, and the most we wait for that. */
const QUIET_MS = 250;
/**
 * The quiet spell that is enough when the page has nothing coming that the watcher follows (no
 * timer due, no request, script, style sheet or font on its way): most pages of a real site, where
 * the full spell was half of what a page cost to read. A frame drawn after it lets what frame
 * callbacks and observers do first be done, however slowly the machine draws it.
 */
const BRIEF_MS = 50;
const MAX_MS = 2_000;
const SHELL_TEXT = 100;
const SHELL_MS = 3_000;
/** Most links an empty shell shows (a logo linking home). */
const SHELL_LINKS = 1;

/**
 * Changes of one attribute of one element that count as the page still changing: a preloader's
 * class taken off, a menu's style set as it opens. A slider that sets its slides' attributes on
 * every frame, forever, is an animation past them: the page is read while it runs.
 */
const REPEATS_COUNTED = 3;

/** The name under which the script watcher answers in each document (not writable by the page). */
const WATCHER = '__kontaktkollScriptSeen';

/** The script watcher as `context.addInitScript` takes it. */
export const SCRIPT_WATCH = [watchScripts, WATCHER] as const;

/** Longest wait for the page's scripts to go idle after its DOM settled (a safety bound, stretched on a busy machine). */
const IDLE_MS = 3_000;

/**
 * A page that keeps changing is read when `maxMs` runs out (a ticker, a carousel putting in
 * slides); one still waiting for a request of its own is given that bound stretched on a busy
 * machine, where the server and the browser take longer to deliver what the script fetched.
 */
function settleSettings(mode: SettleSettings['mode'], maxMs: number): SettleSettings {
  return {
    mode, maxMs, requestMaxMs: paced(maxMs), requestGraceMs: paced(2 * QUIET_MS), quietMs: QUIET_MS, briefMs: BRIEF_MS, watcher: WATCHER, growMaxMs: MAX_MS, idleMs: paced(IDLE_MS), animationMs: paced(MAX_MS),
    shellText: SHELL_TEXT, shellMs: SHELL_MS, shellLinks: SHELL_LINKS, repeatsCounted: REPEATS_COUNTED,
  };
}

/**
 * Waits until the page stops changing (client-side rendering, links added late, menus
 * animating), never longer than `maxMs`: a page that changes forever (a ticker, a carousel)
 * is read as it is then. No network-idle wait: analytics beacons never go idle. A document
 * that can run no code is settled at once.
 */
export async function waitForSettle(page: Page, maxMs = MAX_MS): Promise<Settled> {
  const settings = settleSettings('quiet', Math.max(0, maxMs));
  const how = await withTimeout(page.evaluate(settlePage, settings), settings.requestMaxMs + 1_000, 'waiting for the page to settle')
    .catch((): Settled => 'busy');
  return how === 'static' || how === 'quiet' ? how : 'busy';
}

/** Stepping through a page to where hidden elements wait: a safety bound, stretched on a busy machine. */
const SCROLL_STEPS_MS = 5_000;
/** The steps, and the last wait for throttled handlers and frames after them. */
const SCROLL_PASS_MS = SCROLL_STEPS_MS + 2_000;

/** The scroll pass, bounded in an idle machine's time. */
function scrollPass(): InPage<Promise<unknown>> {
  return inPage(scrollReveal, { ...SCROLL_REVEAL_BOUNDS, maxMs: paced(SCROLL_STEPS_MS) });
}

/** Longest a freshly loaded page is waited for: settling, an empty shell filling in, settling again, scrolling through. */
export function loadedPageWaitMs(maxMs: number): number {
  return paced(Math.max(0, Math.min(MAX_MS, maxMs))) + SHELL_MS + paced(MAX_MS) + paced(IDLE_MS) + paced(SCROLL_PASS_MS);
}

/**
 * The call that makes a freshly loaded page ready to read: settled, given time to fill in if it
 * is an empty shell, settled again if it grew, left until its scripts go idle, and scrolled
 * through so that what fades in on scrolling is seen.
 */
export function settleLoaded(maxMs: number): InPage<Promise<void>> {
  const wait = Math.max(0, Math.min(MAX_MS, maxMs));
  return inPageWith(settleThenScroll, { settle: inPage(settlePage, settleSettings('loaded', wait)), scroll: scrollPass() });
}

/** A freshly loaded page made ready to read (see `settleLoaded`), in one call into the page. */
export async function settleLoadedPage(page: Page, maxMs: number): Promise<void> {
  await withTimeout(evaluateInPage(page, settleLoaded(maxMs)), loadedPageWaitMs(maxMs) + 1_000, 'waiting for the page to settle')
    .catch(() => undefined);
}

/**
 * Scrolls a page through (see scroll-reveal.ts) after something a person did on it: a consent
 * dialog passed (while it stood, the page may not scroll), a control pressed, a script link
 * followed. Cheap when nothing on the page is held hidden.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await withTimeout(evaluateInPage(page, scrollPass()), paced(SCROLL_PASS_MS) + 1_000, 'scrolling the page through')
    .catch(() => undefined);
}
