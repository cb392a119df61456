import type { Browser } from 'playwright-core';
import { paced } from '../util/machine-pace.js';
import { runOrdered } from '../util/ordered-pool.js';
import type { FrontierEntry } from '../clicks/frontier.js';
import { SiteUnreachableError } from '../errors.js';
import type { Barrier, CrawledPage, CrawlError, StoppedBecause } from '../model/audit-result.js';
import type { PathStep } from '../model/click-path.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import type { PageAction } from '../interact/page-actions.js';
import { ActionEffects, type ViewContent } from './action-effects.js';
import { CrashRecovery, type BrowserLink } from './crash-recovery.js';
import type { CrawlHooks, CrawlOptions, CrawlOutcome } from './crawl-contract.js';
import { pathSignature } from './crawl-contract.js';
import { BrowserReader, NAVIGATION_MS } from './browser-reader.js';
import { CrawlFrontier, MAX_LABEL } from './crawl-frontier.js';
import { crawledPageOf } from './crawled-page.js';
import { contextOptionsFor } from './device-profile.js';
import { pageKey, slashlessKey } from './normalize-url.js';
import { HttpFirstReader } from './http-first-reader.js';
import type { FetchSettings } from './http/fetch-html.js';
import { guessFirstClicks } from './first-clicks-ahead.js';
import type { PageReader, StateOutcome } from './page-reader.js';
import { PagePool } from './page-pool.js';
import { RobotsRules } from './robots.js';
import { scopeOf, type Scope } from './scope.js';
import { viewKey, type PageState, type StateResult } from './state-interaction.js';
import { openContext, tabRules } from './site-context.js';
import { prepareCrawlTab } from './crawl-tab.js';
import { withContact } from './user-agent.js';
import { viewSignature } from './view-signature.js';

export { pathSignature } from './crawl-contract.js';
export type { CrawlCapture, CrawlHooks, CrawlOptions, CrawlOutcome } from './crawl-contract.js';

const MAX_ERRORS = 100;
const MAX_VIEWS = 5_000;
/** How far past the first view not yet recorded a level's reads may run (see `runLevel`). */
const LOOKAHEAD_PER_TAB = 8;
/** Views whose content is kept to tell what a control opened on them added (see `ActionEffects`). */
const MAX_CONTENTS = 500;
/**
 * Breadth-first crawl by click depth from the start URL, in one browser context with reused tabs.
 * The `http` engine needs no browser (pass null).
 */
export async function crawlSite(browser: Browser | null, options: CrawlOptions, hooks: CrawlHooks): Promise<CrawlOutcome> {
  const scopeRef: { scope: Scope | null } = { scope: null };
  if (!browser || options.engine === 'http') return new SiteCrawl(null, options, hooks, scopeRef, null).run();
  let current = browser;
  let context = await openContext(current, options);
  const rules = tabRules(options, scopeRef);
  const pool = new PagePool(context, options.concurrency, (page) => prepareCrawlTab(page, rules));
  const { restartBrowser } = options;
  const link: BrowserLink = {
    current: () => current,
    restart: restartBrowser && (async () => {
      await context.close().catch(() => undefined);
      current = await restartBrowser();
      context = await openContext(current, options);
      pool.replaceContext(context);
    }),
  };
  try {
    return await new SiteCrawl(pool, options, hooks, scopeRef, link).run();
  } finally {
    await context.close().catch(() => undefined);
  }
}

class SiteCrawl {
  private readonly frontier: CrawlFrontier;
  private readonly robots: RobotsRules;
  private readonly errors: CrawlError[] = [];
  private scope!: Scope;
  private pagesVisited = 0;
  private viewsByAction = 0;
  private blockedByRobots = 0;
  private readonly barriers: Barrier[] = [];
  private readonly views = new Map<string, PageState>();
  private readonly recovery: CrashRecovery | null;
  private readonly pages: CrawledPage[] = [];
  private readonly reader: PageReader;
  private readonly httpReader: HttpFirstReader | null;
  private readonly browserReader: BrowserReader | null;
  private readonly effects = new ActionEffects();
  /**
   * Each view that offered controls, by `viewKey`: the base an opened control's view is compared
   * with, read for its findings only once one is (most controls are never opened: see offerActions).
   */
  private readonly contents = new Map<string, PageSnapshot | ViewContent>();
  /** Each view that offered controls as the browser read it, by `viewKey`: what a tab must show again to open another of them (see tab-views.ts). */
  private readonly signatures = new Map<string, string>();
  private readonly fetchSettings: FetchSettings;
  private readonly fetchMs = (): number => Math.min(paced(NAVIGATION_MS), this.options.deadline() - Date.now());

