import { z } from 'zod';
import { deviceSchema, engineSchema } from './audit-result.js';
import { channelNameSchema } from './channel-items.js';
import { reportLangSchema } from './report-lang.js';
import { lawScopeDeclarationSchema } from './law-scope.js';

/** A channel, or `human`: the nearest of phone, e-mail and human-staffed chat. */
const promiseChannelSchema = z.union([channelNameSchema, z.literal('human')]);

/**
 * A company's own promises about its site, checked after every audit; a broken one exits 1
 * with a message that says which promise and what was found instead.
 */
export const expectSchema = z.strictObject({
  /** Most clicks from the start page to each channel. @example { "phone": 1, "human": 2 } */
  maxClicks: z.partialRecord(promiseChannelSchema, z.number().int().nonnegative()).optional(),
  /** Channels that must be shown somewhere a person can see them. @example ["email", "address"] */
  present: z.array(promiseChannelSchema).optional(),
  /** Opening hours are stated. */
  hoursStated: z.boolean().optional(),
  /** A chat, if there is one, is not a bot with no way to a person. */
  noChatbotOnly: z.boolean().optional(),
  /** No premium-rate or shared-cost phone number. */
  noPremiumRate: z.boolean().optional(),
  /** Lowest acceptable score. */
  minScore: z.number().int().min(0).max(100).optional(),
  /** Rules of the pack that must pass, by id. */
  rulesPass: z.array(z.string()).optional(),
});
export type Expectations = z.infer<typeof expectSchema>;

/**
 * `kontaktkoll.config.json` / `.yaml` / `.mjs`, found from the working directory upward.
 * Every field is optional; command-line flags override it.
 */
export const configFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Rule pack name (se, eu) or file, relative to the config file. */
  rules: z.string().optional(),
  maxPages: z.number().int().min(1).max(10_000).optional(),
  maxDepth: z.number().int().min(0).max(20).optional(),
  /** Time budget for the whole audit, in seconds. */
  timeout: z.number().positive().max(3_600).optional(),
  device: deviceSchema.optional(),
  /** Report formats, e.g. ["text", "sarif", "md"]. */
  format: z.array(z.enum(['text', 'json', 'html', 'md', 'junit', 'sarif', 'csv'])).min(1).optional(),
  /** Where report files go, relative to the config file. */
  outputDir: z.string().optional(),
  /** Report language; without it, the locale's if it is a report language, else the rule pack's. */
  lang: reportLangSchema.optional(),
  concurrency: z.number().int().min(1).max(16).optional(),
  /** How pages are read: auto (render only what can change a verdict), browser or http. */
  engine: engineSchema.optional(),
  failUnder: z.number().int().min(0).max(100).optional(),
  failOn: z.enum(['error', 'warning']).optional(),
  /** Fixed timestamps and sorted lists in every report. */
  stable: z.boolean().optional(),
  expect: expectSchema.optional(),
  /**
   * Whom the laws behind law rules bind this company, which no page shows for certain, e.g.
   * `{ "es-customer-service-law": false, "distance-selling": true }`. `false`: rules binding only
   * by that law are not applicable; `true`: judged even without a sign of it on the site.
   */
  lawScope: lawScopeDeclarationSchema.optional(),
});
export type ConfigFile = z.infer<typeof configFileSchema>;
