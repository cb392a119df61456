import type { PathStep } from '../model/click-path.js';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import { fetchHtml, type FetchSettings } from './http/fetch-html.js';
import { HtmlPage, tooComplexForHttp } from './http/html-page.js';
import { readHtml } from './http/html-reading.js';
import { browserReason, hasInlineScript } from './http/needs-browser.js';
import { pageKey } from './normalize-url.js';
import type { ReadFacts } from './read-facts.js';
import { scopeOf, type Scope } from './scope.js';
import type { PageState, StateResult } from './state-interaction.js';
import type { PageReading, VisitOutcome } from './visit-page.js';

export type StateOutcome = VisitOutcome<StateResult>;

/** How pages are read: `browser` renders every page, `http` none, `auto` only those that can change a verdict. */
export type { Engine } from '../model/audit-result.js';

/** Where the crawl is when it asks for a page. */
export interface ReadAt {
  clicks: number;
  path: PathStep[];
  /** The start page: always rendered by `auto`, and its two readings compared. */
  start: boolean;
}

/** The one seam between the crawl and the engines: a view of a page in, a reading out. */
export interface PageReader {
  read(state: PageState, at: ReadAt): Promise<StateOutcome>;
}

/** What only the audit can judge, since it holds the extractors and what was found so far. */
export interface VerdictJudge {
  /** Would this reading, taken as it is, add a finding or signal not already kept with as few clicks? */
  addsToVerdict(snapshot: PageSnapshot): boolean;
  /** What the browser's reading holds that the HTTP reading of the same page lacks; null when nothing. */
  disagreement(http: PageSnapshot, browser: PageSnapshot): string | null;
}

/** The HTTP and browser readings of one page disagreed after pages had been taken from HTTP alone. */
export class EngineDisagreement extends Error {
  constructor(readonly reason: string) {
    super(`HTTP and browser readings disagree: ${reason}`);
    this.name = 'EngineDisagreement';
  }
}

export interface HttpFirstSettings {
  engine: 'auto' | 'http';
  probes: SnapshotProbes;
  fetch: FetchSettings;
  /** Time a fetch may take now (the crawl's deadline shrinks it). */
  fetchMs(): number;
  /** Renders a view in the browser; null for the `http` engine. */
  render: ((state: PageState) => Promise<StateOutcome>) | null;
  judge?: VerdictJudge;
  maxLabel: number;
  /** Tabs the crawl keeps open at once: the pages read over HTTP alone are rendered again no more widely. */
  concurrency: number;
  /** Wall-clock time (ms since epoch) past which no page is rendered again. */
  deadline: number;
  /** Keep each document as fetched, for an evidence bundle. */
  capture?: boolean;
}

/** A page taken from HTTP alone, kept so that it can be rendered later and compared. */
interface TakenPage {
  state: PageState;
  snapshot: PageSnapshot;
}

/** Why a page taken from HTTP alone did not stand when rendered; `rendered` is false when the render failed. */
interface Mismatch {
  reason: string;
  rendered: boolean;
}

const MAX_FROM_HTTP = 1_000;
const NO_INTERACTION: StateResult = { navigated: false, candidates: [], consent: null };

/**
 * Reads each page over HTTP first. `http` takes that reading as it is; `auto` renders the
 * start page, every in-page action, and every page whose HTML could hide what decides a
 * verdict (see `browserReason` and the judge). Each page rendered is read both ways and
 * compared: once they disagree on the site, every further page is rendered, and every page
 * already taken from HTTP alone is rendered again (once, as wide as the crawl) and compared.
 * When all of them agree the crawl goes on as it is; at the first that does not, the crawl is
 * abandoned (`EngineDisagreement`) so the audit can start over in the browser.
 */
export class HttpFirstReader implements PageReader {
  pagesFetched = 0;
  pagesFromHttp = 0;
  private readonly fromHttp = new Map<string, TakenPage>();
  /** Renders of pages taken from HTTP alone, done or in flight: none is rendered twice. */
  private readonly confirming = new Map<TakenPage, Promise<Mismatch | null>>();
  /** The one re-check of every page taken from HTTP alone, once the site is distrusted. */
  private rechecking: Promise<void> | null = null;
  /** Scripts (by URL) of the pages taken from HTTP alone: what could have changed them unseen. */
  private readonly httpOnlyScripts = new Set<string>();
  /** Scripts seen adding in-page controls (a chat launcher): a page that loads one is rendered. */
  private readonly controlScripts = new Set<string>();
  /** Why `auto` stopped trusting HTTP readings on this site; null while it trusts them. */
  distrust: string | null = null;

  constructor(private readonly settings: HttpFirstSettings) {}