  constructor(
    pool: PagePool | null, private readonly options: CrawlOptions, private readonly hooks: CrawlHooks,
    private readonly scopeRef: { scope: Scope | null }, browser: BrowserLink | null,
  ) {
    this.frontier = new CrawlFrontier(options.maxDepth);
    this.recovery = browser && new CrashRecovery(browser, (url, reason) => this.addError(url, reason));
    const engine = options.engine ?? 'browser';
    const userAgent = withContact(contextOptionsFor(options.device).userAgent ?? '', options.contact);
    this.robots = new RobotsRules(userAgent);
    this.browserReader = pool && this.recovery && new BrowserReader(pool, this.recovery, options, () => this.barriers.length === 0, (key) => this.signatures.get(key));
    const browserReader = this.browserReader;
    const render = (state: PageState): Promise<StateOutcome> => (browserReader ? browserReader.read(state) : Promise.resolve({ ok: false, url: state.url, reason: 'no browser' }));
    this.fetchSettings = {
      userAgent,
      ignoreHttpsErrors: options.ignoreHttpsErrors,
      inScope: (url) => this.scopeRef.scope?.contains(url) ?? true,
      network: options.network,
    };
    this.httpReader = engine === 'browser' ? null : new HttpFirstReader({
      engine,
      probes: options.probes,
      fetch: this.fetchSettings,
      fetchMs: this.fetchMs,
      render: engine === 'auto' && pool ? render : null,
      judge: hooks.judge,
      settledControl: (label, clicks) => this.effects.settledLabel(label, clicks),
      maxLabel: MAX_LABEL,
      concurrency: options.concurrency,
      deadline: options.deadline,
      capture: options.capture !== undefined,
    });
    this.reader = this.httpReader ?? browserReader ?? { read: render };
  }

  async run(): Promise<CrawlOutcome> {
    try {
      return await this.crawl();
    } finally {
      // Pages read ahead of a depth the crawl did not go on to: their tabs are closed before the browser is.
      await this.browserReader?.ahead.drop();
    }
  }

  private async crawl(): Promise<CrawlOutcome> {
    const finalUrl = await this.visitStart();
    let stoppedBecause: StoppedBecause = 'complete';
    let unexaminedFromClicks: number | null = null;
    let pagesNotExamined = 0;
    for (let clicks = this.frontier.minClicks(); clicks !== null; clicks = this.frontier.minClicks()) {
      const level = this.frontier.takeLevel(clicks);
      // A page read ahead that this depth does not hold is not coming.
      this.browserReader?.ahead.keepOnly(level.map(([, entry]) => entry.url));
      const stop = await this.runLevel(level, clicks);
      if (stop) {
        stoppedBecause = stop.reason;
        pagesNotExamined = stop.left + this.frontier.size;
        unexaminedFromClicks = stop.reason === 'early-stop' ? null : clicks;
        break;
      }
    }
    if (stoppedBecause === 'complete' && this.frontier.cutByDepth.size > 0) {
      stoppedBecause = 'max-depth';
      unexaminedFromClicks = this.options.maxDepth + 1;
      pagesNotExamined = this.frontier.cutByDepth.size;
    }
    return {
      finalUrl, pagesVisited: this.pagesVisited, viewsByAction: this.viewsByAction, pagesRendered: this.browserReader?.pagesRendered ?? 0, viewsReopened: this.browserReader?.viewsReopened ?? 0,
      pagesReadAhead: this.browserReader?.pagesReadAhead ?? 0,
      pagesFetched: this.httpReader?.pagesFetched ?? 0, pagesKnown: this.frontier.known.size, engine: this.options.engine ?? 'browser',
      browserFallback: this.httpReader?.distrust ?? null, stoppedBecause,
      unexaminedFromClicks, pagesNotExamined, blockedByRobots: this.blockedByRobots, errors: this.errors,
      barriers: this.barriers, views: this.views, pages: this.pages,
    };
  }

