import type { Page, Request } from 'playwright-core';
import type { PathAction } from '../model/click-path.js';
import { paced } from '../util/machine-pace.js';
import { withTimeout } from '../util/with-timeout.js';
import { CONTROL_VOCABULARY, findControls } from '../page/find-controls.js';
import { evaluateInPage, inPage, type InPage } from '../page/in-page.js';
import { pressWhereItLands } from './press-where-it-lands.js';
import { waitForSettle } from './settle.js';

/** The kinds of in-page activation; each is one click. */
export type ActionKind = Extract<PathAction, 'reveal' | 'menu' | 'chat' | 'link'>;

/** A control found on a page, named so it can be found again after a reload. */
export interface PageAction {
  kind: ActionKind;
  /** The control's visible label (or aria-label / title), as a person reads it. */
  label: string;
  /** kind | label | ordinal among equal kind and label. */
  key: string;
  /**
   * What the control is and what it opens, as a digest: its kind, label and attributes, and the
   * text and link targets of what it governs (the panel it names, else the header, menu or footer
   * it sits in, else its parent). The same on every page built from one template, so the crawl
   * opens a site-wide menu once (see CrawlFrontier.offerActions).
   */
  template: string;
}

export interface ActionOutcome {
  /** The click loaded another document (script navigation), not a change within the page. */
  navigated: boolean;
}

const SCRIPT_MS = 3_000;
const CLICK_MS = 2_500;
/** The DOM click after a real click gave up: a bound against a page that never answers, generous for a busy machine. */
const FALLBACK_MS = 10_000;
const NAVIGATION_MS = 8_000;

/** The call listing the candidate actions (see `listActions`); its answer goes through `actionsFrom`. */
export function actionListCall(chatSelectors: readonly string[], max: number): InPage<unknown> {
  return inPage(findControls, { mode: 'list', max, chatSelectors, ...CONTROL_VOCABULARY });
}

/** The actions in an answer of `actionListCall`: what the page said, checked, at most `max`. */
export function actionsFrom(found: unknown, max: number): PageAction[] {
  return Array.isArray(found) ? found.filter(isPageAction).slice(0, max) : [];
}

/** Candidate actions on the page as it is now, most telling kinds first, at most `max`. */
export async function listActions(page: Page, chatSelectors: readonly string[], max: number): Promise<PageAction[]> {
  const found = await withTimeout(evaluateInPage(page, actionListCall(chatSelectors, max)), paced(SCRIPT_MS), 'finding in-page actions')
    .catch(() => []);
  return actionsFrom(found, max);
}

function isPageAction(value: unknown): value is PageAction {
  const action = value as PageAction;
  return typeof action?.key === 'string' && typeof action.label === 'string' && typeof action.template === 'string' && ['reveal', 'menu', 'chat', 'link'].includes(action.kind);
}

/**
 * Activates one control with a real click, as a person would, and waits (bounded) for what it
 * does: a change within the page or a new document. Throws when the control is gone.
 */
export async function performAction(page: Page, action: PageAction, chatSelectors: readonly string[]): Promise<ActionOutcome> {
  const marked = await withTimeout(
    page.evaluate(findControls, { mode: 'mark' as const, key: action.key, chatSelectors, ...CONTROL_VOCABULARY }) as Promise<boolean>,
    paced(SCRIPT_MS), 'finding the control',
  );
  if (marked !== true) throw new Error(`control "${action.label}" not found`);
  return pressMarked(page);
}

/** The control `findControls` marked to be pressed. */
const MARKED = '[data-kontaktkoll-target]';

/** Presses the control marked `data-kontaktkoll-target` (see `performAction`), and waits for what it does. */
export async function pressMarked(page: Page): Promise<ActionOutcome> {
  // The navigation a click sets off, if any: settled once its new document has come (or the request failed).
  let arrival: Promise<unknown> | null = null;
  const onRequest = (request: Request) => {
    if (arrival || !request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
    arrival = Promise.race([
      page.waitForEvent('domcontentloaded', { timeout: paced(NAVIGATION_MS) }),
      page.waitForEvent('requestfailed', { predicate: (failed) => failed === request, timeout: paced(NAVIGATION_MS) }),
    ]).catch(() => undefined);
  };
  page.on('request', onRequest);
  try {
    const target = page.locator(MARKED).first();
    try {
      if (!(await pressWhereItLands(page, MARKED))) await target.click({ timeout: paced(CLICK_MS) });
    } catch {
      // Covered by an overlay or animating: a person would still reach it; the DOM click is the same activation.
      // On a busy machine the real click may have landed after all: then a second one would undo it (an accordion closes).
      await withTimeout(
        target.evaluate((el) => { if (!(el as HTMLElement & { __kontaktkollClicked?: boolean }).__kontaktkollClicked) (el as HTMLElement).click(); }, undefined, { timeout: FALLBACK_MS }),
        FALLBACK_MS + SCRIPT_MS, 'clicking the control',
      );
    }
    // A script navigation starts a moment after the click, on a busy machine or behind a slow handler later still.
    await page.waitForTimeout(150);
    if (!arrival) await waitForSettle(page);
    // Started now or while the page settled: the view is the new document, read once it is there.
    if (arrival) {
      await arrival;
      await waitForSettle(page);
    }
  } finally {
    page.off('request', onRequest);
  }
  const navigated = arrival !== null;
  return { navigated };
}
