import type { Page } from 'playwright-core';
import { paced } from '../util/machine-pace.js';
import type { CrawlOptions } from './crawl-contract.js';
import type { CrashRecovery } from './crash-recovery.js';
import type { PageReader, ReadAt, StateOutcome } from './page-reader.js';
import type { PagePool } from './page-pool.js';
import { interactionFor, type InteractionSettings, type PageState } from './state-interaction.js';
import { baseKeyOf, TabViews } from './tab-views.js';
import { visitPage } from './visit-page.js';
import { ReadAhead, type RenderAhead } from './read-ahead.js';

/** Time for a navigation, and for reading a loaded page: safety bounds, stretched on a busy machine. */
export const NAVIGATION_MS = 20_000;
const SETTLE_MS = 3_000;
const READ_MS = 10_000;
/** Pages read ahead and not yet taken, per tab: a bound on the work an early stop throws away. */
const MAX_READ_AHEAD_PER_TAB = 2;

/**
 * Reads each view in the browser: a tab from the pool, the view opened as a person would (the
 * page, a consent dialog passed, the in-page actions taken), read; a browser that dies meanwhile
 * is restarted and the view read again.
 */
export class BrowserReader implements PageReader {
  pagesRendered = 0;
  /** Views opened in a tab that already showed the view their control is opened on (see tab-views.ts); counted among `pagesRendered`. */
  viewsReopened = 0;
  /** Pages read while the click depth before them was still being read (see read-ahead.ts); counted among `pagesRendered`. */
  pagesReadAhead = 0;
  private readonly tabs = new TabViews();
  /** Pages of the next click depth read while this one ends (see read-ahead.ts); `read` takes them in their turn. */
  readonly ahead: ReadAhead;

  constructor(
    private readonly pool: PagePool,
    private readonly recovery: CrashRecovery,
    private readonly options: Pick<CrawlOptions, 'deadline' | 'probes' | 'screenshotDir' | 'device' | 'capture' | 'renders' | 'concurrency'>,
    /** Whether no consent dialog has been passed yet on this site (the first one is recorded, with a screenshot when asked for). */
    private readonly firstBarrier: () => boolean,
    /** The signature (`viewSignature`) of a view as the crawl recorded it from the browser, by `viewKey`. */
    private readonly recorded: (key: string) => string | undefined = () => undefined,
  ) {
    const renderAhead: RenderAhead = async (url, readElsewhere, tabs) => {
      const state = { url, actions: [] };
      // Rendered before an audit started over in the browser: `read` takes it as it was, with nothing to load.
      if (this.options.renders?.get(state)) return { ok: false, url, reason: 'rendered before' };
      return this.recovery.visit(url, this.options.deadline(), () => this.readOnce(state, readElsewhere, tabs));
    };
    this.ahead = new ReadAhead(renderAhead, MAX_READ_AHEAD_PER_TAB * options.concurrency);
  }

  /**
   * A page that ends on another the crawl already has (`at.readElsewhere`) is not read, and not
   * kept for a restart either, where that page may not have been read before it.
   */
  async read(state: PageState, at?: Pick<ReadAt, 'readElsewhere'>): Promise<StateOutcome> {
    const readElsewhere = at?.readElsewhere;
    const { renders } = this.options;
    const memo = renders?.get(state);
    if (memo) {
      this.pagesRendered++;
      return memo;
    }
    const ahead = state.actions.length === 0 ? await this.ahead.take(state.url, readElsewhere) : null;
    if (ahead) {
      this.pagesReadAhead++;
      if (ahead.outcome.ok) this.pagesRendered++;
      if (!ahead.leftOut) renders?.keep(state, ahead.outcome);
      return ahead.outcome;
    }
    let leftOut = false;
    const elsewhere = readElsewhere && ((finalUrl: string) => (leftOut = readElsewhere(finalUrl)));
    const outcome = await this.recovery.visit(state.url, this.options.deadline(), () => this.readOnce(state, elsewhere));
    if (outcome.ok) this.pagesRendered++;
    if (!leftOut) renders?.keep(state, outcome);
    return outcome;
  }

  /**
   * `tabs` holds the tab while it reads the view: the view is read ahead of its turn (see
   * `ReadAhead`), and takes no screenshot of a consent dialog, which only the first page recorded
   * with one keeps: a page read ahead would write it while another one read in its turn does.
   */
  private async readOnce(state: PageState, readElsewhere?: (finalUrl: string) => boolean, tabs?: Set<Page>): Promise<StateOutcome> {
    const remaining = this.options.deadline() - Date.now();
    const base = this.reopenable(state);
    const page = await this.pool.acquire(base ? (tab) => this.tabs.holds(tab, base.key) : undefined, (tab) => this.tabs.offersControls(tab));
    tabs?.add(page);
    let healthy = true;
    const settings: InteractionSettings = {
      chatSelectors: this.options.probes.selectors, device: this.options.device, ...(readElsewhere ? { readElsewhere } : {}),
      ...(tabs ? {} : { screenshotDir: this.options.screenshotDir }),
    };
    try {
      const reopened = base && this.tabs.holds(page, base.key)
        ? await this.tabs.reopen(page, state, base.signature, { ...settings, probes: this.options.probes, readMs: paced(READ_MS) })
        : null;
      if (reopened) this.viewsReopened++;
      const outcome = reopened ?? await visitPage(page, state.url, this.options.probes, {
        navigationMs: Math.min(paced(NAVIGATION_MS), remaining),
        settleMs: Math.min(SETTLE_MS, Math.max(0, remaining - 1_000)),
        readMs: paced(READ_MS),
      }, interactionFor(state, settings, this.firstBarrier()), this.options.capture !== undefined);
      this.tabs.note(page, state, outcome);
      healthy = outcome.ok || outcome.timedOut !== 'reading';
      return outcome;
    } finally {
      tabs?.delete(page);
      this.pool.release(page, healthy);
    }
  }

  /**
   * The view a control's view is opened on, when a tab may be brought back to it: the crawl
   * recorded it from the browser. Not for an evidence bundle, which keeps each view's own load.
   */
  private reopenable(state: PageState): { key: string; signature: string } | null {
    if (state.actions.length === 0 || this.options.capture !== undefined) return null;
    const key = baseKeyOf(state);
    const signature = this.recorded(key);
    return signature === undefined ? null : { key, signature };
  }
}