  async read(state: PageState, at: ReadAt): Promise<StateOutcome> {
    const { render } = this.settings;
    if (state.actions.length > 0 || (render && this.distrust !== null)) {
      if (!render) return { ok: false, url: state.url, reason: 'in-page actions need the browser' };
      const outcome = await render(state);
      await this.confirmPath(at.path);
      return outcome;
    }
    // The start page is rendered in any case: the browser need not wait for the fetch.
    const early = at.start && render ? render(state) : null;
    const rendered = () => early ?? render!(state);
    const fetched = await fetchHtml(state.url, this.settings.fetch, this.settings.fetchMs());
    this.pagesFetched++;
    if (!fetched.ok) {
      if (early) {
        this.distrust ??= `${state.url}: the start page could not be fetched over HTTP (${fetched.reason})`;
        return early;
      }
      if (fetched.kind === 'not-html') return { ok: false, url: state.url, finalUrl: fetched.url, reason: fetched.reason, facts: { engine: 'http', at: Date.now(), status: fetched.status } };
      if (fetched.kind === 'timeout') return { ok: false, url: state.url, reason: fetched.reason };
      return render ? render(state) : { ok: false, url: state.url, reason: fetched.reason };
    }
    let page: HtmlPage;
    let reading: PageReading;
    let structural: string | null;
    try {
      if (tooComplexForHttp(fetched.html)) throw new Error('markup too deeply nested or too large');
      page = new HtmlPage(fetched.html, fetched.url);
      reading = readHtml(page, fetched.status, this.settings.probes);
      structural = render ? browserReason(page, reading, this.settings.probes) ?? this.loadsControlScript(reading) : null;
    } catch (error) {
      // Markup nested beyond what a recursive reading can take: the browser (or nothing) reads it.
      if (!render) return { ok: false, url: state.url, reason: `unreadable page (${(error as Error).message.split('\n')[0]})` };
      if (at.start) this.distrust ??= `${state.url}: its HTML could not be read without the browser`;
      const outcome = await rendered();
      await this.confirmPath(at.path);
      return outcome;
    }
    const snapshot: PageSnapshot = { ...reading, clicks: at.clicks, path: at.path };
    const facts = (): ReadFacts => ({ engine: 'http', at: Date.now(), status: fetched.status, ...(this.settings.capture ? { response: fetched.response } : {}) });
    if (!render) {
      this.pagesFromHttp++;
      return { ok: true, reading, extra: NO_INTERACTION, facts: facts() };
    }
    // Each page taken from HTTP alone is kept for a later confirmation: past a bound, pages are rendered instead.
    // A site distrusted while this page was being fetched is trusted no more for it.
    const mustRender = at.start || structural !== null || this.pagesFromHttp >= MAX_FROM_HTTP || this.distrust !== null
      || (this.settings.judge?.addsToVerdict(snapshot) ?? true);
    if (!mustRender) {
      this.pagesFromHttp++;
      const taken = { state, snapshot };
      for (const key of [pageKey(state.url), pageKey(reading.url)]) if (key) this.fromHttp.set(key, taken);
      for (const src of reading.scriptSrcs) this.httpOnlyScripts.add(src);
      return { ok: true, reading, extra: NO_INTERACTION, facts: facts() };
    }
    const outcome = await rendered();
    if (outcome.ok) await this.compare(snapshot, outcome, structural, hasInlineScript(page));
    await this.confirmPath(at.path);
    return outcome;
  }

  /**
   * A rendered view counts only by the path that led to it: every page on that path taken from
   * HTTP alone is rendered once and compared, so a link a stylesheet hides (a closed mobile
   * menu) can never make a finding look nearer than a person would find it.
   */
  private async confirmPath(path: readonly PathStep[]): Promise<void> {
    for (const step of path.slice(0, -1)) {
      const key = pageKey(step.url);
      const taken = key ? this.fromHttp.get(key) : undefined;
      if (!taken) continue;
      const mismatch = await this.confirmation(taken);
      if (mismatch) this.abandon(mismatch);
    }
  }

  /** The one render of a page taken from HTTP alone, compared with its HTTP reading. */
  private confirmation(taken: TakenPage): Promise<Mismatch | null> {
    let pending = this.confirming.get(taken);
    if (!pending) {
      pending = this.confirm(taken);
      this.confirming.set(taken, pending);
    }
    return pending;
  }

  private async confirm(taken: TakenPage): Promise<Mismatch | null> {
    const outcome = await this.settings.render!(taken.state);
    if (!outcome.ok) return { reason: `${taken.snapshot.url}: could not be rendered to confirm its HTTP reading (${outcome.reason})`, rendered: false };
    const why = this.disagreementOf(taken.snapshot, this.renderedSnapshot(taken.snapshot, outcome), outcome.extra, null, true);
    return why === null ? null : { reason: `${outcome.reading.url}: ${why}`, rendered: true };
  }

  private abandon(mismatch: Mismatch): never {
    this.distrust ??= mismatch.reason;
    throw new EngineDisagreement(mismatch.reason);
  }

