import type { Browser, BrowserContext, Request } from 'playwright-core';
import { paced } from '../util/machine-pace.js';
import { Frontier, type FrontierEntry } from '../clicks/frontier.js';
import { SiteUnreachableError } from '../errors.js';
import type { Barrier, CrawledPage, CrawlError, Device, StoppedBecause } from '../model/audit-result.js';
import type { PathStep } from '../model/click-path.js';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import type { PageAction } from '../interact/page-actions.js';
import { SCRIPT_WATCH_INIT } from '../interact/settle.js';
import { requestFilter } from './blocked-requests.js';
import { CrashRecovery, type BrowserLink } from './crash-recovery.js';
import { contextOptionsFor } from './device-profile.js';
import type { FetchGuard } from './http/fetch-html.js';
import { pageKey } from './normalize-url.js';
import { HttpFirstReader, type Engine, type PageReader, type StateOutcome, type VerdictJudge } from './page-reader.js';
import { PagePool } from './page-pool.js';
import type { ReadFacts } from './read-facts.js';
import { RobotsRules } from './robots.js';
import { scopeOf, type Scope } from './scope.js';
import { interactionFor, MAX_ACTION_CHAIN, MAX_ACTIONS_PER_VIEW, type PageState, type StateResult } from './state-interaction.js';
import { withContact } from './user-agent.js';
import { visitPage } from './visit-page.js';

export interface CrawlOptions {
  startUrl: string;
  maxPages: number;
  maxDepth: number;
  /** Wall-clock time (ms since epoch) at which the crawl must stop. */
  deadline: number;
  device: Device;
  /** Tabs open at once within this audit. */
  concurrency: number;
  probes: SnapshotProbes;
  /** Where to save a screenshot of each barrier (consent dialog), when asked for. */
  screenshotDir?: string;
  /** Proceed past invalid TLS certificates (self-signed test servers, intranets). */
  ignoreHttpsErrors?: boolean;
  /**
   * A fresh browser when the one crawled with died. The page being read is then read again;
   * without it a crash ends the crawl (`stoppedBecause: 'browser-crashed'`).
   */
  restartBrowser?: () => Promise<Browser>;
  /** How pages are read (see page-reader.ts). @default browser */
  engine?: Engine;
  /** Checks before each HTTP fetch (a batch's address guard and host rate limit). */
  fetchGuard?: FetchGuard;
  /** Appended to the user agent of HTTP fetches (robots.txt, pages read without the browser). */
  contact?: string;
  /** Keeps every document read and the browser's traffic, for an evidence bundle. */
  capture?: CrawlCapture;
}

/** Where the crawl hands what an evidence bundle keeps; it costs a copy of every page, so only when asked. */
export interface CrawlCapture {
  /** Each view examined, in breadth-first order, with the documents read when they could be kept. */
  onPage(page: CrawledPage, facts: ReadFacts | undefined): void;
  /** A fresh file for the HAR of a browser context (a restarted browser gets a new one). */
  harPath(): string;
}

/** The engine's channel to its caller: the crawl never prints, it reports. */
export interface CrawlHooks {
  /** Called for every page read, in breadth-first order (deterministic, whatever the concurrency). */
  onSnapshot(snapshot: PageSnapshot): void;
  /** May the crawl stop, given that every page still to come has at least `nextClicks` clicks? */
  canStop(nextClicks: number): boolean;
  onPageStart?(url: string, clicks: number): void;
  /** Lets the `auto` engine tell which pages can change a verdict. */
  judge?: VerdictJudge;
}

export interface CrawlOutcome {
  finalUrl: string;
  pagesVisited: number;
  pagesRendered: number;
  /** Pages fetched over HTTP (the `auto` and `http` engines). */
  pagesFetched: number;
  /** Distinct pages of the site the crawl learnt of: examined, queued, or cut by a budget. */
  pagesKnown: number;
  engine: Engine;
  /** Why `auto` rendered every page from some point on; null when it never had to. */
  browserFallback: string | null;
  stoppedBecause: StoppedBecause;
  unexaminedFromClicks: number | null;
  pagesNotExamined: number;
  blockedByRobots: number;
  errors: CrawlError[];
  /** Consent dialogs and the like met on the way; passing them is not counted as a click. */
  barriers: Barrier[];
  /** How to reproduce the view behind a click path (for screenshots), by `pathSignature`. */
  views: Map<string, PageState>;
  /** Every view examined (`pagesVisited` of them), in breadth-first order. */
  pages: CrawledPage[];
}

