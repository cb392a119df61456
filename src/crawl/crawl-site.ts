import type { Browser } from 'playwright-core';
import { Frontier, type FrontierEntry } from '../clicks/frontier.js';
import { SiteUnreachableError } from '../errors.js';
import type { CrawlError, Device, StoppedBecause } from '../model/audit-result.js';
import type { PathStep } from '../model/click-path.js';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import { contextOptionsFor } from './device-profile.js';
import { pageKey } from './normalize-url.js';
import { PagePool } from './page-pool.js';
import { RobotsRules } from './robots.js';
import { scopeOf, type Scope } from './scope.js';
import { visitPage, type VisitOutcome } from './visit-page.js';

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
}

/** The engine's channel to its caller: the crawl never prints, it reports. */
export interface CrawlHooks {
  /** Called for every page read, in breadth-first order (deterministic, whatever the concurrency). */
  onSnapshot(snapshot: PageSnapshot): void;
  /** May the crawl stop, given that every page still to come has at least `nextClicks` clicks? */
  canStop(nextClicks: number): boolean;
  onPageStart?(url: string, clicks: number): void;
}

export interface CrawlOutcome {
  finalUrl: string;
  pagesVisited: number;
  pagesRendered: number;
  stoppedBecause: StoppedBecause;
  unexaminedFromClicks: number | null;
  pagesNotExamined: number;
  blockedByRobots: number;
  errors: CrawlError[];
}

const NAVIGATION_MS = 20_000;
const SETTLE_MS = 3_000;
const READ_MS = 10_000;
const MAX_ERRORS = 100;
const MAX_LABEL = 80;

/** Breadth-first crawl by click depth from the start URL, in one browser context with reused tabs. */
export async function crawlSite(browser: Browser, options: CrawlOptions, hooks: CrawlHooks): Promise<CrawlOutcome> {
  const context = await browser.newContext(contextOptionsFor(options.device));
  await context.route('**/*', (route) => {
    const type = route.request().resourceType();
    return type === 'media' || type === 'font' ? route.abort() : route.fallback();
  });
  const pool = new PagePool(context, options.concurrency);
  // Popups (window.open, target=_blank) are not clicks the crawl counts: close them. Our own tabs have no opener.
  context.on('page', (page) => {
    void page.opener().then((opener) => (opener ? page.close() : undefined)).catch(() => undefined);
  });
  try {
    return await new SiteCrawl(pool, options, hooks).run();
  } finally {
    await context.close().catch(() => undefined);
  }
}

class SiteCrawl {
  private readonly frontier = new Frontier();
  private readonly seen = new Set<string>();
  private readonly robots = new RobotsRules();
  private readonly errors: CrawlError[] = [];
  private scope!: Scope;
  private pagesVisited = 0;
  private pagesRendered = 0;
  private blockedByRobots = 0;
  private readonly cutByDepth = new Set<string>();

  constructor(private readonly pool: PagePool, private readonly options: CrawlOptions, private readonly hooks: CrawlHooks) {}

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
      finalUrl, pagesVisited: this.pagesVisited, pagesRendered: this.pagesRendered, stoppedBecause,
      unexaminedFromClicks, pagesNotExamined, blockedByRobots: this.blockedByRobots, errors: this.errors,
    };
  }

  private async visitStart(): Promise<string> {
    const { startUrl } = this.options;
    if (!(await this.robots.isAllowed(startUrl))) throw new SiteUnreachableError(startUrl, 'robots.txt disallows the start page');
    this.pagesVisited++;
    const outcome = await this.visit(startUrl);
    if (!outcome.ok) throw new SiteUnreachableError(startUrl, outcome.reason);
    const finalUrl = outcome.reading.url;
    this.scope = scopeOf(finalUrl);
    this.markSeen(startUrl, finalUrl);
    const path: PathStep[] = [{ action: 'start', label: outcome.reading.title || 'Start', url: finalUrl }];
    this.accept({ ...outcome.reading, clicks: 0, path }, [0]);
    return finalUrl;
  }

  /** Examines one click depth; returns why the crawl must stop, if it must. */
  private async runLevel(level: Array<[string, FrontierEntry]>, clicks: number): Promise<{ reason: StoppedBecause; left: number } | null> {
    const results = new Array<VisitOutcome | 'skipped' | undefined>(level.length);
    let flushed = 0;
    let next = 0;
    let stop: StoppedBecause | null = null;
    const flush = () => {
      while (flushed < level.length && results[flushed] !== undefined) {
        const outcome = results[flushed]!;
        const [, entry] = level[flushed]!;
        if (outcome !== 'skipped') this.record(outcome, entry);
        flushed++;
      }
    };
    const mayStart = (): StoppedBecause | null => {
      if (this.hooks.canStop(clicks)) return 'early-stop';
      if (Date.now() >= this.options.deadline) return 'timeout';
      if (this.pagesVisited >= this.options.maxPages) return 'max-pages';
      return null;
    };
    let notExamined = 0;
    const worker = async () => {
      while (next < level.length) {
        const index = next++;
        const [, entry] = level[index]!;
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
            results[index] = await this.visit(entry.url);
          }
        }
        flush();
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.concurrency, level.length) }, worker));
    flush();
    return stop === null ? null : { reason: stop, left: notExamined };
  }

  private async visit(url: string): Promise<VisitOutcome> {
    const remaining = this.options.deadline - Date.now();
    const page = await this.pool.acquire();
    let healthy = true;
    try {
      const outcome = await visitPage(page, url, this.options.probes, {
        navigationMs: Math.min(NAVIGATION_MS, remaining),
        settleMs: Math.min(SETTLE_MS, Math.max(0, remaining - 1_000)),
        readMs: READ_MS,
      });
      healthy = outcome.ok || !/did not finish/.test(outcome.reason);
      if (outcome.ok) this.pagesRendered++;
      return outcome;
    } finally {
      this.pool.release(page, healthy);
    }
  }

  /** Takes a finished visit into the result, in breadth-first order. */
  private record(outcome: VisitOutcome, entry: FrontierEntry): void {
    if (!outcome.ok) {
      this.addError(outcome.url, outcome.reason);
      return;
    }
    const { reading } = outcome;
    if (!this.scope.contains(reading.url)) {
      this.addError(entry.url, `redirected out of scope to ${reading.url}`);
      return;
    }
    const finalKey = pageKey(reading.url);
    if (finalKey && finalKey !== pageKey(entry.url) && this.seen.has(finalKey)) return;
    this.markSeen(entry.url, reading.url);
    const path = [...entry.path.slice(0, -1), { ...entry.path[entry.path.length - 1]!, url: reading.url }];
    this.accept({ ...reading, clicks: entry.clicks, path }, entry.order);
  }

  private accept(snapshot: PageSnapshot, order: number[]): void {
    this.hooks.onSnapshot(snapshot);
    const childClicks = snapshot.clicks + 1;
    snapshot.links.forEach((link, index) => {
      const key = pageKey(link.href);
      if (!key || this.seen.has(key) || !this.scope.contains(key)) return;
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
