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
    /** A person can see at least one item of this channel. */
    found: z.boolean(),
    /** Minimum clicks over the visible items, or null when none is visible. */
    clicks: z.number().int().nonnegative().nullable(),
    /** The click path to the item with the fewest clicks. */
    path: z.array(pathStepSchema),
    /** Items exist only in machine-readable data (JSON-LD), which a person does not see. */
    structuredDataOnly: z.boolean(),
    /**
     * A screenshot of the view where the nearest item was found, when asked for. In a report
     * file the CLI writes, relative to that file's folder (absolute if the screenshot folder was
     * given as absolute); in a result straight from `audit()` or on stdout, relative to the
     * working directory.
     */
    screenshot: z.string().optional(),
    items: z.array(item),
  });
}

export const channelsSchema = z.strictObject({
  phone: channelResultSchema(phoneItemSchema),
  email: channelResultSchema(emailItemSchema),
  form: channelResultSchema(formItemSchema),
  chat: channelResultSchema(chatItemSchema),
  address: channelResultSchema(addressItemSchema),
  hours: channelResultSchema(hoursItemSchema),
});
export type Channels = z.infer<typeof channelsSchema>;
export type ChannelResult = Channels[keyof Channels];

export const ruleStatusSchema = z.enum(['pass', 'fail', 'warn', 'not-applicable']);
export type RuleStatus = z.infer<typeof ruleStatusSchema>;

export const ruleResultSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  severity: severitySchema,
  status: ruleStatusSchema,
  /** The rule's message in the report language, placeholders filled. */
  message: z.string(),
  /** law, authority guidance or principle: never present a principle as a legal duty. */
  sourceKind: sourceKindSchema,
  sources: z.array(sourceSchema),
  /** Values the message was built from, so machines need not parse prose. */
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type RuleResult = z.infer<typeof ruleResultSchema>;

export const barrierSchema = z.strictObject({
  kind: z.string(),
  pageUrl: z.string(),
  clicks: z.number().int().nonnegative(),
  detail: z.string().optional(),
  /**
   * For a consent dialog: the platform whose autoconsent rule passed it ("Onetrust",
   * "Cybotcookiebot"…), or "generic" when kontaktkoll's own fallback pressed a button.
   */
  platform: z.string().optional(),
  /** Clicks it took to pass the barrier (not counted toward any channel). */
  clicksToPass: z.number().int().nonnegative().optional(),
  /** The barrier lay over contact details that are on the page. */
  coveredContact: z.boolean().optional(),
  /** Whether the audit got past it. */
  passed: z.boolean().optional(),
  /** A screenshot of the barrier as a person met it, when asked for; paths as for a channel's `screenshot`. */
  screenshot: z.string().optional(),
});
export type Barrier = z.infer<typeof barrierSchema>;

export const stoppedBecauseSchema = z.enum(['complete', 'early-stop', 'max-pages', 'max-depth', 'timeout', 'browser-crashed']);
export type StoppedBecause = z.infer<typeof stoppedBecauseSchema>;

export const crawlErrorSchema = z.strictObject({
  url: z.string(),
  reason: z.string(),
});
export type CrawlError = z.infer<typeof crawlErrorSchema>;

/** How pages were read: every one rendered, none, or only those that can change a verdict. */
export const engineSchema = z.enum(['auto', 'browser', 'http']);
export type Engine = z.infer<typeof engineSchema>;

/** Which engine's reading of a page was taken: the rendered page, or its HTML over HTTP. */
export const readEngineSchema = z.enum(['browser', 'http']);
export type ReadEngine = z.infer<typeof readEngineSchema>;

/** One view the crawl examined, as a log entry: what was asked for, what answered, how and when. */
export const crawledPageSchema = z.strictObject({
  /** The URL asked for (for an in-page action: the page it happens on). */
  url: z.string(),
  /** Where it ended after redirects; the URL asked for when nothing answered. */
  finalUrl: z.string(),
  /** Clicks from the start URL to this view. */
  clicks: z.number().int().nonnegative(),
  /** The click path that led here; the first step is always `start`. */
  path: z.array(pathStepSchema),
  /** HTTP status of the page's response; null when none came (timeout, refused, client-side route). */
  status: z.number().int().nullable(),
  /** The engine whose reading was taken; null when neither could read the page. */
  engine: readEngineSchema.nullable(),
  /** When the reading finished (UTC, ISO 8601). */
  readAt: z.string(),
  /** Why the view could not be read, when it could not. */
  error: z.string().optional(),
});
export type CrawledPage = z.infer<typeof crawledPageSchema>;

