import type { CountryCode } from 'libphonenumber-js';
import type { Browser } from 'playwright-core';
import { channelChoice, ChannelMinimum } from '../clicks/channel-minimum.js';
import { canStopEarly } from '../clicks/early-stop.js';
import { searchHorizon } from '../clicks/search-horizon.js';
import { candidatePack, choosePack, packsThatMayJudge } from '../config/pack-choice.js';
import { loadRulePack, type LoadedPack } from '../config/rule-pack-loader.js';
import { crawlSite, type CrawlCapture, type CrawlOptions, type CrawlOutcome } from '../crawl/crawl-site.js';
import type { RequestIdentity } from '../crawl/network-policy.js';
import { EngineDisagreement, type VerdictJudge } from '../crawl/page-reader.js';
import { RenderMemo } from '../crawl/render-memo.js';
import { captureFindings } from '../crawl/screenshots.js';
import { auditBothDevices } from './both-devices.js';
import { AuditBrowser } from '../crawl/audit-browser.js';
import { browserDied } from '../crawl/browser-crash.js';
import { BrowserCrashedError, KontaktkollError } from '../errors.js';
import { firstLineOf } from '../util/first-line.js';
import { extractionProbes, extractPage, extractSignals, SignalCollector } from '../extract/index.js';
import { judgeRegion, type RegionJudgement } from '../extract/region.js';
import type { ExtractContext } from '../extract/extract-context.js';
import { SCHEMA_VERSION, type AuditResult, type Channels, type Device } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import { localized } from '../model/rule-pack.js';
import { factsOf } from '../score/audit-facts.js';
import { evaluatePack } from '../score/evaluate-pack.js';
import { rulesSettled } from '../score/rules-settled.js';
import type { LawScopeDeclaration } from '../model/law-scope.js';
import { gradeOf, scoreOf } from '../score/score-formula.js';
import { TOOL_VERSION } from '../util/package-root.js';
import { PacedBudget } from '../util/paced-budget.js';
import { auditNeedsBrowser, auditOptionsSchema, type AuditOptions, type AuditOptionsInput } from './audit-options.js';
import { findingIdentities } from './finding-identities.js';
import { readingDisagreement } from './reading-disagreement.js';
import { SiteRegion } from './site-region.js';
import { changesVerdict } from './verdict-change.js';
import { parseStartUrl } from './start-url.js';

/** Progress as it happens; the CLI renders it, the engine never prints. */
export interface AuditEvents {
  onPageStart?(url: string, clicks: number): void;
  onPageDone?(snapshot: PageSnapshot): void;
  onChannelFound?(channel: ChannelName, clicks: number): void;
}

/** What an audit is given besides its options: not data, so not in the options schema. */
export interface AuditRuntime extends RequestIdentity {
  /** Replaces a shared browser that crashed (a batch's); a browser the audit launched itself is relaunched anyway. */
  restartShared?: () => Promise<Browser>;
  /**
   * Keeps every document read and the browser's traffic (an evidence bundle). Called once per
   * crawl: an audit started over in the browser begins a fresh record for its device.
   */
  capture?: (device: Device) => CrawlCapture;
  /**
   * A browser its caller started launching while this code loaded (the CLI); the audit owns it
   * as one it launched itself. The caller closes it only when the audit failed before using it.
   */
  launching?: Promise<Browser>;
}

interface CrawlAttempt {
  minimum: ChannelMinimum;
  signals: SignalCollector;
  region: RegionJudgement | null;
  crawl: CrawlOutcome;
}

/** The rules that will judge the site: what the early stop must find settled besides the channels, and what a render may change. */
interface JudgingRules {
  /** The pack asked for; null: the one the site's country will choose. */
  chosen: LoadedPack | null;
  lawScope: LawScopeDeclaration;
  /** Never stop early (`exhaustive`). */
  exhaustive: boolean;
}

