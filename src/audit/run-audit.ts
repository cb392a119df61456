import type { Browser } from 'playwright-core';
import { channelChoice, ChannelMinimum } from '../clicks/channel-minimum.js';
import { canStopEarly } from '../clicks/early-stop.js';
import { choosePack } from '../config/pack-choice.js';
import { loadRulePack, type LoadedPack } from '../config/rule-pack-loader.js';
import { crawlSite } from '../crawl/crawl-site.js';
import { captureFindings } from '../crawl/screenshots.js';
import { auditBothDevices } from './both-devices.js';
import { AuditBrowser } from '../crawl/audit-browser.js';
import { detectRegion, extractionProbes, extractPage, extractSignals, SignalCollector } from '../extract/index.js';
import type { ExtractContext } from '../extract/extract-context.js';
import { SCHEMA_VERSION, type AuditResult, type Channels, type Device } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import { factsOf } from '../score/audit-facts.js';
import { evaluatePack } from '../score/evaluate-pack.js';
import { gradeOf, scoreOf } from '../score/score-formula.js';
import { TOOL_VERSION } from '../util/package-root.js';
import { auditOptionsSchema, type AuditOptionsInput } from './audit-options.js';
import { parseStartUrl } from './start-url.js';

/** Progress as it happens; the CLI renders it, the engine never prints. */
export interface AuditEvents {
  onPageStart?(url: string, clicks: number): void;
  onPageDone?(snapshot: PageSnapshot): void;
  onChannelFound?(channel: ChannelName, clicks: number): void;
}

/**
 * Audits one site: crawl breadth-first by clicks, extract every page, keep the minimum per
 * channel, score against the rule pack. Pass a running browser to share it between audits, and
 * `restartShared` to replace it when it crashes; a browser the audit launches itself is
 * relaunched after a crash, and the crawl goes on.
 */
export async function audit(
  input: AuditOptionsInput, events: AuditEvents = {}, sharedBrowser?: Browser, restartShared?: () => Promise<Browser>,
): Promise<AuditResult> {
  const options = auditOptionsSchema.parse(input);
  if (options.device === 'both') return auditBothDevices(options, events, sharedBrowser, restartShared, audit);
  const device = options.device;
  const startUrl = parseStartUrl(options.url);
  const startedAt = Date.now();
  const chosenPack = options.rules ? { pack: loadRulePack(options.rules), reason: `--rules ${options.rules}` } : null;

  const minimum = new ChannelMinimum();
  const signals = new SignalCollector();
  let context: ExtractContext | null = null;
  let startPage: PageSnapshot | null = null;
  const onSnapshot = (snapshot: PageSnapshot) => {
    if (!context) {
      startPage = snapshot;
      context = { region: detectRegion({ lang: snapshot.lang, hostname: new URL(snapshot.url).hostname, texts: snapshot.blocks.map((block) => block.text) }) };
    }
    const before = new Map(CHANNEL_NAMES.map((channel) => [channel, minimum.clicksOf(channel)]));
    minimum.add(extractPage(snapshot, context));
    signals.add(extractSignals(snapshot, context));
    for (const channel of CHANNEL_NAMES) {
      const clicks = minimum.clicksOf(channel);
      if (clicks !== null && before.get(channel) === null) events.onChannelFound?.(channel, clicks);
    }
    events.onPageDone?.(snapshot);
  };

  const browser = await AuditBrowser.open(sharedBrowser, restartShared);
  let crawl;
  let channels: ReturnType<ChannelMinimum['channels']> | undefined;
  try {
    crawl = await crawlSite(browser.current, {
      startUrl,
      maxPages: options.maxPages,
      maxDepth: options.maxDepth,
      deadline: startedAt + options.timeoutSeconds * 1000,
      device,
      screenshotDir: options.screenshots,
      ignoreHttpsErrors: options.ignoreHttpsErrors,
      concurrency: options.concurrency,
      probes: extractionProbes(),
      restartBrowser: browser.restart,
    }, {
      onSnapshot,
      canStop: (nextClicks) => canStopEarly((channel) => minimum.clicksOf(channel), nextClicks),
      onPageStart: events.onPageStart,
    });
    if (options.screenshots) {
      channels = minimum.channels();
      await captureFindings(browser.current, channels, crawl.views, {
        device, dir: options.screenshots, chatSelectors: extractionProbes().selectors, deadline: startedAt + options.timeoutSeconds * 1000 + 30_000,
      });
    }
  } finally {
    await browser.close();
  }

  const start = startPage as PageSnapshot | null;
  const choice = chosenPack ?? (() => {
    const picked = choosePack({ url: crawl.finalUrl, lang: start?.lang ?? '' });
    return { pack: loadRulePack(picked.pack), reason: picked.reason };
  })();
  return buildResult({
    startUrl, finalUrl: crawl.finalUrl, startedAt, pack: choice.pack, packReason: choice.reason,
    region: (context as ExtractContext | null)?.region ?? 'SE', options, device, minimum, signals, crawl, channels,
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
  crawl: Awaited<ReturnType<typeof crawlSite>>;
}

function buildResult(parts: ResultParts): AuditResult {
  const channels = parts.channels ?? parts.minimum.channels();
  const humanContactClicks = parts.minimum.humanClicks();
  const signals = parts.signals.signals();
  const rules = evaluatePack(parts.pack, factsOf({ channels, humanContactClicks, signals }), parts.options.lang);
  const score = scoreOf(rules);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'kontaktkoll', version: TOOL_VERSION },
    startUrl: parts.startUrl,
    finalUrl: parts.finalUrl,
    auditedAt: new Date(parts.startedAt).toISOString(),
    device: parts.device,
    lang: parts.options.lang,
    rulePack: { id: parts.pack.id, title: parts.pack.title[parts.options.lang], reason: parts.packReason },
    region: parts.region,
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
      stoppedBecause: parts.crawl.stoppedBecause,
      unexaminedFromClicks: parts.crawl.unexaminedFromClicks,
      pagesNotExamined: parts.crawl.pagesNotExamined,
      blockedByRobots: parts.crawl.blockedByRobots,
      errors: parts.crawl.errors,
      durationMs: Date.now() - parts.startedAt,
    },
  };
}