export const crawlSummarySchema = z.strictObject({
  /** Views examined: pages, and in-page states (a menu opened, a number revealed). */
  pagesVisited: z.number().int().nonnegative(),
  pagesRendered: z.number().int().nonnegative(),
  engine: engineSchema.optional(),
  /** Pages fetched over HTTP (engines `auto` and `http`). */
  pagesFetched: z.number().int().nonnegative().optional(),
  /** Distinct pages of the site the crawl learnt of (examined, queued or cut by a budget): early stop saves the difference. */
  pagesKnown: z.number().int().nonnegative().optional(),
  /** Why `auto` rendered every page from some point on (HTML and browser disagreed); null when it did not have to. */
  browserFallback: z.string().nullable().optional(),
  stoppedBecause: stoppedBecauseSchema,
  /** The shallowest click depth not fully examined, when a budget cut the crawl; null otherwise. */
  unexaminedFromClicks: z.number().int().nonnegative().nullable(),
  /** Links seen but not followed because of a budget. */
  pagesNotExamined: z.number().int().nonnegative(),
  /** Links not followed because robots.txt disallows them. */
  blockedByRobots: z.number().int().nonnegative(),
  errors: z.array(crawlErrorSchema),
  durationMs: z.number().nonnegative(),
  /** Every view examined, in breadth-first order (`pagesVisited` of them); absent in results saved before it existed. */
  pages: z.array(crawledPageSchema).optional(),
});
export type CrawlSummary = z.infer<typeof crawlSummarySchema>;

export const deviceChannelSchema = z.strictObject({
  found: z.boolean(),
  clicks: z.number().int().nonnegative().nullable(),
  path: z.array(pathStepSchema),
});

export const deviceRunSchema = z.strictObject({
  device: deviceSchema,
  humanContactClicks: z.number().int().nonnegative().nullable(),
  channels: z.record(z.string(), deviceChannelSchema),
  barriers: z.array(barrierSchema),
  crawl: crawlSummarySchema,
});
export type DeviceRun = z.infer<typeof deviceRunSchema>;

export const devicesSectionSchema = z.strictObject({
  runs: z.array(deviceRunSchema),
  /** Channels whose clicks differ between the devices (null: not found on that device). */
  differences: z.array(z.strictObject({
    channel: z.string(),
    desktop: z.number().int().nonnegative().nullable(),
    mobile: z.number().int().nonnegative().nullable(),
  })),
});
export type DevicesSection = z.infer<typeof devicesSectionSchema>;

export const auditResultSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.strictObject({ name: z.literal('kontaktkoll'), version: z.string() }),
  startUrl: z.string(),
  finalUrl: z.string(),
  auditedAt: z.string(),
  device: deviceSchema,
  /** Report language: the language of the rule texts in `rules` and of every rendered report. */
  lang: reportLangSchema,
  rulePack: z.strictObject({
    id: z.string(),
    title: z.string(),
    /** Why this pack was chosen (flag, TLD, page language). */
    reason: z.string(),
  }),
  /** Default country for numbers and addresses, and why. */
  region: z.string(),
  /** Whom the company said the laws bind (config `lawScope`); rules were judged with it. */
  lawScope: lawScopeDeclarationSchema.optional(),
  score: z.number().int().min(0).max(100),
  grade: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
  /** Min clicks over phone, e-mail and human-staffed chat; null when none is visible. */
  humanContactClicks: z.number().int().nonnegative().nullable(),
  /** How many distinct human channels (phone, e-mail, form, human chat, address) lie within 2 clicks. */
  channelChoice: z.number().int().nonnegative(),
  channels: channelsSchema,
  /** Facts beyond the channels that rules judge: business ids, trust marks, routes, image-only details, contact-link coverage. */
  signals: signalsSchema,
  rules: z.array(ruleResultSchema),
  barriers: z.array(barrierSchema),
  crawl: crawlSummarySchema,
  /** With `--device both`: each device's clicks per channel, and where they differ. */
  devices: devicesSectionSchema.optional(),
});
export type AuditResult = z.infer<typeof auditResultSchema>;
