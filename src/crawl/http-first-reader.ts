import type { Element } from 'domhandler';
import type { PathStep } from '../model/click-path.js';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import { AgreedChromes, chromeDigest, ChromeTemplates } from './http/chrome-template.js';
import type { FetchSettings } from './http/fetch-html.js';
import { fetchPage } from './http/fetch-page.js';
import { HtmlPage, tooComplexForHttp } from './http/html-page.js';
import { readHtml } from './http/html-reading.js';
import { boxesByLabel, browserReason, chatScriptsOf, comparableLabel, controlLabels, controlsOf, dialogsOf, hasInlineScript, KnownControls, MOVES_ON_REASONS, type BrowserReason, type HtmlControl } from './http/needs-browser.js';
import { RendersInFlight } from './http/renders-in-flight.js';
import type { PageAction } from '../interact/page-actions.js';
import { readingsDiffer, type ComparedPage, type ComparisonContext } from './http/reading-comparison.js';
import { BlockSplits } from './http/block-splits.js';
import { ScriptChromes } from './http/script-chrome.js';
import { ScriptEvidence } from './http/script-evidence.js';
import { linkPerTarget } from './crawl-links.js';
import { MAX_LABEL } from './crawl-frontier.js';
import { pageKey, slashlessKey } from './normalize-url.js';
import { scopeOf } from './scope.js';
import { EngineDisagreement, type ReadAt, type PageReader, type StateOutcome, type VerdictJudge } from './page-reader.js';
import { renderedBecause, type ReadFacts } from './read-facts.js';
import type { PageState, StateResult } from './state-interaction.js';
import type { PageReading } from './visit-page.js';
import { firstLineOf } from '../util/first-line.js';

export interface HttpFirstSettings {
  engine: 'auto' | 'http';
  probes: SnapshotProbes;
  fetch: FetchSettings;
  /** Time a fetch may take now (the crawl's deadline shrinks it). */
  fetchMs(): number;
  /** Renders a view in the browser; null for the `http` engine. */
  render: ((state: PageState) => Promise<StateOutcome>) | null;
  judge?: VerdictJudge;
  /** A control, by its words, whose view from a page at these clicks the crawl would not take: it opens what it opened elsewhere. */
  settledControl?: (label: string, clicks: number) => boolean;
  maxLabel: number;
  /** Tabs the crawl keeps open at once: the pages read over HTTP alone are rendered again no more widely. */
  concurrency: number;
  /** Wall-clock time (ms since epoch) past which no page is rendered again, asked anew each time. */
  deadline: () => number;
  /** Keep each document as fetched, for an evidence bundle. */
  capture?: boolean;
}

/** A page's HTML as read, with what judging it needs (see `HttpFirstReader.parse`). */
/** Why a page is rendered when its chrome has a link in a place the browser hid with one other target so far (see `ChromeTemplates.unsettled`). */
const CHROME_PLACE_REASON = 'a chrome link hidden in its place on another page';

interface ParsedPage {
  page: HtmlPage;
  /** Its controls (see `controlsOf`); none listed for the `http` engine, which never renders. */
  controls: readonly HtmlControl[];
  reading: PageReading;
  /** Its reading as the HTML writes it, before any chrome learnt is applied. */
  html: PageReading;
  snapshot: PageSnapshot;
  /** Its header, menu and footer as read, by digest (see `AgreedChromes`). */
  chrome: string;
}

/** A page taken from HTTP alone, kept so that it can be rendered later and compared. */
interface TakenPage {
  state: PageState;
  snapshot: PageSnapshot;
  /** Its HTML's controls, by label (see `controlLabels`). */
  controls: ReadonlySet<string>;
}

/** Why a page taken from HTTP alone did not stand when rendered; `rendered` is false when the render failed. */
interface Mismatch {
  reason: string;
  rendered: boolean;
}