/** One crawl with fresh accumulators, so an attempt given up leaves nothing behind. */
async function crawlOnce(
  browser: Browser | null, engine: AuditOptions['engine'], crawlOptions: Omit<CrawlOptions, 'engine'>, events: AuditEvents, rules: JudgingRules,
): Promise<CrawlAttempt> {
  const minimum = new ChannelMinimum();
  const signals = new SignalCollector();
  // Views wait here until the region is decided: see SiteRegion for why, and why click counts stay right.
  const siteRegion = new SiteRegion();
  let context: ExtractContext | null = null;
  const extract = (snapshots: readonly PageSnapshot[]) => {
    if (snapshots.length === 0) return;
    context ??= { region: siteRegion.judgement!.region };
    for (const snapshot of snapshots) {
      const before = new Map(CHANNEL_NAMES.map((channel) => [channel, minimum.clicksOf(channel)]));
      minimum.add(extractPage(snapshot, context));
      signals.add(extractSignals(snapshot, context));
      for (const channel of CHANNEL_NAMES) {
        const clicks = minimum.clicksOf(channel);
        if (clicks !== null && before.get(channel) === null) events.onChannelFound?.(channel, clicks);
      }
    }
  };
  const onSnapshot = (snapshot: PageSnapshot) => {
    extract(siteRegion.add(snapshot));
    events.onPageDone?.(snapshot);
  };
  const heldBack = new HeldBackFindings(siteRegion);
  // The pack that will judge the site: asked only once the region is decided.
  const judgingPack = () => rules.chosen ?? packOf(siteRegion.judgement!);
  const judge: VerdictJudge = {
    whyRender: (snapshot, { openedFrom, closedAlso, chromeAgreed = false } = {}) => {
      // Before the region is decided, the view must change nothing under any region it could be,
      // beside the views held back until then (they are all kept once it is).
      const regions = context ? [{ region: context.region, kept: { minimum, signals } }] : siteRegion.contenders(snapshot).map((region) => ({ region, kept: heldBack.under(region) }));
      for (const { region, kept } of regions) {
        const pageSignals = extractSignals(snapshot, { region });
        // A page without a contact route counts against the coverage by name: it must be one a person reaches,
        // unless the browser already showed the same header, menu and footer as their HTML reads.
        if (!pageSignals.hasContactRoute && !openedFrom && !chromeAgreed) return 'no contact route in its header, nav or footer';
        // What the page shows before anything is opened is as near: an item counts only when nearer than both.
        const page = openedFrom ? keptOf(closedAlso ? [openedFrom, closedAlso] : [openedFrom], region) : null;
        const findings = extractPage(snapshot, { region });
        // Once the pack is known, what adds only evidence beside a nearer item (no channel's clicks or path, no rule's status) is not rendered for.
        let changed: boolean | undefined;
        const changes = () => (changed ??= !context || changesVerdict({ ...kept, pack: judgingPack(), lawScope: rules.lawScope }, findings, pageSignals));
        if (kept.minimum.improves(findings) && (!page || page.minimum.improves(findings)) && changes()) return 'a finding nearer than any kept';
        if (kept.signals.improves(pageSignals) && (!page || page.signals.improves(pageSignals)) && changes()) return 'a signal not yet kept';
      }
      return null;
    },
    findingsOf: (snapshot) => findingIdentities(snapshot, context ?? { region: siteRegion.guess(snapshot).region }),
    disagreement: (http, rendered) => readingDisagreement(http, rendered, context ?? { region: siteRegion.guess(rendered).region }),
  };
  // Asked only once every channel is found, and the region (so the pack) decided.
  const rulesSettledAt = (nextClicks: number) => rulesSettled(
    [judgingPack()],
    factsOf({ channels: minimum.channels(), humanContactClicks: minimum.humanClicks(), signals: signals.signals(), lawScope: rules.lawScope }),
    nextClicks,
  );
  const crawl = await crawlSite(browser, { ...crawlOptions, engine }, {
    onSnapshot,
    // While views are held back their findings are not counted yet, so the crawl may not stop.
    canStop: (nextClicks) => !rules.exhaustive && context !== null
      && canStopEarly((channel) => minimum.clicksOf(channel), nextClicks) && rulesSettledAt(nextClicks),
    onPageStart: events.onPageStart,
    judge,
  });
  extract(siteRegion.finish());
  return { minimum, signals, region: siteRegion.judgement, crawl };
}

