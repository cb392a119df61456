import type { Page } from 'playwright-core';
import { slashlessKey } from './normalize-url.js';
import type { StateOutcome } from './page-reader.js';

/**
 * Reads one page ahead of its turn: its reading, uncounted. `readElsewhere` is asked the final
 * address once the document has come (see `ReadAt.readElsewhere`); each tab the reading uses is
 * in `tabs` while it does, so that a reading no longer wanted can be cut short.
 */
export type RenderAhead = (url: string, readElsewhere: (finalUrl: string) => boolean, tabs: Set<Page>) => Promise<StateOutcome>;

/** A page read ahead: its reading, and whether it ended at another address (and was left unread there). */
interface Ahead {
  outcome: StateOutcome;
  elsewhere: boolean;
}

/**
 * Pages of the next click depth read while the last views of this one still are. A depth ends
 * with fewer views in flight than tabs (its slowest page, a view whose control waits for an
 * animation), and the next one cannot begin before it ends, since what it holds is only known
 * then: on a heavy site the tabs stood idle for a quarter of the audit.
 *
 * What the audit reports never depends on it. A page read ahead is taken only when the crawl
 * comes to it in its own turn, and read as it would have been then: a page is read the same
 * whenever it is read. A page that ends at another address (a redirect) is left unread there, as
 * the crawl leaves a page that ends at one it has; in its turn, when the crawl knows whether it
 * has that address, it is read again if it has not. A reading that ran out of time (a busy moment
 * may have caused it) is read again in its turn too. A page the crawl never comes to (an early
 * stop, a budget reached) is dropped, and its reading with it.
 */
export class ReadAhead {
  private readonly kept = new Map<string, Promise<Ahead | null>>();
  /** Tabs reading ahead right now: closed when their readings are no longer wanted. */
  private readonly tabs = new Set<Page>();
  private running = 0;
  private dropped = false;
  /** Told each time a reading ahead ends: a tab is free for the next one. */
  onFree: () => void = () => undefined;

  constructor(private readonly render: RenderAhead, private readonly maxKept: number) {}

  /** Readings under way. */
  get inFlight(): number {
    return this.running;
  }

  /** Whether another page may be read ahead: readings under way and done, not yet taken, stay within the bound. */
  get full(): boolean {
    return this.dropped || this.kept.size >= this.maxKept;
  }

  has(url: string): boolean {
    return this.kept.has(url);
  }

  /** Starts reading the page at `url` ahead, when `mayRead` allows (robots.txt). */
  start(url: string, mayRead: () => Promise<boolean>): void {
    if (this.full || this.kept.has(url)) return;
    this.running++;
    const reading = (async (): Promise<Ahead | null> => {
      try {
        if (!(await mayRead())) return null;
        let elsewhere = false;
        const outcome = await this.render(url, (finalUrl) => (elsewhere = slashlessKey(finalUrl) !== slashlessKey(url)), this.tabs);
        return this.dropped || (!outcome.ok && outcome.timedOut !== undefined) ? null : { outcome, elsewhere };
      } catch {
        return null;
      } finally {
        this.running--;
        if (!this.dropped) this.onFree();
      }
    })();
    this.kept.set(url, reading);
  }

  /**
   * The reading of the page at `url`, taken; null when it was not read ahead, or must be read in
   * its turn. A page that ended elsewhere was left unread there (its address, status and title):
   * that is its reading when, in its turn, `readElsewhere` leaves it out too.
   */
  async take(url: string, readElsewhere?: (finalUrl: string) => boolean): Promise<{ outcome: StateOutcome; leftOut: boolean } | null> {
    const reading = this.kept.get(url);
    if (!reading) return null;
    this.kept.delete(url);
    const ahead = await reading;
    if (!ahead?.elsewhere) return ahead && { outcome: ahead.outcome, leftOut: false };
    const { outcome } = ahead;
    return outcome.ok && readElsewhere?.(outcome.reading.url) ? { outcome, leftOut: true } : null;
  }

  /** Readings of pages other than these are no longer wanted: dropped (those under way run on, and are let go). */
  keepOnly(urls: readonly string[]): void {
    const wanted = new Set(urls);
    for (const url of [...this.kept.keys()]) if (!wanted.has(url)) this.kept.delete(url);
  }

  /** No reading ahead is wanted any more: those under way are cut short (their tabs closed) and awaited. */
  async drop(): Promise<void> {
    this.dropped = true;
    const readings = [...this.kept.values()];
    this.kept.clear();
    for (const tab of this.tabs) void tab.close().catch(() => undefined);
    await Promise.allSettled(readings);
  }
}