  /**
   * The site proved untrustworthy after pages were taken from HTTP alone: each of them is
   * rendered and compared, as wide as the crawl and no wider (every tab open at once would be a
   * tab per page). The crawl stands if all agree; the first that does not abandons it. Past the
   * deadline no page is rendered again and those left keep their HTTP reading: an audit started
   * over then would have no time to read even the start page.
   */
  private async recheckTakenPages(why: string): Promise<void> {
    const pages = [...new Set(this.fromHttp.values())];
    let next = 0;
    let checked = 0;
    let stopped = false;
    const worker = async () => {
      while (!stopped && next < pages.length && Date.now() < this.settings.deadline) {
        const mismatch = await this.confirmation(pages[next++]!);
        if (mismatch && (mismatch.rendered || Date.now() < this.settings.deadline)) {
          stopped = true;
          this.abandon(mismatch);
        }
        if (!mismatch) checked++;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(this.settings.concurrency, pages.length)) }, worker));
    const count = `${pages.length} page${pages.length === 1 ? '' : 's'} read over HTTP alone`;
    this.distrust = checked === pages.length
      ? `${why} (${count} rendered again; all agreed)`
      : `${why} (${checked} of ${count} rendered again before the deadline, all agreed; the rest kept as read over HTTP)`;
  }

  private loadsControlScript(reading: PageReading): string | null {
    const src = reading.scriptSrcs.find((candidate) => this.controlScripts.has(candidate));
    return src === undefined ? null : `loads ${src}, which adds in-page controls`;
  }

  /**
   * What a script added to a rendered page says nothing about the pages read over HTTP alone
   * when none of them loads any script of this page (and this page writes no script of its own,
   * which could stand anywhere): the page's scripts are then marked, and a later page that loads
   * one is rendered. A chat widget loaded only on the contact page no longer costs the site.
   */
  private scriptsExplain(http: PageSnapshot, inlineScript: boolean): boolean {
    if (inlineScript || http.scriptSrcs.length === 0) return false;
    if (http.scriptSrcs.some((src) => this.httpOnlyScripts.has(src))) return false;
    for (const src of http.scriptSrcs) this.controlScripts.add(src);
    return true;
  }

  private disagreementOf(
    http: PageSnapshot, browser: PageSnapshot, extra: StateResult, structural: string | null, inlineScript: boolean,
  ): string | null {
    if (pageKey(browser.url) !== pageKey(http.url)) return `the browser ended on ${browser.url}`;
    // A consent dialog passed is no disagreement in itself: consent is kept for the rest of the crawl, so the
    // pages after it read as their HTML does, and what consent lets scripts add is compared like any script's.
    // Content only the browser shows was added by script (a stylesheet can only take away): it is
    // no reason to distrust the site when this page's own scripts explain it (see scriptsExplain).
    if (extra.candidates.length > 0 && structural === null && !this.scriptsExplain(http, inlineScript)) {
      return `in-page control "${extra.candidates[0]!.label}" not seen in the HTML`;
    }
    const links = linkDifference(http, browser, this.settings.maxLabel, scopeOf(browser.url));
    if (links !== null) return links;
    const judged = this.settings.judge?.disagreement(http, browser) ?? null;
    if (judged !== null && judged.endsWith('seen only in the browser') && this.scriptsExplain(http, inlineScript)) return null;
    return judged;
  }

  private renderedSnapshot(http: PageSnapshot, outcome: Extract<StateOutcome, { ok: true }>): PageSnapshot {
    return { ...outcome.reading, clicks: http.clicks, path: http.path };
  }

  /** Compares a page rendered in the crawl; the first disagreement on the site sets off the one re-check. */
  private async compare(http: PageSnapshot, outcome: Extract<StateOutcome, { ok: true }>, structural: string | null, inlineScript: boolean): Promise<void> {
    if (this.distrust !== null) return;
    const why = this.disagreementOf(http, this.renderedSnapshot(http, outcome), outcome.extra, structural, inlineScript);
    if (why === null) return;
    this.distrust = `${outcome.reading.url}: ${why}`;
    if (this.pagesFromHttp === 0) return;
    this.rechecking ??= this.recheckTakenPages(this.distrust);
    await this.rechecking;
  }
}

/**
 * The links that steer the crawl, as the crawl takes them: the first link to each other page of
 * the site, with the label it would get. Links within the page itself (skip links) and off the
 * site steer nothing (what they tell the verdict, such as a contact route, is compared apart).
 */
export function crawlLinks(snapshot: PageSnapshot, maxLabel: number, scope: Scope): string[] {
  const self = pageKey(snapshot.url);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const link of snapshot.links) {
    const key = pageKey(link.href);
    if (!key || key === self || seen.has(key) || !scope.contains(key)) continue;
    seen.add(key);
    out.push(`${key} ${(link.text || new URL(key).pathname).slice(0, maxLabel)}`);
  }
  return out;
}

function linkDifference(http: PageSnapshot, browser: PageSnapshot, maxLabel: number, scope: Scope): string | null {
  const a = crawlLinks(http, maxLabel, scope);
  const b = crawlLinks(browser, maxLabel, scope);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `links differ at ${i + 1}: HTML "${a[i] ?? '(none)'}", browser "${b[i] ?? '(none)'}"`;
  }
  return null;
}
