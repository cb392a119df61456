import type { Page } from 'playwright-core';
import type { SnapshotProbes } from '../model/page-snapshot.js';
import { listActions, performAction, pressMarked, type PageAction } from '../interact/page-actions.js';
import { scrollThrough, waitForSettle } from '../interact/settle.js';
import { paced } from '../util/machine-pace.js';
import { withTimeout } from '../util/with-timeout.js';
import type { StateOutcome } from './page-reader.js';
import { interactionFor, MAX_LISTED, viewKey, type InteractionSettings, type PageState } from './state-interaction.js';
import { viewSignature } from './view-signature.js';
import { readView } from './visit-page.js';

/**
 * What each tab shows once a view was read in it, so that the next control of the same page (an
 * FAQ's next question, a staff card beside the last one) is opened on the page already loaded
 * instead of loading, settling and scrolling it again.
 *
 * A tab is used so only when it is back at the view the control is opened on, as that view was
 * recorded: the control it last opened is shut (Escape, for a dialog or menu; else the control
 * pressed again, for an accordion or a toggle), then the tab is read, and its reading and
 * controls must equal the recorded view's in every respect (`viewSignature`). What the page
 * keeps of the last control (a section it appended, a widget it loaded, a popup that came up
 * meanwhile) fails that test, and the view is loaded afresh. So a view read in a reused tab is
 * read as a fresh load shows it, and whether a tab was free to be reused (a matter of timing)
 * never changes what the audit reports.
 */
export class TabViews {
  private readonly shown = new WeakMap<Page, TabView>();
  /** Per view controls are opened on: how often a tab was brought back to it, and how often that failed. */
  private readonly tries = new Map<string, { reopened: number; failed: number }>();

  /**
   * Whether the tab shows the view `base`, or shows a control opened on it; not once bringing a
   * tab back to that view failed twice and never worked (its controls leave something behind).
   */
  holds(page: Page, base: string): boolean {
    const view = this.shown.get(page);
    const tried = this.tries.get(base);
    if (tried && tried.reopened === 0 && tried.failed >= GIVE_UP_AFTER) return false;
    return view !== undefined && (view.current === base || view.base === base);
  }

  /** Whether the tab shows a view with controls to open, or one of them opened. */
  offersControls(page: Page): boolean {
    return this.shown.has(page);
  }

  /** What the tab shows after `state` was read in it (nothing known when the read failed or left the page). */
  note(page: Page, state: PageState, outcome: StateOutcome): void {
    if (!outcome.ok || outcome.extra.navigated || (state.actions.length === 0 && outcome.extra.candidates.length === 0)) {
      this.shown.delete(page);
      return;
    }
    const last = state.actions.at(-1);
    const status = outcome.reading.status;
    this.shown.set(page, last
      ? { current: viewKey(state), base: baseKeyOf(state), undo: last, status }
      : { current: viewKey({ url: outcome.reading.url, actions: [] }), base: null, undo: null, status });
  }

  /**
   * Opens the last control of `state` in a tab that `holds` the view it is opened on, whose
   * recorded signature is `expected`; null when the tab cannot be brought back to that view
   * (the caller then loads the view afresh, in the same tab).
   */
  async reopen(page: Page, state: PageState, expected: string, settings: ReopenSettings): Promise<StateOutcome | null> {
    const base = baseKeyOf(state);
    const tried = this.tries.get(base) ?? { reopened: 0, failed: 0 };
    if (this.tries.size < MAX_TRIED) this.tries.set(base, tried);
    const outcome = await this.bringBack(page, state, expected, settings).catch(() => null);
    if (outcome) tried.reopened++;
    else tried.failed++;
    return outcome;
  }

  private async bringBack(page: Page, state: PageState, expected: string, settings: ReopenSettings): Promise<StateOutcome | null> {
    const view = this.shown.get(page);
    const action = state.actions.at(-1);
    this.shown.delete(page);
    if (!view || !action) return null;
    const { chatSelectors } = settings;
    const isBase = async () => viewSignature(await readView(page, settings.probes, settings.readMs), await listActions(page, chatSelectors, MAX_LISTED)) === expected;
    if (view.current !== baseKeyOf(state)) {
      // The control pressed last is left out of the controls a view lists: set aside, it is listed as the recorded view did.
      const pressed = view.undo ? await inTab(page, setAside, PRESSED) : 'none';
      if (pressed === 'none') return null;
      const escape = async () => {
        await withTimeout(page.keyboard.press('Escape'), paced(KEY_MS), 'pressing Escape');
        await waitForSettle(page);
        return isBase();
      };
      const pressAgain = async () => {
        if (await inTab(page, markAgain, PRESSED) !== 'marked') return false;
        const shut = await pressMarked(page);
        return !shut.navigated && await inTab(page, setAside, PRESSED) !== 'none' && isBase();
      };
      // What shows itself as expanded shuts when pressed again (an accordion, a toggle); a dialog or a menu shuts on Escape.
      const shut = pressed === 'expanded' ? await pressAgain() || await escape() : await escape() || await pressAgain();
      if (!shut) return null;
    } else if (!(await isBase())) {
      return null;
    }
    const interaction = interactionFor(state, settings, false);
    interaction.result.navigated = (await performAction(page, action, chatSelectors)).navigated;
    await scrollThrough(page);
    const read = await readView(page, settings.probes, settings.readMs);
    const extra = await interaction.after!(page);
    return { ok: true, reading: { url: page.url(), status: view.status, ...read }, extra, facts: { engine: 'browser', at: Date.now(), status: view.status } };
  }
}

/** The key of the view the last control of `state` is opened on. */
export function baseKeyOf(state: PageState): string {
  return viewKey({ url: state.url, actions: state.actions.slice(0, -1) });
}

export interface ReopenSettings extends InteractionSettings {
  probes: SnapshotProbes;
  readMs: number;
}

interface TabView {
  /** The view the tab shows (`viewKey`). */
  current: string;
  /** The view the control it shows was opened on, and that control; null for a page as loaded. */
  base: string | null;
  undo: PageAction | null;
  /** The HTTP status the page was loaded with. */
  status: number;
}

const KEY_MS = 2_000;
const GIVE_UP_AFTER = 2;
/** Views remembered in `tries`: a bound against a site of endless pages with controls. */
const MAX_TRIED = 2_000;
const SCRIPT_MS = 3_000;
/** Where the tab keeps the control pressed last while it is unmarked (not writable by the page). */
const PRESSED = '__kontaktkollPressed';

async function inTab(page: Page, fn: (name: string) => string, name: string): Promise<string> {
  return String(await withTimeout(page.evaluate(fn, name), paced(SCRIPT_MS), 'marking the control'));
}

/** In-page: takes the mark off the control pressed last, keeping the control to press again; whether it now shows itself expanded. */
function setAside(name: string): 'none' | 'expanded' | 'set' {
  const el = document.querySelector('[data-kontaktkoll-target]');
  if (!el) return 'none';
  el.removeAttribute('data-kontaktkoll-target');
  Object.defineProperty(window, name, { value: el, configurable: true, enumerable: false });
  return el.getAttribute('aria-expanded') === 'true' || (el.localName === 'summary' && el.parentElement?.hasAttribute('open')) ? 'expanded' : 'set';
}

/** In-page: marks the control set aside again, to be pressed. */
function markAgain(name: string): 'marked' | 'gone' {
  const el = (window as unknown as Record<string, Element | undefined>)[name];
  if (!el || !el.isConnected) return 'gone';
  el.setAttribute('data-kontaktkoll-target', '1');
  return 'marked';
}
