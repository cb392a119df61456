import type { Browser } from 'playwright-core';
import type { RenderMemo } from './render-memo.js';
import type { Barrier, CrawledPage, CrawlError, Device, StoppedBecause } from '../model/audit-result.js';
import type { PathStep } from '../model/click-path.js';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import type { NetworkPolicy } from './network-policy.js';
import type { Engine, VerdictJudge } from './page-reader.js';
import type { ReadFacts } from './read-facts.js';
import type { PageState } from './state-interaction.js';

/** What a crawl is asked (options), told (hooks) and gives back (outcome): the crawl's whole contract with the audit. */
export interface CrawlOptions {
  startUrl: string;
  maxPages: number;
  maxDepth: number;
  /**
   * Wall-clock time (ms since epoch) at which the crawl must stop, asked anew each time: a budget
   * counted in an idle machine's time (util/paced-budget.ts) moves it later while the machine is busy.
   */
  deadline: () => number;
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
  /** What the audit may reach and how fast, in both engines (a batch's address guard and host rate limit). */
  network?: NetworkPolicy;
  /** Appended to the user agent of every request (robots.txt, pages read over HTTP, the browser's). */
  contact?: string;
  /** Keeps every document read and the browser's traffic, for an evidence bundle. */
  capture?: CrawlCapture;
  /** The browser's readings of views already rendered in this audit (an `auto` attempt started over in the browser). */
  renders?: RenderMemo;
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
  /** Of the views examined, those opened by pressing a control on a page: rendered by every engine that renders, for HTML has nothing to press. */
  viewsByAction: number;
  /** Of those, views opened in a tab that already showed the view their control is opened on (see tab-views.ts). */
  viewsReopened: number;
  /** Of those, pages read while the click depth before them was still being read (see read-ahead.ts). */
  pagesReadAhead: number;
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

