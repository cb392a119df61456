import type { PathStep } from '../model/click-path.js';
import type { Page } from 'playwright-core';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import { loadedPageWaitMs, scrollThrough, settleLoaded, settleLoadedPage } from '../interact/settle.js';
import { TimeoutError, withTimeout } from '../util/with-timeout.js';
import { paced } from '../util/machine-pace.js';
import { capturedFromBrowser, type ReadFacts } from './read-facts.js';
import { evaluateInPage, inPage, inPageWith, type InPage } from '../page/in-page.js';
import { readWhenClear } from '../page/read-when-clear.js';
import { readSnapshot, type PageRead, type SnapshotArgs } from '../page/read-snapshot.js';
import { READING_LIMITS, readingRules } from '../page/reading-rules.js';
import { REVEALED } from '../page/scroll-reveal.js';
import { whileAnswering } from './while-answering.js';
import { watchNavigation } from './navigation-failure.js';
import { firstLineOf } from '../util/first-line.js';
import { RefreshFailed, watchRefreshes } from './follow-refresh.js';

/** The page as read in the browser: a snapshot without the click facts the crawl adds. */
export type PageReading = Omit<PageSnapshot, 'clicks' | 'path'>;

export type VisitOutcome<T = undefined> =
  | {
    ok: true; reading: PageReading; extra: T; facts?: ReadFacts;
    /** The path to the view with its steps named as the browser shows them, where the crawl's own naming came from HTML alone. */
    path?: PathStep[];
  }
  | { ok: false; url: string; reason: string; finalUrl?: string; facts?: ReadFacts; timedOut?: TimedOut; netError?: string };

/**
 * Which bound ran out, when one did: `navigation` (the tab is fine, the site was slow) or
 * `reading` (a call into the page never answered: its tab is not to be trusted again).
 */
export type TimedOut = 'navigation' | 'reading';

export interface VisitLimits {
  /** Time for the navigation itself. */
  navigationMs: number;
  /** Extra time granted for the `load` event (late images, widgets); not waiting longer is fine. */
  settleMs: number;
  /** Time for reading the page; a script in an endless loop must not hang the audit. */
  readMs: number;
}

/**
 * What a person does on the page before it is read (pass the consent dialog, open a menu…),
 * and what is asked of the page after it is read (the controls it offers).
 */
export interface VisitInteraction<T> {
  before?(page: Page): Promise<void>;
  after?(page: Page): Promise<T>;
  /**
   * The same, asked in the one call that also settles the page and reads it, when it may turn
   * out that nothing needs doing first (a page calls into the browser several times less so).
   */
  atOnce?: AtOnce<T>;
  /**
   * Asked once the document has come, with its final address: what `after` gives for a view
   * that is left out of the result whatever it shows (a redirect to a page already read), which
   * is then neither settled, scrolled nor read; null to read it.
   */
  leftOut?(finalUrl: string): T | null;
}