  private async visitStart(): Promise<string> {
    const { startUrl } = this.options;
    if (!(await this.robots.isAllowed(startUrl))) throw new SiteUnreachableError(startUrl, 'robots.txt disallows the start page', 'robots');
    this.pagesVisited++;
    const reading = this.reader.read({ url: startUrl, actions: [] }, { clicks: 0, path: [{ action: 'start', label: 'Start', url: startUrl }], start: true });
    // Not awaited: a slow answer over HTTP must not hold up the render's; past it, nothing is started. A guess that fails is no guess.
    void this.readFirstClicksAhead(startUrl, reading).catch(() => undefined);
    const outcome = await reading;
    if (!outcome.ok) throw new SiteUnreachableError(startUrl, outcome.reason, outcome.timedOut ? 'timeout' : 'unreachable', outcome.netError);
    const finalUrl = outcome.reading.url;
    this.log(startUrl, 0, [{ action: 'start', label: outcome.reading.title || 'Start', url: startUrl }], outcome);
    this.scope = scopeOf(finalUrl);
    this.scopeRef.scope = this.scope;
    this.frontier.markSeen(startUrl, finalUrl);
    this.frontier.markKnown(finalUrl);
    this.noteBarrier(outcome.extra, finalUrl, 0);
    const path: PathStep[] = [{ action: 'start', label: outcome.reading.title || 'Start', url: finalUrl }];
    this.accept({ ...outcome.reading, clicks: 0, path }, [0], { url: finalUrl, actions: [] }, outcome);
    return finalUrl;
  }

  /**
   * While the start page renders, the pages its HTML links to that the render will most likely
   * queue first are read ahead in the tabs it leaves idle (see first-clicks-ahead.ts): the browser
   * engine only, as for any reading ahead, and not for an evidence bundle, whose traffic record
   * would hold the extra request and the guesses dropped. Nothing is started once the render ended.
   */
  private async readFirstClicksAhead(startUrl: string, render: Promise<unknown>): Promise<void> {
    const ahead = this.httpReader === null && this.options.capture === undefined ? this.browserReader?.ahead : undefined;
    if (!ahead) return;
    let rendered = false;
    void render.then(() => (rendered = true), () => (rendered = true));
    const scope = scopeOf(startUrl);
    const settings: FetchSettings = { ...this.fetchSettings, inScope: (url) => scope.contains(url) };
    const guesses = await guessFirstClicks(startUrl, scope, settings, this.fetchMs, this.options.concurrency - 1);
    for (const url of guesses) {
      if (rendered) return;
      ahead.start(url, () => this.robots.isAllowed(url));
    }
  }