/** A click path as a map key. */
export function pathSignature(path: readonly PathStep[]): string {
  return JSON.stringify(path.map((step) => [step.action, step.label, step.url]));
}

const NAVIGATION_MS = 20_000;
const SETTLE_MS = 3_000;
const READ_MS = 10_000;
const MAX_ERRORS = 100;
const MAX_LABEL = 80;
const MAX_VIEWS = 5_000;
/** A navigation of a tab itself, not of an iframe; a popup's first request has no frame yet and counts as a tab. */
function isTopLevel(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    return true;
  }
}

/**
 * Breadth-first crawl by click depth from the start URL, in one browser context with reused tabs.
 * The `http` engine needs no browser (pass null).
 */
export async function crawlSite(browser: Browser | null, options: CrawlOptions, hooks: CrawlHooks): Promise<CrawlOutcome> {
  const scopeRef: { scope: Scope | null } = { scope: null };
  if (!browser || options.engine === 'http') return new SiteCrawl(null, options, hooks, scopeRef, null).run();
  let current = browser;
  let context = await openContext(current, options, scopeRef);
  const pool = new PagePool(context, options.concurrency);
  const { restartBrowser } = options;
  const link: BrowserLink = {
    current: () => current,
    restart: restartBrowser && (async () => {
      await context.close().catch(() => undefined);
      current = await restartBrowser();
      context = await openContext(current, options, scopeRef);
      pool.replaceContext(context);
    }),
  };
  try {
    return await new SiteCrawl(pool, options, hooks, scopeRef, link).run();
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** A fresh, isolated context for the site: its own cookies and storage, scope enforced, popups closed. */
async function openContext(browser: Browser, options: CrawlOptions, scopeRef: { scope: Scope | null }): Promise<BrowserContext> {
  const context = await browser.newContext({
    ...contextOptionsFor(options.device, options.ignoreHttpsErrors),
    // Bodies are left out: the pages themselves are saved beside it, each cut at a bound, which a HAR could not say.
    ...(options.capture ? { recordHar: { path: options.capture.harPath(), content: 'omit' as const } } : {}),
  });
  // Lets a page that can run no code count as settled the moment it has loaded.
  await context.addInitScript(SCRIPT_WATCH_INIT);
  const filter = requestFilter(options.screenshotDir !== undefined);
  await context.route('**/*', (route) => {
    const request = route.request();
    if (filter.blocks(request.url(), request.resourceType())) return route.abort().catch(() => undefined);
    // No click may take the audit off the site: a script navigation out of scope is stopped.
    if (scopeRef.scope && request.isNavigationRequest() && isTopLevel(request) && !scopeRef.scope.contains(request.url())) {
      return route.abort('blockedbyclient').catch(() => undefined);
    }
    return route.fallback().catch(() => undefined);
  });
  // Popups (window.open, target=_blank) are not clicks the crawl counts: close them. Our own tabs have no opener.
  context.on('page', (page) => {
    void page.opener().then((opener) => (opener ? page.close() : undefined)).catch(() => undefined);
  });
  return context;
}

class SiteCrawl {
  private readonly frontier = new Frontier();
  private readonly seen = new Set<string>();
  private readonly robots: RobotsRules;
  private readonly errors: CrawlError[] = [];
  private scope!: Scope;
  private pagesVisited = 0;
  private pagesRendered = 0;
  private blockedByRobots = 0;
  private readonly cutByDepth = new Set<string>();
  /** In-page actions of every queued state, by frontier key; a plain page has none. */
  private readonly actionsOf = new Map<string, PageAction[]>();
  /** Controls already offered per page, so a control seen again in a deeper view is not taken twice. */
  private readonly offered = new Map<string, Set<string>>();
  private readonly barriers: Barrier[] = [];
  private readonly views = new Map<string, PageState>();
  private readonly recovery: CrashRecovery | null;
  private readonly known = new Set<string>();
  private readonly pages: CrawledPage[] = [];
  private abandoned = false;
  private readonly reader: PageReader;
  private readonly httpReader: HttpFirstReader | null;

  constructor(
    private readonly pool: PagePool | null, private readonly options: CrawlOptions, private readonly hooks: CrawlHooks,
    private readonly scopeRef: { scope: Scope | null }, browser: BrowserLink | null,
  ) {
    this.recovery = browser && new CrashRecovery(browser, (url, reason) => this.addError(url, reason));
    const engine = options.engine ?? 'browser';
    const userAgent = withContact(contextOptionsFor(options.device).userAgent ?? '', options.contact);
    this.robots = new RobotsRules(userAgent);
    const render = (state: PageState) => this.visit(state);
    this.httpReader = engine === 'browser' ? null : new HttpFirstReader({
      engine,
      probes: options.probes,
      fetch: {
        userAgent,
        ignoreHttpsErrors: options.ignoreHttpsErrors,
        inScope: (url) => this.scopeRef.scope?.contains(url) ?? true,
        guard: options.fetchGuard,
      },
      fetchMs: () => Math.min(paced(NAVIGATION_MS), this.options.deadline - Date.now()),
      render: engine === 'auto' && pool ? render : null,
      judge: hooks.judge,
      maxLabel: MAX_LABEL,
      concurrency: options.concurrency,
      deadline: options.deadline,
      capture: options.capture !== undefined,
    });
    this.reader = this.httpReader ?? { read: render };
  }

  async run(): Promise<CrawlOutcome> {
    const finalUrl = await this.visitStart();
    let stoppedBecause: StoppedBecause = 'complete';
    let unexaminedFromClicks: number | null = null;
    let pagesNotExamined = 0;
    for (let clicks = this.frontier.minClicks(); clicks !== null; clicks = this.frontier.minClicks()) {
      const level = this.frontier.takeLevel(clicks);
      // Taken pages are seen from now on, so links to them from their own level are not queued again.
      this.markSeen(...level.map(([key]) => key));
      const stop = await this.runLevel(level, clicks);
      if (stop) {
        stoppedBecause = stop.reason;
        pagesNotExamined = stop.left + this.frontier.size;
        unexaminedFromClicks = stop.reason === 'early-stop' ? null : clicks;
        break;
      }
    }
    if (stoppedBecause === 'complete' && this.cutByDepth.size > 0) {
      stoppedBecause = 'max-depth';
      unexaminedFromClicks = this.options.maxDepth + 1;
      pagesNotExamined = this.cutByDepth.size;
    }
    return {
      finalUrl, pagesVisited: this.pagesVisited, pagesRendered: this.pagesRendered,
      pagesFetched: this.httpReader?.pagesFetched ?? 0, pagesKnown: this.known.size, engine: this.options.engine ?? 'browser',
      browserFallback: this.httpReader?.distrust ?? null, stoppedBecause,
      unexaminedFromClicks, pagesNotExamined, blockedByRobots: this.blockedByRobots, errors: this.errors,
      barriers: this.barriers, views: this.views, pages: this.pages,
    };
  }

  private async visitStart(): Promise<string> {
    const { startUrl } = this.options;
    if (!(await this.robots.isAllowed(startUrl))) throw new SiteUnreachableError(startUrl, 'robots.txt disallows the start page');
    this.pagesVisited++;
    // The other tabs open while the start page loads (their failure shows when a page needs one).
    void this.pool?.warm(this.options.concurrency - 1);
    const outcome = await this.reader.read({ url: startUrl, actions: [] }, { clicks: 0, path: [{ action: 'start', label: 'Start', url: startUrl }], start: true });
    if (!outcome.ok) throw new SiteUnreachableError(startUrl, outcome.reason);
    const finalUrl = outcome.reading.url;
    this.log(startUrl, 0, [{ action: 'start', label: outcome.reading.title || 'Start', url: startUrl }], outcome);
    this.scope = scopeOf(finalUrl);
    this.scopeRef.scope = this.scope;
    this.markSeen(startUrl, finalUrl);
    this.known.add(pageKey(finalUrl) ?? finalUrl);
    this.noteBarrier(outcome.extra, finalUrl, 0);
    const path: PathStep[] = [{ action: 'start', label: outcome.reading.title || 'Start', url: finalUrl }];
    this.accept({ ...outcome.reading, clicks: 0, path }, [0], { url: finalUrl, actions: [] }, outcome.extra);
    return finalUrl;
  }

  /** Examines one click depth; returns why the crawl must stop, if it must. */
  private async runLevel(level: Array<[string, FrontierEntry]>, clicks: number): Promise<{ reason: StoppedBecause; left: number } | null> {
    const results = new Array<StateOutcome | 'skipped' | undefined>(level.length);
    let flushed = 0;
    let next = 0;
    let stop: StoppedBecause | null = null;
    let flushedMoved: Array<() => void> = [];
    const flush = () => {
      const before = flushed;
      while (flushed < level.length && results[flushed] !== undefined) {
        const outcome = results[flushed]!;
        const [key, entry] = level[flushed]!;
        if (outcome !== 'skipped') {
          this.log(entry.url, entry.clicks, entry.path, outcome);
          this.record(outcome, entry, this.actionsOf.get(key) ?? []);
        }
        flushed++;
      }
      if (flushed === before) return;
      const waiting = flushedMoved;
      flushedMoved = [];
      for (const wake of waiting) wake();
    };
    // Pages read over HTTP finish far sooner than a render: without a bound on how far tabs run
    // ahead of the first unfinished view, they would spend the page budget before the contact
    // page (taken first, rendered) can end the crawl early.
    const lookahead = Math.max(4, 2 * this.options.concurrency);
    const mayStart = (): StoppedBecause | null => {
      if (this.browserCrashed()) return 'browser-crashed';
      if (this.hooks.canStop(clicks)) return 'early-stop';
      if (Date.now() >= this.options.deadline) return 'timeout';
      if (this.pagesVisited >= this.options.maxPages) return 'max-pages';
      return null;
    };
    let notExamined = 0;
    const worker = async () => {
      while (next < level.length && !this.abandoned) {
        if (next - flushed >= lookahead) {
          await new Promise<void>((wake) => flushedMoved.push(wake));
          continue;
        }
        const index = next++;
        const [key, entry] = level[index]!;
        if (!(await this.robots.isAllowed(entry.url))) {
          this.blockedByRobots++;
          results[index] = 'skipped';
        } else {
          stop ??= mayStart();
          if (stop !== null) {
            notExamined++;
            results[index] = 'skipped';
          } else {
            this.pagesVisited++;
            this.hooks.onPageStart?.(entry.url, entry.clicks);
            try {
              results[index] = await this.reader.read({ url: entry.url, actions: this.actionsOf.get(key) ?? [] }, { clicks: entry.clicks, path: entry.path, start: false });
            } catch (error) {
              // The crawl is given up (the audit starts over): no other tab goes on reading.
              this.abandoned = true;
              throw error;
            }
          }
        }
        flush();
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, level.length) }, worker));
    flush();
    if (stop === null && this.browserCrashed()) stop = 'browser-crashed';
    return stop === null ? null : { reason: stop, left: notExamined };
  }

  /** The browser died and no fresh one could be had: the crawl cannot go on. */
  private browserCrashed(): boolean {
    return typeof this.recovery?.crashed === 'string';
  }

  /** Reads one view; a browser that dies meanwhile is restarted and the view read again. */
  private async visit(state: PageState): Promise<StateOutcome> {
    const { pool, recovery } = this;
    if (!pool || !recovery) return { ok: false, url: state.url, reason: 'no browser' };
    return recovery.visit(state.url, this.options.deadline, () => this.visitOnce(pool, state));
  }

  private async visitOnce(pool: PagePool, state: PageState): Promise<StateOutcome> {
    const remaining = this.options.deadline - Date.now();
    const page = await pool.acquire();
    let healthy = true;
    const interaction = interactionFor(state, {
      chatSelectors: this.options.probes.selectors, screenshotDir: this.options.screenshotDir, device: this.options.device,
    }, this.barriers.length === 0);
    try {
      const outcome = await visitPage(page, state.url, this.options.probes, {
        navigationMs: Math.min(paced(NAVIGATION_MS), remaining),
        settleMs: Math.min(SETTLE_MS, Math.max(0, remaining - 1_000)),
        readMs: paced(READ_MS),
      }, interaction, this.options.capture !== undefined);
      healthy = outcome.ok || !/did not finish/.test(outcome.reason);
      if (outcome.ok) this.pagesRendered++;
      return outcome;
    } finally {
      pool.release(page, healthy);
    }
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
    const path = [...entry.path.slice(0, -1), { ...entry.path[entry.path.length - 1]!, url: reading.url }];
    // A view within the page (a menu opened, a number revealed, a client-side route) is a state of that page.
    if (actions.length > 0 && !extra.navigated) {
      this.accept({ ...reading, clicks: entry.clicks, path }, entry.order, { url: entry.url, actions }, extra);
      return;
    }
    const finalKey = pageKey(reading.url);
    if (finalKey && finalKey !== pageKey(entry.url) && this.seen.has(finalKey)) return;
    if (actions.length > 0 && finalKey && this.seen.has(finalKey)) return;
    this.markSeen(entry.url, reading.url);
    this.accept({ ...reading, clicks: entry.clicks, path }, entry.order, { url: reading.url, actions: [] }, extra);
  }

  /** The crawl log: every view read, whether or not it added anything, so it counts up to `pagesVisited`. */
  private log(url: string, clicks: number, path: PathStep[], outcome: StateOutcome): void {
    const { facts } = outcome;
    const finalUrl = outcome.ok ? outcome.reading.url : outcome.finalUrl ?? outcome.url;
    const last = path[path.length - 1]!;
    const page: CrawledPage = {
      url, finalUrl, clicks,
      // As a channel's path: the last step leads where the view ended.
      path: outcome.ok ? [...path.slice(0, -1), { ...last, url: finalUrl }] : path,
      status: facts?.status ?? (outcome.ok ? outcome.reading.status : null),
      engine: outcome.ok ? facts?.engine ?? null : null,
      readAt: new Date(facts?.at ?? Date.now()).toISOString(),
      ...(outcome.ok ? {} : { error: outcome.reason }),
    };
    this.pages.push(page);
    this.options.capture?.onPage(page, facts);
  }

  private noteBarrier(result: StateResult, pageUrl: string, clicks: number): void {
    if (result.consent && this.barriers.length === 0) this.barriers.push({ ...result.consent, pageUrl, clicks });
  }

  private accept(snapshot: PageSnapshot, order: number[], state: PageState, result: StateResult): void {
    this.hooks.onSnapshot(snapshot);
    if (this.views.size < MAX_VIEWS) this.views.set(pathSignature(snapshot.path), state);
    this.offerActions(snapshot, order, state, result.candidates);
    const childClicks = snapshot.clicks + 1;
    snapshot.links.forEach((link, index) => {
      const key = pageKey(link.href);
      if (!key || !this.scope.contains(key)) return;
      this.known.add(key);
      if (this.seen.has(key)) return;
      if (childClicks > this.options.maxDepth) {
        this.cutByDepth.add(key);
        return;
      }
      const label = (link.text || new URL(key).pathname).slice(0, MAX_LABEL);
      this.frontier.offer(key, {
        url: key, clicks: childClicks, order: [...order, index],
        path: [...snapshot.path, { action: 'link', label, url: key }],
      });
    });
  }

  /** Each control a view offers is one more click, queued in the same breadth-first frontier as links. */
  private offerActions(snapshot: PageSnapshot, order: number[], state: PageState, candidates: PageAction[]): void {
    const base = pageKey(state.url);
    if (!base || state.actions.length >= MAX_ACTION_CHAIN) return;
    const offered = this.offered.get(base) ?? new Set<string>();
    this.offered.set(base, offered);
    // Controls already present in the view before the last action were offered there.
    for (const earlier of state.actions) offered.add(earlier.key);
    const childClicks = snapshot.clicks + 1;
    let taken = 0;
    candidates.forEach((action, index) => {
      if (offered.has(action.key) || taken >= MAX_ACTIONS_PER_VIEW) return;
      offered.add(action.key);
      if (childClicks > this.options.maxDepth) {
        this.cutByDepth.add(`${base}\u0000${action.key}`);
        return;
      }
      taken++;
      const actions = [...state.actions, action];
      const key = `${base}\u0000${actions.map((a) => a.key).join('\u0001')}`;
      this.actionsOf.set(key, actions);
      this.frontier.offer(key, {
        url: state.url, clicks: childClicks, order: [...order, snapshot.links.length + index],
        path: [...snapshot.path, { action: action.kind, label: action.label.slice(0, MAX_LABEL), url: snapshot.url }],
      });
    });
  }

  private markSeen(...urls: string[]): void {
    for (const url of urls) {
      const key = pageKey(url);
      if (key) this.seen.add(key);
    }
  }

  private addError(url: string, reason: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ url, reason });
  }
}
