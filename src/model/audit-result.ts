import { z } from 'zod';
import { pathStepSchema } from './click-path.js';
import {
  addressItemSchema, chatItemSchema, emailItemSchema, formItemSchema, hoursItemSchema, phoneItemSchema,
} from './channel-items.js';
import { sourceKindSchema, severitySchema, sourceSchema } from './rule-pack.js';
import { reportLangSchema } from './report-lang.js';
import { signalsSchema } from './signals.js';
import { lawScopeDeclarationSchema } from './law-scope.js';

/**
 * The canonical result of one audit (schemaVersion 1). Every report format renders this;
 * `schema/audit-result.schema.json` is generated from it.
 */
export const SCHEMA_VERSION = 1;

export const deviceSchema = z.enum(['desktop', 'mobile']);
export type Device = z.infer<typeof deviceSchema>;

function channelResultSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({
    found: z.boolean().describe('A person can see at least one item of this channel.'),
    clicks: z.number().int().nonnegative().nullable().describe('Fewest clicks from the start URL to a visible item; null when none is visible.'),
    path: z.array(pathStepSchema).describe('The click path to the nearest visible item, one step per click; empty when none is visible.'),
    structuredDataOnly: z.boolean().describe('Items exist only in structured data (JSON-LD), which a person does not see, so the channel does not count as shown.'),
    // Paths are rebased by `report` and `rescore`; an HTML report embeds the image instead.
    screenshot: z.string().optional()
      .describe('With --screenshots: an image of the view where the nearest item was found, outlined. In a report file, relative to that file\'s folder (absolute when the screenshot folder was given so); from audit() or on stdout, relative to the working directory.'),
    items: z.array(item).describe('Every item found, visible ones first, then by fewest clicks.'),
  });
}

export const channelsSchema = z.strictObject({
  phone: channelResultSchema(phoneItemSchema).describe('Phone numbers.'),
  email: channelResultSchema(emailItemSchema).describe('E-mail addresses.'),
  form: channelResultSchema(formItemSchema).describe('Contact forms.'),
  chat: channelResultSchema(chatItemSchema).describe('Chats, staffed by people or bots.'),
  address: channelResultSchema(addressItemSchema).describe('Postal or visiting addresses.'),
  hours: channelResultSchema(hoursItemSchema).describe('Opening hours.'),
});
export type Channels = z.infer<typeof channelsSchema>;
export type ChannelResult = Channels[keyof Channels];

export const ruleStatusSchema = z.enum(['pass', 'fail', 'warn', 'not-applicable']);
export type RuleStatus = z.infer<typeof ruleStatusSchema>;

export const ruleResultSchema = z.strictObject({
  id: z.string().describe('The rule\'s id in its pack (kebab-case), e.g. phone-number-given.'),
  title: z.string().describe('The rule in a few words, in the report language.'),
  severity: severitySchema.describe('error, warning or info: how much a failure weighs, and whether it fails a build (--fail-on).'),
  status: ruleStatusSchema.describe('pass; fail (failed, severity error); warn (failed, severity warning or info); not-applicable (the rule does not apply to this site).'),
  message: z.string().describe('What was found, in the report language.'),
  // Never present a principle as a legal duty: the kind is part of every finding.
  sourceKind: sourceKindSchema.describe('What the rule rests on: law, guidance (an authority\'s) or principle (not a legal duty).'),
  sources: z.array(sourceSchema).describe('The texts the rule rests on.'),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .describe('The values the message was built from, so a machine need not parse prose.'),
});
export type RuleResult = z.infer<typeof ruleResultSchema>;

export const barrierSchema = z.strictObject({
  kind: z.string().describe('What stood in the way: consent (a cookie dialog).'),
  pageUrl: z.string().describe('The page it was met on.'),
  clicks: z.number().int().nonnegative().describe('Clicks from the start URL to that page.'),
  detail: z.string().optional().describe('How it was passed, in words, e.g. generic: "Endast nödvändiga".'),
  platform: z.string().optional()
    .describe('For a consent dialog: the platform whose autoconsent rule passed it ("Onetrust", "Cybotcookiebot"…), or "generic" when kontaktkoll\'s own fallback pressed a button.'),
  clicksToPass: z.number().int().nonnegative().optional().describe('Clicks it took to pass the barrier; they count toward no channel.'),
  coveredContact: z.boolean().optional().describe('The barrier lay over contact details that are on the page.'),
  passed: z.boolean().optional().describe('The audit got past it.'),
  screenshot: z.string().optional().describe('With --screenshots: an image of the barrier as a person met it; paths as for a channel\'s screenshot.'),
});
export type Barrier = z.infer<typeof barrierSchema>;

export const stoppedBecauseSchema = z.enum(['complete', 'early-stop', 'max-pages', 'max-depth', 'timeout', 'browser-crashed']);
export type StoppedBecause = z.infer<typeof stoppedBecauseSchema>;