  /** Examines one click depth; returns why the crawl must stop, if it must. */
  private async runLevel(level: Array<[string, FrontierEntry]>, clicks: number): Promise<{ reason: StoppedBecause; left: number } | null> {
    let stop: StoppedBecause | null = null;
    let notExamined = 0;
    const mayStart = (): StoppedBecause | null => {
      if (this.browserCrashed()) return 'browser-crashed';
      if (this.hooks.canStop(clicks)) return 'early-stop';
      if (Date.now() >= this.options.deadline()) return 'timeout';
      if (this.pagesVisited >= this.options.maxPages) return 'max-pages';
      return null;
    };
    // The level is taken contact-looking views first: those are what a page's own render may wait for.
    const contactFirst = level.filter(([, entry]) => entry.contactScore > 0).length;
    let begun = 0;
    let reading = 0;
    const readAhead = () => {
      if (begun === level.length && stop === null) this.readAhead(clicks + 1, reading);
    };
    const ahead = this.browserReader?.ahead;
    if (ahead) ahead.onFree = readAhead;
    const read = async (item: [string, FrontierEntry], index: number, delivered: (count: number) => Promise<void>): Promise<StateOutcome | 'skipped'> => {
      begun++;
      reading++;
      try {
        return await readOne(item, index, delivered);
      } finally {
        reading--;
        readAhead();
      }
    };
    const readOne = async ([key, entry]: [string, FrontierEntry], _index: number, delivered: (count: number) => Promise<void>): Promise<StateOutcome | 'skipped'> => {
      const earlierRecorded = () => delivered(contactFirst);
      if (!(await this.robots.isAllowed(entry.url))) {
        this.blockedByRobots++;
        return 'skipped';
      }
      // A control known to add what it added on other pages, at no fewer clicks (see ActionEffects).
      if (this.settledView(key, entry)) return 'skipped';
      stop ??= mayStart();
      if (stop !== null) {
        notExamined++;
        return 'skipped';
      }
      this.pagesVisited++;
      this.hooks.onPageStart?.(entry.url, entry.clicks);
      const readElsewhere = (finalUrl: string) => this.redirectedToSeen(entry.url, finalUrl);
      return this.reader.read({ url: entry.url, actions: this.frontier.actionsOf(key) }, { clicks: entry.clicks, path: entry.path, start: false, earlierRecorded, readElsewhere });
    };
    // The early stop is decided in the level's order, as views are recorded: a view read ahead of
    // the one that ended the search is left out, so what the result holds never depends on which
    // read finished first (a busy machine, a slow render). Reading ahead then only risks work, and
    // pages read over HTTP, far sooner done than a render, need not wait behind one: the bound
    // keeps that risk to a few dozen quick pages, or a handful of renders.
    let stoppedEarly = false;
    const limits = { width: this.options.concurrency, lookahead: LOOKAHEAD_PER_TAB * this.options.concurrency };
    await runOrdered(level, limits, read, (outcome, [key, entry]) => {
      if (outcome === 'skipped') return;
      // Read before the views recorded ahead of it settled its control: left out, as if it had been skipped.
      if (this.settledView(key, entry)) {
        this.pagesVisited--;
        return;
      }
      if (stoppedEarly) {
        this.pagesVisited--;
        notExamined++;
        return;
      }
      this.log(entry.url, entry.clicks, entry.path, outcome);
      const actions = this.frontier.actionsOf(key);
      this.record(outcome, entry, actions);
      if (actions.length > 0) this.viewsByAction++;
      if (this.hooks.canStop(clicks)) {
        stoppedEarly = true;
        stop = 'early-stop';
      }
      // What it recorded may have queued pages of the next depth.
      readAhead();
    });
    if (stop === null && this.browserCrashed()) stop = 'browser-crashed';
    return stop === null ? null : { reason: stop, left: notExamined };
  }

  /**
   * Starts reading pages of depth `clicks` ahead of their turn in the tabs the ending depth leaves
   * idle (`reading` views of it are still under way): the browser engine only, whose every page
   * is a render. `auto` decides from what is recorded before each page whether to render it. Not
   * for an evidence bundle, whose traffic record would hold the pages an early stop dropped.
   */
  private readAhead(clicks: number, reading: number): void {
    const ahead = this.httpReader === null && this.options.capture === undefined ? this.browserReader?.ahead : undefined;
    if (!ahead || ahead.full || clicks > this.options.maxDepth) return;
    // A depth the crawl will not go on to (every channel settled, a budget reached) is not read ahead.
    if (this.hooks.canStop(clicks) || this.browserCrashed() || Date.now() >= this.options.deadline()) return;
    let idle = this.options.concurrency - reading - ahead.inFlight;
    let budget = this.options.maxPages - this.pagesVisited;
    for (const [, entry] of this.frontier.upcomingPages(clicks)) {
      if (idle <= 0 || budget <= 0 || ahead.full) return;
      budget--;
      if (ahead.has(entry.url)) continue;
      ahead.start(entry.url, () => this.robots.isAllowed(entry.url));
      idle--;
    }
  }

  /** What a view that offered controls holds, by its findings (see `contents`). */
  private contentOf(key: string): ViewContent | undefined {
    const kept = this.contents.get(key);
    const findingsOf = this.hooks.judge?.findingsOf;
    if (kept === undefined || kept instanceof Set) return kept;
    if (!findingsOf) return undefined;
    const content = new Set(findingsOf(kept as PageSnapshot));
    this.contents.set(key, content);
    return content;
  }