/**
 * Audits one site: crawl breadth-first by clicks, extract every page, keep the minimum per
 * channel, score against the rule pack. Pass a running browser to share it between audits, and
 * `runtime.restartShared` to replace it when it crashes; a browser the audit launches itself is
 * relaunched after a crash, and the crawl goes on.
 */
export async function audit(
  input: AuditOptionsInput, events: AuditEvents = {}, sharedBrowser?: Browser, runtime: AuditRuntime = {},
): Promise<AuditResult> {
  const options = auditOptionsSchema.parse(input);
  if (options.device === 'both') return auditBothDevices(options, events, sharedBrowser, runtime.restartShared, (i, e, b, r) => audit(i, e, b, { ...runtime, restartShared: r, launching: undefined }), runtime.launching);
  const device = options.device;
  const startUrl = parseStartUrl(options.url);
  const startedAt = Date.now();
  const chosenPack = options.rules ? { pack: loadRulePack(options.rules), reason: `--rules ${options.rules}` } : null;
  const mayJudge = packsThatMayJudge(chosenPack?.pack ?? null);
  const searchDepth = options.maxDepth !== undefined ? { clicks: options.maxDepth, from: 'max-depth' as const }
    : { clicks: searchHorizon(mayJudge), from: 'rule-pack' as const };
  // The early stop waits for every rule of the pack to be settled, not only for the channels.
  const rules: JudgingRules = { chosen: chosenPack?.pack ?? null, lawScope: options.lawScope ?? {}, exhaustive: options.exhaustive };

  // Counted in an idle machine's time, so that a busy machine does not cut the verdict short.
  const budget = new PacedBudget(options.timeoutSeconds * 1000);
  const deadline = () => budget.deadline();
  const browser = !sharedBrowser && !auditNeedsBrowser(options) ? null : await AuditBrowser.open(sharedBrowser, runtime.restartShared, runtime.launching);
  let attempt: CrawlAttempt;
  let channels: ReturnType<ChannelMinimum['channels']> | undefined;
  try {
    // An evidence bundle keeps each attempt's own traffic: its views are loaded anew.
    const renders = runtime.capture ? undefined : new RenderMemo();
    const crawlWith = (engine: AuditOptions['engine']) => crawlOnce(browser?.current ?? null, engine, {
      startUrl,
      maxPages: options.maxPages,
      maxDepth: searchDepth.clicks,
      deadline,
      device,
      screenshotDir: options.screenshots,
      ignoreHttpsErrors: options.ignoreHttpsErrors,
      concurrency: options.concurrency,
      probes: extractionProbes(),
      network: runtime.network,
      contact: runtime.contact,
      restartBrowser: browser?.restart,
      capture: runtime.capture?.(device),
      renders,
    }, events, rules);
    try {
      attempt = await crawlWith(options.engine);
    } catch (error) {
      if (!(error instanceof EngineDisagreement)) throw error;
      // Pages were already taken from HTTP alone on a site whose HTML proved not to match what a person sees.
      attempt = await crawlWith('browser');
      attempt.crawl = { ...attempt.crawl, engine: options.engine, browserFallback: `${error.reason} (audit started over in the browser)` };
    }
    if (options.screenshots && browser) {
      channels = attempt.minimum.channels();
      await captureFindings(browser.current, channels, attempt.crawl.views, {
        device, dir: options.screenshots, chatSelectors: extractionProbes().selectors, deadline: deadline() + 30_000,
        network: runtime.network, contact: runtime.contact,
      });
    }
  } catch (error) {
    // A browser that died under the audit is told apart from the site's own failure by type, not by wording.
    if (browser && !(error instanceof KontaktkollError) && (await browserDied(browser.current))) {
      throw new BrowserCrashedError(startUrl, firstLineOf(error));
    }
    throw error;
  } finally {
    await browser?.close();
  }
  const { minimum, signals, crawl } = attempt;

  // No view read (the start page failed): the domain is all there is to go on.
  const region = attempt.region ?? judgeRegion({ lang: '', hostname: new URL(crawl.finalUrl).hostname });
  const choice = chosenPack ?? { pack: packOf(region), reason: choosePack({ region }).reason };
  return buildResult({
    startUrl, finalUrl: crawl.finalUrl, startedAt, pack: choice.pack, packReason: choice.reason,
    region: region.region, options, device, minimum, signals, crawl, channels, searchDepth,
  });
}

