import type { PathStep } from '../model/click-path.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import type { PageState, StateResult } from './state-interaction.js';
import type { VisitOutcome } from './visit-page.js';

export type StateOutcome = VisitOutcome<StateResult>;

/** How pages are read: `browser` renders every page, `http` none, `auto` only those that can change a verdict. */
export type { Engine } from '../model/audit-result.js';

/** Where the crawl is when it asks for a page. */
export interface ReadAt {
  clicks: number;
  path: PathStep[];
  /** The start page: always rendered by `auto`, and its two readings compared. */
  start: boolean;
  /**
   * Resolves once the views before this one in its click depth that look like contact routes
   * (taken first) are recorded: a render wanted only for what the views recorded so far lack is
   * decided after them, whichever was read sooner.
   */
  earlierRecorded?: () => Promise<void>;
  /**
   * True for a final address (after redirects) that is another page the crawl already has: a view
   * that ends there is left out of the result, so nothing about it need be rendered.
   */
  readElsewhere?: (finalUrl: string) => boolean;
}

/** The one seam between the crawl and the engines: a view of a page in, a reading out. */
export interface PageReader {
  read(state: PageState, at: ReadAt): Promise<StateOutcome>;
}

/** What only the audit can judge, since it holds the extractors and what was found so far. */
export interface VerdictJudge {
  /**
   * Why this reading must be rendered before it counts: it would add a finding or signal not
   * already kept with as few clicks, or lacks a contact route a person must be able to see. Null
   * when taken as it is it changes no verdict. A view `openedFrom` a page (boxes opened, one
   * click further) is judged only by what it adds to that page, by findings and signals: the page
   * itself counts for the contact-link coverage, not a view of it.
   */
  whyRender(snapshot: PageSnapshot, known?: KnownOfView): string | null;
  /** What a view holds that a verdict is made of, item by item, wherever and however far it was seen (see `findingIdentities`). */
  findingsOf(snapshot: PageSnapshot): string[];
  /** What the browser's reading holds that the HTTP reading of the same page lacks; null when nothing. */
  disagreement(http: PageSnapshot, browser: PageSnapshot): ReadingDisagreement | null;
}

/** What the reader knows of a view beside its reading, which spares rendering it for what it already settles. */
export interface KnownOfView {
  /** The view is this page with boxes opened, one click further (see `whyRender`). */
  openedFrom?: PageSnapshot;
  /**
   * Another reading of the page `openedFrom` is (its HTML's, where that is the browser's): what it
   * shows closed is not the boxes' doing either, as far as this view is concerned.
   */
  closedAlso?: PageSnapshot;
  /**
   * Its header, menu and footer are, as its HTML writes them, those of a page the browser showed
   * as its HTML reads (see `AgreedChromes`): whether a person sees a contact route there is settled.
   */
  chromeAgreed?: boolean;
}

/** How the two readings of one page differ, as far as the verdict is concerned. */
export interface ReadingDisagreement {
  reason: string;
  /** Something the browser shows and the HTML lacks: what a script added (a stylesheet can only take away). */
  onlyInBrowser: boolean;
}

/** The HTTP and browser readings of one page disagreed after pages had been taken from HTTP alone. */
export class EngineDisagreement extends Error {
  constructor(readonly reason: string) {
    super(`HTTP and browser readings disagree: ${reason}`);
    this.name = 'EngineDisagreement';
  }
}