  /** Is this view one opened by a control whose effect is settled (see `ActionEffects`)? */
  private settledView(key: string, entry: FrontierEntry): boolean {
    const last = this.frontier.actionsOf(key).at(-1);
    return last !== undefined && this.effects.settled(last, entry.clicks);
  }

  /** The browser died and no fresh one could be had: the crawl cannot go on. */
  private browserCrashed(): boolean {
    return typeof this.recovery?.crashed === 'string';
  }

  /** Takes a finished visit into the result, in breadth-first order. */
  private record(outcome: StateOutcome, entry: FrontierEntry, actions: PageAction[]): void {
    if (!outcome.ok) {
      const last = actions[actions.length - 1];
      this.addError(outcome.url, last ? `${last.kind} "${last.label}": ${outcome.reason}` : outcome.reason);
      return;
    }
    const { reading, extra } = outcome;
    if (!this.scope.contains(reading.url)) {
      this.addError(entry.url, `redirected out of scope to ${reading.url}`);
      return;
    }
    this.noteBarrier(extra, reading.url, entry.clicks);
    const named = outcome.path ?? entry.path;
    const path = [...named.slice(0, -1), { ...named[named.length - 1]!, url: reading.url }];
    // A view within the page (a menu opened, a number revealed, a client-side route) is a state of that page.
    if (actions.length > 0 && !extra.navigated) {
      const view = { ...reading, clicks: entry.clicks, path };
      const base = this.contentOf(viewKey({ url: entry.url, actions: actions.slice(0, -1) }));
      const findingsOf = this.hooks.judge?.findingsOf;
      if (base && findingsOf) this.effects.learn(actions.at(-1)!, pageKey(entry.url) ?? entry.url, base, new Set(findingsOf(view)), entry.clicks);
      this.accept(view, entry.order, { url: entry.url, actions }, outcome);
      return;
    }
    if (this.redirectedToSeen(entry.url, reading.url)) return;
    if (actions.length > 0 && this.frontier.hasSeen(reading.url)) return;
    this.frontier.markSeen(entry.url, reading.url);
    this.accept({ ...reading, clicks: entry.clicks, path }, entry.order, { url: reading.url, actions: [] }, outcome);
  }

  /** A page asked for at `url` ended (after redirects) at another page the crawl already has: it adds nothing of its own. The same page with or without its trailing slash is not another page: a host redirecting to the slash and a router dropping it would otherwise have each of two links to it left out for the other. */
  private redirectedToSeen(url: string, finalUrl: string): boolean {
    return slashlessKey(finalUrl) !== slashlessKey(url) && this.frontier.hasSeen(finalUrl);
  }

  /** The crawl log: every view read, whether or not it added anything, so it counts up to `pagesVisited`. */
  private log(url: string, clicks: number, path: PathStep[], outcome: StateOutcome): void {
    const page = crawledPageOf(url, clicks, path, outcome);
    this.pages.push(page);
    this.options.capture?.onPage(page, outcome.facts);
  }

  private noteBarrier(result: StateResult, pageUrl: string, clicks: number): void {
    if (result.consent && this.barriers.length === 0) this.barriers.push({ ...result.consent, pageUrl, clicks });
  }

  private accept(snapshot: PageSnapshot, order: number[], state: PageState, outcome: Extract<StateOutcome, { ok: true }>): void {
    const result = outcome.extra;
    this.hooks.onSnapshot(snapshot);
    if (this.hooks.judge && result.candidates.length > 0 && this.contents.size < MAX_CONTENTS) this.contents.set(viewKey(state), snapshot);
    if (outcome.facts?.engine === 'browser' && result.candidates.length > 0 && this.signatures.size < MAX_CONTENTS) {
      this.signatures.set(viewKey(state), viewSignature(snapshot, result.candidates));
    }
    if (this.views.size < MAX_VIEWS) this.views.set(pathSignature(snapshot.path), state);
    this.frontier.offerActions(snapshot, order, state, result.candidates);
    this.frontier.offerLinks(snapshot, order, this.scope);
  }

  private addError(url: string, reason: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ url, reason });
  }
}