/** In-page calls made along with the reading, and what their answer means. */
export interface AtOnce<T> {
  /** True when `before` has nothing to do on the page as it is: the page may be read at once. */
  clear: InPage<boolean>;
  /** What `after` would ask the page; its answer is handed to `finish`. */
  ask: InPage<unknown>;
  finish(answer: unknown): T;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/i;

export async function visitPage<T = undefined>(
  page: Page, url: string, probes: SnapshotProbes, limits: VisitLimits, interaction: VisitInteraction<T> = {}, capture = false,
): Promise<VisitOutcome<T>> {
  let response: PageResponse = null;
  const navigation = watchNavigation(page);
  const refreshes = watchRefreshes(page);
  try {
    response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1, limits.navigationMs) });
    response = await refreshes.follow(response, limits.navigationMs);
  } catch (error) {
    const { reason, netError, timedOut } = await navigation.failure(error);
    const refreshed = error instanceof RefreshFailed ? { finalUrl: error.target, reason: `meta refresh to ${error.target}: ${reason}` } : { reason };
    return { ok: false, url, ...refreshed, ...(netError ? { netError } : {}), ...(timedOut ? { timedOut: 'navigation' as const } : {}) };
  } finally {
    navigation.stop();
    refreshes.stop();
  }
  const finalUrl = page.url();
  const status = response?.status() ?? 0;
  const facts = async (): Promise<ReadFacts> => {
    const base: ReadFacts = { engine: 'browser', at: Date.now(), status: response ? status : null };
    if (!capture) return base;
    const dom = await withTimeout(page.content(), 5_000, 'saving the DOM').catch(() => undefined);
    return { ...base, response: await capturedFromBrowser(response), ...(dom === undefined ? {} : { dom }) };
  };
  if (status >= 400) return { ok: false, url, finalUrl, reason: `HTTP ${status}`, facts: await facts() };
  // The provisional headers answer at once; the full set waits for a message from the network service.
  const contentType = response?.headers()['content-type'] ?? 'text/html';
  if (!HTML_TYPES.test(contentType)) {
    return { ok: false, url, finalUrl, reason: `not a web page (${contentType.split(';')[0]})` };
  }
  const left = interaction.leftOut?.(finalUrl) ?? null;
  if (left !== null) return { ok: true, reading: await unreadPage(page, finalUrl, status), extra: left, facts: await facts() };
  await page.waitForLoadState('load', { timeout: Math.max(1, limits.settleMs) }).catch(() => undefined);
  // Client-rendered pages (SPAs) add their content and links after `load`.
  const settleMs = Math.min(2_000, Math.max(0, limits.settleMs));
  if (interaction.atOnce) {
    const quick = await readAtOnce(page, probes, settleMs, limits.readMs, interaction.atOnce);
    if (quick === 'busy') return { ok: false, url, finalUrl, reason: `reading the page did not finish within ${Math.round(limits.readMs / 1000)} s`, timedOut: 'reading' };
    if (quick) return { ok: true, reading: { url: page.url(), status, ...quick.read }, extra: quick.extra, facts: await facts() };
  } else {
    await settleLoadedPage(page, settleMs);
  }
  try {
    if (interaction.before) {
      await interaction.before(page);
      // Scrolling is free after whatever was done first, as before it.
      await scrollThrough(page);
    }
  } catch (error) {
    return { ok: false, url, finalUrl, reason: firstLineOf(error, 'interaction failed'), ...timedOutIn(error) };
  }
  try {
    const read = await readView(page, probes, limits.readMs);
    const extra = (await interaction.after?.(page)) as T;
    return { ok: true, reading: { url: page.url(), status, ...read }, extra, facts: await facts() };
  } catch (error) {
    return { ok: false, url, finalUrl, reason: firstLineOf(error, 'unreadable page'), ...timedOutIn(error) };
  }
}

/** The page as it shows now, read as a person sees it; bounded, since a script in an endless loop must not hang the audit. */
export function readView(page: Page, probes: SnapshotProbes, readMs: number): Promise<PageRead> {
  return withTimeout(evaluateInPage(page, snapshotCall(probes)), readMs, 'reading the page');
}

/** A page left unread (see `VisitInteraction.leftOut`): its address, status and title, nothing it shows. */
async function unreadPage(page: Page, url: string, status: number): Promise<PageReading> {
  const title = await withTimeout(page.title(), paced(2_000), 'reading the title').catch(() => '');
  return {
    url, status, title, lang: '', blocks: [], links: [], buttons: [], forms: [], images: [], jsonLd: [],
    scriptSrcs: [], iframeSrcs: [], globals: [], selectors: [],
  };
}

/** A call into the page that one of our bounds cut. */
function timedOutIn(error: unknown): { timedOut?: TimedOut } {
  return error instanceof TimeoutError ? { timedOut: 'reading' } : {};
}

type PageResponse = Awaited<ReturnType<Page['goto']>>;

/**
 * Settles the page, asks whether anything needs doing first and, if not, reads it and asks what
 * `after` would: one call into the page. `null` when something needs doing (the page is settled
 * by then), 'busy' when the page did not answer in time.
 */
async function readAtOnce<T>(page: Page, probes: SnapshotProbes, settleMs: number, readMs: number, atOnce: AtOnce<T>): Promise<{ read: PageRead; extra: T } | null | 'busy'> {
  const call = inPageWith(readWhenClear, { settle: settleLoaded(settleMs), clear: atOnce.clear, read: snapshotCall(probes), ask: atOnce.ask });
  try {
    const answer = await withTimeout(whileAnswering(page, evaluateInPage(page, call), 'reading the page'), loadedPageWaitMs(settleMs) + readMs, 'reading the page');
    return answer ? { read: answer.read, extra: atOnce.finish(answer.answer) } : null;
  } catch (error) {
    if (error instanceof TimeoutError) return 'busy';
    // The page went elsewhere meanwhile (a script navigation): read it step by step.
    await settleLoadedPage(page, settleMs);
    return null;
  }
}

/** The call that reads the page as a person sees it (page/read-snapshot.ts). */
function snapshotCall(probes: SnapshotProbes): InPage<PageRead> {
  const args: SnapshotArgs = { probes, limits: READING_LIMITS, revealed: REVEALED };
  return inPage(readSnapshot, args, { readingRules });
}