export const crawlErrorSchema = z.strictObject({
  url: z.string().describe('The page that could not be read.'),
  reason: z.string().describe('Why, in words (a timeout, a refused connection, a crashed browser…).'),
});
export type CrawlError = z.infer<typeof crawlErrorSchema>;

/** How pages were read: every one rendered, none, or only those that can change a verdict. */
export const engineSchema = z.enum(['auto', 'browser', 'http']);
export type Engine = z.infer<typeof engineSchema>;

/** Which engine's reading of a page was taken: the rendered page, or its HTML over HTTP. */
export const readEngineSchema = engineSchema.exclude(['auto']);
export type ReadEngine = z.infer<typeof readEngineSchema>;

/** One view the crawl examined, as a log entry: what was asked for, what answered, how and when. */
export const crawledPageSchema = z.strictObject({
  url: z.string().describe('The URL asked for; for an action within a page, the page it happens on.'),
  finalUrl: z.string().describe('Where it ended after redirects; the URL asked for when nothing answered.'),
  clicks: z.number().int().nonnegative().describe('Clicks from the start URL to this view.'),
  path: z.array(pathStepSchema).describe('The click path that led here; the first step is always start.'),
  status: z.number().int().nullable().describe('HTTP status of the page\'s response; null when none came (a timeout, a refused connection, a client-side route).'),
  engine: readEngineSchema.nullable().describe('Whose reading was taken: browser (the rendered page) or http (its HTML); null when neither could read it.'),
  readAt: z.string().describe('When the reading finished (UTC, ISO 8601).'),
  error: z.string().optional().describe('Why the view could not be read; absent when it was.'),
  renderedBecause: z.string().optional()
    .describe('Engine auto: why this view was rendered rather than read from its HTML (the start page, an in-page control, a finding to confirm, the site distrusted…); absent when its HTML was taken or another engine read it.'),
});
export type CrawledPage = z.infer<typeof crawledPageSchema>;

export const crawlSummarySchema = z.strictObject({
  pagesVisited: z.number().int().nonnegative().describe('Views examined: pages, and states within a page (a menu opened, a number revealed).'),
  pagesRendered: z.number().int().nonnegative().describe('Views rendered in the browser.'),
  viewsByAction: z.number().int().nonnegative().optional()
    .describe('Of the views examined, those opened by pressing a control on a page (a question, a tab, a menu, a script link): every engine that renders renders them, for a page\'s HTML has nothing to press.'),
  viewsReopened: z.number().int().nonnegative().optional()
    .describe('Of the views rendered, those opened by a control in a tab brought back to the view it is opened on (and checked to read exactly as that view was recorded), without loading the page again.'),
  pagesReadAhead: z.number().int().nonnegative().optional()
    .describe('Engine browser: of the views rendered, pages read in tabs the click depth before them left idle as it ended, and taken in their own turn exactly as read.'),
  engine: engineSchema.optional().describe('How pages were read: auto (render only what can change a verdict), browser (render every page) or http (never render).'),
  pagesFetched: z.number().int().nonnegative().optional().describe('Pages fetched over HTTP (engines auto and http).'),
  pagesKnown: z.number().int().nonnegative().optional()
    .describe('Distinct pages of the site the crawl learnt of (examined, queued or cut by a budget); an early stop saves the difference.'),
  browserFallback: z.string().nullable().optional()
    .describe('Why engine auto rendered every page from some point on (its HTTP and browser readings disagreed); null when it did not have to.'),
  stoppedBecause: stoppedBecauseSchema
    .describe('Why the crawl ended: complete (every page in reach examined), early-stop (every channel found, and no page left could bring one nearer or change a rule\'s status), max-pages, max-depth or timeout (a budget cut it), browser-crashed.'),
  searchDepth: z.strictObject({
    clicks: z.number().int().nonnegative().describe('The most clicks from the start page a page examined could have.'),
    from: z.enum(['rule-pack', 'max-depth']).describe('max-depth: given as a setting; rule-pack: the deepest click limit of the rule packs.'),
  }).optional()
    .describe('How many clicks deep the audit searched at most: maxDepth when it was given (from: max-depth), else the deepest click bound of the rule packs that could judge the site (from: rule-pack). A channel not found was not within unexaminedFromClicks − 1 clicks when a budget cut the crawl; absent in results saved before it existed.'),
  exhaustive: z.literal(true).optional().describe('Asked to examine every page within its budgets, without the early stop.'),
  unexaminedFromClicks: z.number().int().nonnegative().nullable().describe('The fewest clicks at which pages were left unexamined when a budget cut the crawl; null when none were.'),
  pagesNotExamined: z.number().int().nonnegative().describe('Links seen but not followed because of a budget.'),
  blockedByRobots: z.number().int().nonnegative().describe('Links not followed because robots.txt disallows them.'),
  errors: z.array(crawlErrorSchema).describe('Pages that could not be read, and why.'),
  durationMs: z.number().nonnegative().describe('How long the audit took, in milliseconds.'),
  pages: z.array(crawledPageSchema).optional()
    .describe('Every view examined, in breadth-first order (pagesVisited of them); absent in results saved before it existed.'),
});
export type CrawlSummary = z.infer<typeof crawlSummarySchema>;

