import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Barrier } from '../model/audit-result.js';
import { NO_CONSENT_DIALOG, passConsent } from '../interact/consent.js';
import { actionListCall, actionsFrom, listActions, performAction, type PageAction } from '../interact/page-actions.js';
import { withTimeout } from '../util/with-timeout.js';
import type { VisitInteraction } from './visit-page.js';
import { pageKey } from './normalize-url.js';

/**
 * Most controls listed, and offered, from one view of a page; and most actions in a row on one
 * page. Every control listed is offered from the view that shows it: one held back for a later
 * view (an FAQ's ninth question) would be counted a click further than a person finds it.
 */
export const MAX_LISTED = 24;
export const MAX_ACTIONS_PER_VIEW = MAX_LISTED;
export const MAX_ACTION_CHAIN = 3;
const SCREENSHOT_MS = 8_000;

/** One view of a page: the URL loaded, then the in-page actions taken on it, in order. */
export interface PageState {
  url: string;
  actions: PageAction[];
}

/** A view of a page, by its address and the controls opened on it. */
export function viewKey(state: PageState): string {
  return JSON.stringify([pageKey(state.url) ?? state.url, state.actions.map((action) => action.key)]);
}

export interface StateResult {
  /** The last action loaded another document: the view is a page of its own. */
  navigated: boolean;
  /** Controls this view offers. */
  candidates: PageAction[];
  consent: Omit<Barrier, 'pageUrl' | 'clicks'> | null;
}

export interface InteractionSettings {
  chatSelectors: readonly string[];
  /** Where barrier screenshots go, when asked for. */
  screenshotDir?: string;
  device: string;
  /** A final address that is another page the crawl already has (see `ReadAt.readElsewhere`): a page view that ends there is not read. */
  readElsewhere?: (finalUrl: string) => boolean;
}

/**
 * Builds what happens on a page before it is read: the consent dialog is passed (a barrier,
 * never a click), then the state's actions are replayed one by one; after reading, the
 * controls on offer are listed.
 */
export function interactionFor(state: PageState, settings: InteractionSettings, wantScreenshot: boolean): VisitInteraction<StateResult> & { result: StateResult } {
  const result: StateResult = { navigated: false, candidates: [], consent: null };
  return {
    result,
    async before(page: Page) {
      let screenshot: string | undefined;
      const pass = await passConsent(page, settings.screenshotDir && wantScreenshot
        ? async () => {
          const file = join(settings.screenshotDir!, `${settings.device}-barrier-consent.png`);
          await withTimeout(page.screenshot({ path: file }), SCREENSHOT_MS, 'screenshot');
          screenshot = file;
        }
        : undefined);
      if (pass) {
        result.consent = {
          kind: 'consent',
          detail: pass.label ? `${pass.platform}: "${pass.label}"` : pass.platform,
          platform: pass.platform,
          clicksToPass: pass.clicks,
          coveredContact: pass.covered,
          passed: pass.passed,
          ...(screenshot ? { screenshot } : {}),
        };
      }
      for (const action of state.actions) {
        const outcome = await performAction(page, action, settings.chatSelectors);
        result.navigated = outcome.navigated;
        if (outcome.navigated) break;
      }
    },
    async after(page: Page) {
      if (!result.navigated && state.actions.length >= MAX_ACTION_CHAIN) return result;
      result.candidates = await listActions(page, settings.chatSelectors, MAX_LISTED);
      return result;
    },
    // A page opened by a link: when no consent dialog stands in the way, it is read and its controls listed in one call.
    ...(state.actions.length === 0 ? {
      leftOut: (finalUrl: string) => (settings.readElsewhere?.(finalUrl) ? result : null),
      atOnce: {
        clear: NO_CONSENT_DIALOG,
        ask: actionListCall(settings.chatSelectors, MAX_LISTED),
        finish(answer: unknown) {
          result.candidates = actionsFrom(answer, MAX_LISTED);
          return result;
        },
      },
    } : {}),
  };
}
