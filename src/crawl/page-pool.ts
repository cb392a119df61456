import type { BrowserContext, Page } from 'playwright-core';
import { paced } from '../util/machine-pace.js';
import { CpuShare } from '../util/cpu-share.js';
import { withTimeout } from '../util/with-timeout.js';

/**
 * Opening a tab loads no page, so no site can make it hang: a browser that died rejects it at
 * once, and only an overloaded machine makes it slow (a new renderer process has to start, and
 * a CI runner's other browsers compete for the cores before the load average shows it). The
 * bound is therefore generous: a tab that could not be opened turns into a page not examined,
 * which is a different verdict.
 */
const OPEN_TAB_MS = 60_000;
/**
 * A tab being opened, given up the moment its context closes or its browser goes away: a tab
 * asked of a browser that was killed is otherwise answered by nothing but the bound.
 */
function untilGone(opening: Promise<Page>, context: BrowserContext): Promise<Page> {
  const browser = context.browser();
  if (browser && !browser.isConnected()) return Promise.reject(new Error('the browser has disconnected'));
  let onGone: (() => void) | undefined;
  const gone = new Promise<never>((_, reject) => {
    onGone = () => reject(new Error('the browser has disconnected'));
    context.once('close', onGone);
    browser?.once('disconnected', onGone);
  });
  return Promise.race([opening, gone]).finally(() => {
    if (!onGone) return;
    context.off('close', onGone);
    browser?.off('disconnected', onGone);
  });
}

/**
 * Pages one tab loads before it is replaced. A renderer keeps some memory from every page it
 * has shown, so a long-lived tab grows with the pages examined; a fresh one every so many pages
 * costs a few milliseconds per page and keeps the browser's memory flat.
 */
export const PAGES_PER_TAB = 20;

/**
 * A page with no idle tab waits for a busy one to come free at most as long as opening a new tab
 * took (a renderer starting: a third to half a second of a core here): on a small site, whose
 * pages are read in a fraction of that, a few tabs read them all; a heavy site's pages, seconds
 * each, still get every tab, each a moment later. Never longer than this.
 */
const MAX_WAIT_MS = 1_000;
/**
 * Share of every core kept busy at which a new tab could only take cores from the tabs already
 * reading: a renderer starting then costs half a second of a core and reads nothing sooner.
 */
const BUSY_SHARE = 0.85;
/** The longest a page waits for a free tab on a machine that busy, before a tab is opened for it all the same. */
const MAX_BUSY_WAIT_MS = 5_000;
/** How often a waiting page asks again whether to go on waiting. */
const WAIT_CHECK_MS = 100;

/**
 * A fixed set of tabs reused for every page of an audit: a new context or tab per page costs
 * several times the render itself. A tab that misbehaved is thrown away and replaced. Tabs open
 * when pages need them, not ahead: each starts a renderer (about half a second of a core), and
 * opened ahead they competed with the start page for the cores and stood unused on small sites.
 * Nor when a busy tab comes free sooner than a new one would open (`MAX_WAIT_MS`), nor while the
 * machine's cores are all busy (`BUSY_SHARE`). Which tab reads a page never changes what is read.
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private readonly owned = new Set<Page>();
  private readonly uses = new WeakMap<Page, number>();
  /** Callers waiting for a busy tab to come free before a new one is opened for them. */
  private readonly waiting: Array<(page: Page | undefined) => void> = [];
  /** How long the last tab took to open and be readied: a page waits that long for a free tab before one is opened for it. */
  private openMs = 0;
  private created = 0;
  private readonly cpu = new CpuShare();

  /** `prepare` readies each new tab before its first page (the crawl's request rules). */
  constructor(private context: BrowserContext, private readonly size: number, private readonly prepare?: (page: Page) => Promise<void>) {}

  /** The browser died and the crawl goes on in a fresh one: tabs of the old context are gone. */
  replaceContext(context: BrowserContext): void {
    this.context = context;
    this.idle.length = 0;
    this.owned.clear();
  }

  /**
   * An idle tab: one for which `prefer` holds when there is one (a tab showing the view the
   * caller's control is opened on); else, with `keep`, a new tab while the pool may still open
   * one rather than a tab `keep` holds on to (a view other controls may be opened on).
   */
  async acquire(prefer?: (page: Page) => boolean, keep?: (page: Page) => boolean): Promise<Page> {
    const preferred = prefer ? this.idle.findIndex(prefer) : -1;
    const spare = keep && this.owned.size < this.size && this.idle.every(keep);
    const page = (preferred >= 0 ? this.idle.splice(preferred, 1)[0] : spare ? undefined : this.idle.pop())
      ?? (this.idle.length === 0 && this.owned.size > 0 ? await this.freed() : undefined);
    if (page && !page.isClosed()) {
      this.uses.set(page, (this.uses.get(page) ?? 0) + 1);
      return page;
    }
    const fresh = await this.open();
    this.uses.set(fresh, 1);
    return fresh;
  }

  private async open(): Promise<Page> {
    this.created++;
    const started = performance.now();
    const opening = this.context.newPage();
    const fresh = await withTimeout(untilGone(opening, this.context), paced(OPEN_TAB_MS), 'opening a tab').catch((error: unknown) => {
      // A tab that opens after all would otherwise stay open, unowned, until the browser closes.
      void opening.then((late) => late.close()).catch(() => undefined);
      throw error;
    });
    this.owned.add(fresh);
    if (this.prepare) {
      await withTimeout(this.prepare(fresh), paced(OPEN_TAB_MS), 'preparing a tab').catch((error: unknown) => {
        this.owned.delete(fresh);
        void fresh.close().catch(() => undefined);
        throw error;
      });
    }
    fresh.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    this.openMs = performance.now() - started;
    return fresh;
  }

  /**
   * A tab released while the caller waits, handed straight to it; undefined when none came free
   * in time. It waits as long as opening a tab took and, past that, for as long as the machine's
   * cores stay all but fully busy (the tabs already reading, or other work), within a bound: a new
   * renderer would then slow the others as much as it reads. Whether they are is asked again as
   * the wait goes on, since a busy tab may turn to waiting on its page's timers.
   */
  private freed(): Promise<Page | undefined> {
    const started = performance.now();
    const opening = Math.min(this.openMs, MAX_WAIT_MS);
    const waitOn = () => {
      const waited = performance.now() - started;
      return waited < opening || (waited < MAX_BUSY_WAIT_MS && this.cpu.now() >= BUSY_SHARE);
    };
    if (!waitOn()) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const take = (page: Page | undefined) => {
        clearInterval(timer);
        resolve(page);
      };
      const timer = setInterval(() => {
        if (waitOn()) return;
        clearInterval(timer);
        const at = this.waiting.indexOf(take);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(undefined);
      }, WAIT_CHECK_MS);
      this.waiting.push(take);
    });
  }

  release(page: Page, healthy: boolean): void {
    const worn = (this.uses.get(page) ?? 0) >= PAGES_PER_TAB;
    if (healthy && !worn && !page.isClosed() && page.context() === this.context && this.idle.length < this.size) {
      const waiter = this.waiting.shift();
      if (waiter) waiter(page);
      else this.idle.push(page);
      return;
    }
    this.owned.delete(page);
    void page.close().catch(() => undefined);
  }

  get tabsCreated(): number {
    return this.created;
  }
}