interface ResultParts {
  startUrl: string;
  finalUrl: string;
  startedAt: number;
  pack: LoadedPack;
  packReason: string;
  region: string;
  options: ReturnType<typeof auditOptionsSchema.parse>;
  device: Device;
  /** Channels already taken (with screenshots), when screenshots were asked for. */
  channels?: Channels;
  minimum: ChannelMinimum;
  signals: SignalCollector;
  crawl: CrawlOutcome;
  searchDepth: NonNullable<AuditResult['crawl']['searchDepth']>;
}

function buildResult(parts: ResultParts): AuditResult {
  const channels = parts.channels ?? parts.minimum.channels();
  const humanContactClicks = parts.minimum.humanClicks();
  const signals = parts.signals.signals();
  // No language asked for: the pack's, so a Danish site's report under the Danish pack is in Danish.
  const lang = parts.options.lang ?? parts.pack.lang;
  const lawScope = parts.options.lawScope;
  const rules = evaluatePack(parts.pack, factsOf({ channels, humanContactClicks, signals, lawScope }), lang);
  const score = scoreOf(rules);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kontaktkoll', version: TOOL_VERSION },
    startUrl: parts.startUrl,
    finalUrl: parts.finalUrl,
    auditedAt: new Date(parts.startedAt).toISOString(),
    device: parts.device,
    lang,
    rulePack: { id: parts.pack.id, title: localized(parts.pack.title, lang), reason: parts.packReason },
    region: parts.region,
    ...(lawScope && Object.keys(lawScope).length > 0 ? { lawScope } : {}),
    score,
    grade: gradeOf(score),
    humanContactClicks,
    channelChoice: channelChoice(channels),
    channels,
    signals,
    rules,
    barriers: parts.crawl.barriers,
    crawl: {
      pagesVisited: parts.crawl.pagesVisited,
      pagesRendered: parts.crawl.pagesRendered,
      viewsByAction: parts.crawl.viewsByAction,
      viewsReopened: parts.crawl.viewsReopened,
      pagesReadAhead: parts.crawl.pagesReadAhead,
      engine: parts.crawl.engine,
      pagesFetched: parts.crawl.pagesFetched,
      pagesKnown: parts.crawl.pagesKnown,
      browserFallback: parts.crawl.browserFallback,
      stoppedBecause: parts.crawl.stoppedBecause,
      searchDepth: parts.searchDepth,
      ...(parts.options.exhaustive ? { exhaustive: true as const } : {}),
      unexaminedFromClicks: parts.crawl.unexaminedFromClicks,
      pagesNotExamined: parts.crawl.pagesNotExamined,
      blockedByRobots: parts.crawl.blockedByRobots,
      errors: parts.crawl.errors,
      durationMs: Date.now() - parts.startedAt,
      pages: parts.crawl.pages,
    },
  };
}

/** The pack the site's country chooses: decided once its region is, which is before any early stop. */
function packOf(region: RegionJudgement): LoadedPack {
  return candidatePack(choosePack({ region }).pack);
}

/** What these views keep, read under one region. */
function keptOf(views: readonly PageSnapshot[], region: CountryCode): { minimum: ChannelMinimum; signals: SignalCollector } {
  const kept = { minimum: new ChannelMinimum(), signals: new SignalCollector() };
  for (const view of views) {
    kept.minimum.add(extractPage(view, { region }));
    kept.signals.add(extractSignals(view, { region }));
  }
  return kept;
}

/**
 * What the views held back until the region is decided would keep, under each region it could
 * be: a view read meanwhile is judged against these, as it will be once they are kept.
 */
class HeldBackFindings {
  private readonly byRegion = new Map<CountryCode, { views: number; kept: ReturnType<typeof keptOf> }>();

  constructor(private readonly region: SiteRegion) {}

  under(region: CountryCode): ReturnType<typeof keptOf> {
    const held = this.region.held;
    let entry = this.byRegion.get(region);
    if (!entry || entry.views !== held.length) {
      entry = { views: held.length, kept: keptOf(held, region) };
      this.byRegion.set(region, entry);
    }
    return entry.kept;
  }
}