const MAX_FROM_HTTP = 1_000;
/** Pages whose idle controls are remembered: beyond it a page's views offer them again (a click too many, never one too few). */
const MAX_IDLE_PAGES = 1_000;
/** Dialog boxes, controls and chromes waited for (see `RendersInFlight`): a bound against a hostile site with endless distinct ones. */
const MAX_IN_FLIGHT = 2_000;
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
  /** The pages each rendered page taken from HTTP alone links to in the browser, once confirmed, each by the words shown for it. */
  private readonly shownTargets = new Map<TakenPage, Map<string, string>>();
  /** The one re-check of every page taken from HTTP alone, once the site is distrusted. */
  private rechecking: Promise<void> | null = null;
  private readonly scripts = new ScriptEvidence();
  /** Why `auto` stopped trusting HTTP readings on this site; null while it trusts them. */
  distrust: string | null = null;
  /** How the browser showed the chrome (menu, header, footer) of each template it read. */
  private readonly templates = new ChromeTemplates();
  /** The chrome a script writes into the pages of each folder (see `ScriptChromes`). */
  private readonly scriptChromes = new ScriptChromes();
  /** Text the HTML runs together that the browser showed apart, learnt from the pages rendered (see `BlockSplits`). */
  private readonly blockSplits = new BlockSplits();
  /** The chromes of the pages whose readings agreed (see `AgreedChromes`). */
  private readonly agreedChromes = new AgreedChromes();
  private readonly knownControls = new KnownControls();
  /** Per page, the keys of the controls whose views could add nothing (see `withoutIdleActions`). */
  private readonly idleActions = new Map<string, Set<string>>();
  /** A consent dialog was passed on the start page: the barrier the result keeps. */
  private startConsent = false;
  /** Renders of pages for dialog boxes and controls not known on the site, by signature: settled once learnt from. */
  private readonly learning = new RendersInFlight(MAX_IN_FLIGHT);
  /** Renders of pages only for their chrome's lack of a contact route, by chrome: settled once compared. */
  private readonly chromeRenders = new RendersInFlight(MAX_IN_FLIGHT);

  private readonly comparing: ComparisonContext;

  constructor(private readonly settings: HttpFirstSettings) {
    this.comparing = { scripts: this.scripts, controls: this.knownControls.templates, judge: settings.judge, maxLabel: settings.maxLabel };
  }

  async read(state: PageState, at: ReadAt): Promise<StateOutcome> {
    const { render } = this.settings;
    if (state.actions.length > 0 || (render && this.distrust !== null)) {
      if (!render) return { ok: false, url: state.url, reason: 'in-page actions need the browser' };
      const outcome = renderedBecause(await render(state), state.actions.length > 0 ? 'an in-page action' : 'the site is distrusted');
      return this.confirmPath(at.path, this.withoutKnownIdle(state.url, outcome));
    }
    // The start page is rendered in any case: the browser need not wait for the fetch.
    const early = at.start && render ? render(state) : null;
    const rendered = () => early ?? render!(state);
    const fetched = await fetchPage(state.url, this.settings.fetch, () => this.settings.fetchMs());
    this.pagesFetched++;
    if (!fetched.ok) {
      if (early) {
        this.distrust ??= `${state.url}: the start page could not be fetched over HTTP (${fetched.reason})`;
        return renderedBecause(await early, 'the start page');
      }
      if (fetched.kind === 'not-html') return { ok: false, url: state.url, finalUrl: fetched.url, reason: fetched.reason, facts: { engine: 'http', at: Date.now(), status: fetched.status } };
      if (fetched.kind === 'timeout') return { ok: false, url: state.url, reason: fetched.reason, timedOut: 'navigation' };
      return render ? renderedBecause(await render(state), `not fetched over HTTP (${fetched.reason})`) : { ok: false, url: state.url, reason: fetched.reason };
    }
    let parsed: ParsedPage;
    let structural: BrowserReason | null = null;
    try {
      parsed = this.parse(fetched.html, fetched.url, fetched.status, at);
      if (render) structural = this.structuralReason(parsed);
    } catch (error) {
      // Markup nested beyond what a recursive reading can take: the browser (or nothing) reads it.
      if (!render) return { ok: false, url: state.url, reason: `unreadable page (${firstLineOf(error)})` };
      if (at.start) this.distrust ??= `${state.url}: its HTML could not be read without the browser`;
      const outcome = renderedBecause(await rendered(), 'its HTML could not be read');
      return this.confirmPath(at.path, outcome);
    }
    const facts = (): ReadFacts => ({ engine: 'http', at: Date.now(), status: fetched.status, ...(this.settings.capture ? { response: fetched.response } : {}) });
    // A redirect to a page the crawl already has (a link to "/om-oss" beside one to "/om-oss/"): the
    // crawl leaves it out of the result whatever its reading, so it is not rendered for it.
    if (!at.start && at.readElsewhere?.(parsed.reading.url)) return { ok: true, reading: parsed.reading, extra: NO_INTERACTION, facts: facts() };
    // The same unknown boxes or controls being rendered on another page now (pages of one depth are read at once): wait for what it teaches.
    // Keys held for this page's render are released however it ends: pages of its depth wait on them.
    let learnt = () => {};
    let compared = () => {};
    try {
      if (!at.start && structural) {
        const learning = await this.learning.claim(structural.unknown);
        if (learning.waited) {
          parsed = this.withChromeLearnt(parsed);
          structural = this.structuralReason(parsed);
        } else {
          learnt = learning.done;
        }
      }
      if (!render) {
        this.pagesFromHttp++;
        return { ok: true, reading: parsed.reading, extra: NO_INTERACTION, facts: facts() };
      }
      const { controls } = parsed;
      // Each page taken from HTTP alone is kept for a later confirmation: past a bound, pages are rendered instead.
      // A site distrusted while this page was being fetched is trusted no more for it.
      const judged = () => (at.start ? 'the start page' : structural?.reason ?? (this.pagesFromHttp >= MAX_FROM_HTTP ? 'pages read over HTTP alone at their bound' : null)
        ?? (this.distrust !== null ? 'the site is distrusted' : null) ?? (this.settings.judge ? this.settings.judge.whyRender(parsed.snapshot, { chromeAgreed: this.agreedChromes.has(parsed.chrome) }) : 'no judge'));
      let because = judged();
      // Rendered only for what the views recorded so far lack: the views before it in its depth may hold it (the contact page, read first).
      const byJudge = () => because !== null && !at.start && structural === null && this.distrust === null && this.pagesFromHttp < MAX_FROM_HTTP;
      // Pages rendered meanwhile may have taught the chrome a script writes into this one (its contact route among it).
      const judgedAgain = () => {
        parsed = this.withChromeLearnt(parsed);
        because = judged();
      };
      if (byJudge() && at.earlierRecorded) {
        await at.earlierRecorded();
        judgedAgain();
      }
      // Rendered for its chrome alone (no contact route in it): a page with the same chrome being rendered now settles it.
      const chromeKey = parsed.chrome;
      const forChrome = byJudge() && this.settings.judge?.whyRender(parsed.snapshot, { chromeAgreed: true }) === null;
      if (forChrome) {
        const chromes = await this.chromeRenders.claim([chromeKey]);
        if (chromes.waited) judgedAgain();
        else compared = chromes.done;
      }
      const { reading, snapshot } = parsed;
      if (because === null) {
        this.pagesFromHttp++;
        const taken = { state, snapshot, controls: controlLabels(controls) };
        for (const key of [pageKey(state.url), pageKey(reading.url)]) if (key) this.fromHttp.set(key, taken);
        this.scripts.takenFromHttp(reading.scriptSrcs);
        return { ok: true, reading, extra: NO_INTERACTION, facts: facts() };
      }
      return await this.renderAndLearn(at, because, rendered, parsed, structural?.reason ?? null);
    } finally {
      learnt();
      compared();
    }
  }

  /**
   * A page's HTML read as the crawl reads a page, with its links as the browser shows its chrome
   * once it has been learnt (see `ChromeTemplates`), and the controls it holds, listed once.
   */
  private parse(html: string, url: string, status: number, at: ReadAt): ParsedPage {
    if (tooComplexForHttp(html)) throw new Error('markup too deeply nested or too large');
    const page = new HtmlPage(html, url);
    const read = readHtml(page, status, this.settings.probes);
    const reading = this.settings.render ? this.asLearnt(read) : read;
    const controls = this.settings.render ? controlsOf(page, this.settings.probes) : [];
    const chrome = this.settings.render ? chromeDigest(reading) : '';
    return { page, controls, reading, html: read, snapshot: { ...reading, clicks: at.clicks, path: at.path }, chrome };
  }

  /** The page read again as the chrome is known now: a render it waited for may have taught how its links show. */
  private withChromeLearnt(parsed: ParsedPage): ParsedPage {
    const reading = this.asLearnt(parsed.html);
    return { ...parsed, reading, snapshot: { ...parsed.snapshot, ...reading }, chrome: chromeDigest(reading) };
  }

  /** A reading of HTML with its chrome as the browser showed it on the site's pages so far (see `ChromeTemplates`, `ScriptChromes`). */
  private asLearnt(read: PageReading): PageReading {
    return this.scriptChromes.apply({ ...read, links: this.templates.apply(read.links), blocks: this.blockSplits.apply(read.blocks) });
  }

  /** Why the page's markup (not its findings) needs the browser, as far as the site is known now (see `browserReason`). */
  private structuralReason({ page, controls: all, snapshot, html }: ParsedPage): BrowserReason | null {
    const { settledControl } = this.settings;
    const controls = settledControl ? all.filter((control) => control.wordless || !settledControl(control.label, snapshot.clicks + 1)) : all;
    const opens = this.settings.judge ? (boxes: readonly Element[]) => this.opensNothingNew(page, snapshot, boxes) : undefined;
    // Its own text as written: a chrome learnt from a script's (see `ScriptChromes`) does not make a shell a page.
    const markup = browserReason(page, { ...snapshot, blocks: html.blocks }, this.settings.probes, controls, this.knownControls, opens);
    if (markup) return markup;
    const places = this.templates.unsettled(html.links);
    if (places.length > 0) return { reason: CHROME_PLACE_REASON, unknown: places };
    const script = this.scripts.loadsAddingScript(snapshot.scriptSrcs);
    return script === null ? null : { reason: script, unknown: [] };
  }

  /** Renders a page its HTML could not stand for, compares the two readings, and learns its controls and dialog boxes. */
  private async renderAndLearn(
    at: ReadAt, because: string, rendered: () => Promise<StateOutcome>, parsed: ParsedPage, structural: string | null,
  ): Promise<StateOutcome> {
    const { page, controls, snapshot, html } = parsed;
    const outcome = renderedBecause(await rendered(), because);
    if (outcome.ok && at.start) this.comparing.startPage = outcome.reading.url;
    // A page that moved on by itself (a meta refresh) to another: its HTML is not that page's, so nothing is compared or learnt.
    const movedOn = outcome.ok && structural !== null && MOVES_ON_REASONS.has(structural) && slashlessKey(outcome.reading.url) !== slashlessKey(html.url);
    if (outcome.ok && !movedOn) {
      const chats = chatScriptsOf(page, this.settings.probes);
      if (this.distrust === null) this.knownControls.learnChat(chats, outcome.reading.globals);
      // A snippet known to start the chat the browser shows here stands for it in the HTML: the chat is no disagreement.
      const chatStarted = chats.filter((chat) => this.knownControls.has(chat.signature) && outcome.reading.globals.includes(chat.global)).map((chat) => chat.global);
      await this.compare(snapshot, html, outcome, { structural, inlineScript: hasInlineScript(page), chromeOnly: at.start, controls: controlLabels(controls) }, chatStarted);
      this.knownControls.learn(controls, outcome.extra.candidates);
      // The page's dialog boxes showed nothing the HTML did not say (the readings agree, and no dialog to pass, or one
      // passed after the start page's: the result keeps the first consent barrier only): inert on this site.
      if (at.start) this.startConsent = outcome.extra.consent !== null;
      else if (this.distrust === null && (outcome.extra.consent === null || this.startConsent)) this.knownControls.learnDialogs(dialogsOf(page));
    }
    return this.confirmPath(at.path, this.withoutIdleActions(page, controls, snapshot, outcome));
  }

  /**
   * A rendered page's controls whose boxes its HTML holds, left out where opening them adds
   * nothing (see `opensNothingNew`): a view of each would be a reload and a click that cannot
   * change a verdict. All are judged opened together first; when that adds something, one by one.
   */
  private withoutIdleActions(page: HtmlPage, controls: readonly HtmlControl[], http: PageSnapshot, outcome: StateOutcome): StateOutcome {
    if (!outcome.ok || !this.settings.judge || this.distrust !== null || outcome.extra.candidates.length === 0) return outcome;
    // What the page shows before anything is opened is the browser's reading of it: a menu whose links a stylesheet hides opens new ones.
    const base = this.renderedSnapshot(http, outcome);
    const boxes = boxesByLabel(controls);
    const boxOf = (action: PageAction) => (action.kind === 'chat' ? undefined : boxes.get(comparableLabel(action.label)) ?? undefined);
    const boxed = outcome.extra.candidates.filter((action) => boxOf(action) !== undefined);
    if (boxed.length === 0) return outcome;
    // The HTML's own reading of the page closed: what a stylesheet hides outside the boxes is not theirs to open.
    const written = { ...readHtml(page, base.status, this.settings.probes), clicks: base.clicks, path: base.path };
    const nothingNew = (boxes: Element[]) => this.opensNothingNew(page, base, boxes, 'as-written', written);
    const idle = nothingNew(boxed.flatMap((action) => boxOf(action)!)) ? new Set(boxed) : new Set(boxed.filter((action) => nothingNew(boxOf(action)!)));
    if (idle.size === 0) return outcome;
    const key = pageKey(base.url);
    if (key && this.idleActions.size < MAX_IDLE_PAGES) this.idleActions.set(key, new Set([...idle].map((action) => action.key)));
    return this.withoutKnownIdle(base.url, outcome);
  }

  /** A view's controls without those found idle on its page (see `withoutIdleActions`): a view after another action offers them again. */
  private withoutKnownIdle(url: string, outcome: StateOutcome): StateOutcome {
    const key = pageKey(url);
    const idle = key ? this.idleActions.get(key) : undefined;
    if (!idle || !outcome.ok) return outcome;
    return { ...outcome, extra: { ...outcome.extra, candidates: outcome.extra.candidates.filter((action) => !idle.has(action.key)) } };
  }

  /**
   * Whether opening these boxes (an FAQ's answers, a `<details>`, a panel its control names) shows
   * nothing that could change a verdict: no page to examine that the page does not already link to,
   * and nothing the judge would render for, read as a view one click further. Then the browser's
   * views of them could add nothing, and the page need not be rendered for their controls.
   *
   * Against the browser's reading of the page (`base`), the HTML's own reading of it closed
   * (`written`) may be given: what the HTML shows outside the boxes and a stylesheet hides (a
   * mobile-only call button, a tab's prices) is then not counted as theirs. The boxes' content read
   * by itself must then add nothing beside the browser's reading either, so a number in an answer
   * that a hidden block elsewhere repeats is still the answer's.
   */
  private opensNothingNew(page: HtmlPage, base: PageSnapshot, boxes: readonly Element[], chrome: 'as-learnt' | 'as-written' = 'as-learnt', written?: PageSnapshot): boolean {
    const at = { clicks: base.clicks + 1, path: base.path };
    const judge = this.settings.judge!;
    if (written) {
      // The boxes' own content: what the document carries whatever is shown (structured data, scripts, frames) is the page's, judged below.
      const own = { ...readHtml(page.onlyOpened(boxes), base.status, this.settings.probes), jsonLd: [], scriptSrcs: [], iframeSrcs: [], selectors: [], globals: [] };
      if (this.linksNew(page, own, [base]) || judge.whyRender({ ...own, ...at }, { openedFrom: base }) !== null) return false;
    }
    const read = readHtml(page.withOpened(boxes), base.status, this.settings.probes);
    // Its chrome as the browser shows it, as the page's own reading has it (a browser's reading compares with it as written).
    const opened = chrome === 'as-learnt' ? this.asLearnt(read) : read;
    if (!written) return !this.linksNew(page, opened, [base]) && judge.whyRender({ ...opened, ...at }, { openedFrom: base }) === null;
    return !this.linksNew(page, opened, [base, written]) && judge.whyRender({ ...opened, ...at }, { openedFrom: base, closedAlso: written }) === null;
  }

  /** Whether a reading links to a page of the site that none of these readings of the page links to. */
  private linksNew(page: HtmlPage, reading: PageReading, closed: readonly PageReading[]): boolean {
    const scope = scopeOf(page.url);
    const linked = new Set([pageKey(page.url), ...closed.flatMap((view) => view.links.map((link) => pageKey(link.href)))]);
    return reading.links.some((link) => {
      const key = pageKey(link.href);
      return key !== null && !linked.has(key) && scope.contains(key);
    });
  }

  /**
   * A rendered view counts only by the path that led to it: every page on that path taken from
   * HTTP alone is rendered once and compared, so a link a stylesheet hides (a closed mobile
   * menu) can never make a finding look nearer than a person would find it. Each step from such
   * a page is then named by the words the browser shows for its link (a stylesheet may have
   * hidden some of the HTML's, or drawn them in capitals): the path is the one a person follows.
   */
  private async confirmPath(path: readonly PathStep[], outcome: StateOutcome): Promise<StateOutcome> {
    let shown: PathStep[] | null = null;
    for (const [index, step] of path.slice(0, -1).entries()) {
      const key = pageKey(step.url);
      const taken = key ? this.fromHttp.get(key) : undefined;
      if (!taken) continue;
      const mismatch = await this.confirmation(taken);
      if (mismatch) this.abandon(mismatch);
      // The readings may differ by links only the HTML has (a stylesheet hides them): the step taken from here must not be one.
      const next = path[index + 1]!;
      const target = pageKey(next.url);
      if (next.action !== 'link' || !target) continue;
      // The step names the page where it ended: a link to `/en/about` the server answered from `/en/about/`.
      const label = this.shownTargets.get(taken)?.get(slashlessKey(target));
      if (label === undefined) {
        this.abandon({ reason: `${taken.snapshot.url}: the link to ${next.url} on the path to a finding is not shown in the browser`, rendered: true });
      }
      const words = label.slice(0, MAX_LABEL);
      if (words !== next.label) (shown ??= [...path])[index + 1] = { ...next, label: words };
    }
    return shown && outcome.ok ? { ...outcome, path: shown } : outcome;
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
    this.shownTargets.set(taken, new Map(linkPerTarget(outcome.reading.links).map(({ key, label }) => [slashlessKey(key), label])));
    const why = readingsDiffer(taken.snapshot, this.renderedSnapshot(taken.snapshot, outcome), outcome.extra, { structural: null, inlineScript: true, controls: taken.controls }, this.comparing);
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
      while (!stopped && next < pages.length && Date.now() < this.settings.deadline()) {
        const mismatch = await this.confirmation(pages[next++]!);
        if (mismatch && (mismatch.rendered || Date.now() < this.settings.deadline())) {
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

  private renderedSnapshot(http: PageSnapshot, outcome: Extract<StateOutcome, { ok: true }>): PageSnapshot {
    return { ...outcome.reading, clicks: http.clicks, path: http.path };
  }

  /**
   * Compares a page rendered in the crawl, once its HTML (`html`, as read before any chrome learnt
   * was applied) has taught how the browser shows its chrome; the first disagreement on the site
   * sets off the one re-check.
   */
  private async compare(
    http: PageSnapshot, html: PageReading, outcome: Extract<StateOutcome, { ok: true }>, page: ComparedPage, chatStarted: readonly string[] = [],
  ): Promise<void> {
    this.templates.learn(html.links, outcome.reading.links);
    this.scriptChromes.learn(html, outcome.reading);
    this.blockSplits.learn(html.blocks, outcome.reading.blocks);
    if (this.distrust !== null) return;
    const learnt = this.asLearnt(html);
    const read = { ...learnt, globals: [...learnt.globals, ...chatStarted], clicks: http.clicks, path: http.path };
    const why = readingsDiffer(read, this.renderedSnapshot(http, outcome), outcome.extra, page, this.comparing);
    if (why === null) {
      this.agreedChromes.add(chromeDigest(read));
      return;
    }
    this.distrust = `${outcome.reading.url}: ${why}`;
    if (this.pagesFromHttp === 0) return;
    this.rechecking ??= this.recheckTakenPages(this.distrust);
    await this.rechecking;
  }
}