export const deviceChannelSchema = z.strictObject({
  found: z.boolean().describe('A person can see the channel on this device.'),
  clicks: z.number().int().nonnegative().nullable().describe('Fewest clicks to it on this device; null when it is not visible.'),
  path: z.array(pathStepSchema).describe('The click path to it on this device; empty when it is not visible.'),
});

export const deviceRunSchema = z.strictObject({
  device: deviceSchema.describe('desktop or mobile.'),
  humanContactClicks: z.number().int().nonnegative().nullable().describe('As the result\'s humanContactClicks, on this device.'),
  channels: z.record(z.string(), deviceChannelSchema).describe('Each channel (phone, email, form, chat, address, hours) on this device.'),
  barriers: z.array(barrierSchema).describe('The barriers met on this device.'),
  crawl: crawlSummarySchema.describe('How this device\'s crawl went.'),
});
export type DeviceRun = z.infer<typeof deviceRunSchema>;

export const devicesSectionSchema = z.strictObject({
  runs: z.array(deviceRunSchema).describe('One audit per device, desktop first.'),
  differences: z.array(z.strictObject({
    channel: z.string().describe('The channel, e.g. phone.'),
    desktop: z.number().int().nonnegative().nullable().describe('Clicks to it on a desktop; null when not found there.'),
    mobile: z.number().int().nonnegative().nullable().describe('Clicks to it on a phone; null when not found there.'),
  })).describe('The channels whose clicks differ between the devices.'),
});
export type DevicesSection = z.infer<typeof devicesSectionSchema>;

export const auditResultSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION).describe('The version of this format: 1. Fields added later keep the version; a reader ignores what it does not know.'),
  tool: z.strictObject({
    name: z.literal('kontaktkoll').describe('Always kontaktkoll.'),
    version: z.string().describe('The kontaktkoll version that wrote the result.'),
  }).describe('The program that wrote the result.'),
  startUrl: z.string().describe('The URL the audit was asked to start from.'),
  finalUrl: z.string().describe('The start URL after redirects; clicks are counted from here.'),
  auditedAt: z.string().describe('When the audit started (UTC, ISO 8601).'),
  device: deviceSchema.describe('What the site was audited as: desktop, or mobile (a phone\'s viewport, touch and user agent). With --device both, desktop.'),
  lang: reportLangSchema.describe('The report language: of the rule texts in rules and of every rendered report.'),
  rulePack: z.strictObject({
    id: z.string().describe('The pack\'s id, e.g. se or eu.'),
    title: z.string().describe('The pack\'s title, in the report language.'),
    reason: z.string().describe('Why this pack was chosen: a flag, the domain, the page\'s language…'),
  }).describe('The rule pack the rules come from.'),
  region: z.string().describe('The country (ISO 3166-1 alpha-2, e.g. SE) phone numbers and addresses were read for, judged from the site.'),
  lawScope: lawScopeDeclarationSchema.optional()
    .describe('Whom the company said the laws bind (config lawScope): true binds, false does not; the rules were judged with it. Absent when nothing was said.'),
  score: z.number().int().min(0).max(100).describe('0–100, higher is better, from the rules\' verdicts.'),
  grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).describe('A (best) to F, from the score.'),
  humanContactClicks: z.number().int().nonnegative().nullable()
    .describe('Fewest clicks to a human: a phone number, an e-mail address or a chat staffed by people; null when none is visible.'),
  channelChoice: z.number().int().nonnegative().describe('How many human channels (phone, e-mail, form, staffed chat, address) lie within 2 clicks.'),
  channels: channelsSchema.describe('Each contact channel: whether a person can see it, how many clicks away, and every item found.'),
  signals: signalsSchema.describe('Facts beyond the channels that rules judge: business ids, trust marks, complaint and cancellation routes, details shown only in images, contact links on every page.'),
  rules: z.array(ruleResultSchema).describe('Every rule of the pack, with its verdict.'),
  barriers: z.array(barrierSchema).describe('What stood between a person and the content (a cookie dialog) and what passing it took.'),
  crawl: crawlSummarySchema.describe('How the site was read: pages examined, why the crawl ended, what could not be read.'),
  devices: devicesSectionSchema.optional().describe('With --device both: each device\'s clicks per channel, and where they differ. Absent otherwise.'),
});
export type AuditResult = z.infer<typeof auditResultSchema>;
