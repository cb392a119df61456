import { z } from 'zod';
import { engineSchema } from './audit-result.js';
import { channelNameSchema } from './channel-items.js';
import { reportLangSchema } from './report-lang.js';
import {
  AUDIT_DEFAULTS, auditDeviceSchema, concurrencySchema, enginesExplained, failOnSchema, listInWords, MAX_DEPTH_DEFAULT_TEXT, maxDepthSchema, maxPagesSchema, reportFormatSchema,
  scoreThresholdSchema, timeoutSecondsSchema,
} from './settings.js';
import { lawScopeDeclarationSchema } from './law-scope.js';

/** A channel, or `human`: the nearest of phone, e-mail and human-staffed chat. */
const promiseChannelSchema = z.union([channelNameSchema, z.literal('human')]);

/**
 * A company's own promises about its site, checked after every audit; a broken one exits 1
 * with a message that says which promise and what was found instead.
 */
export const expectSchema = z.strictObject({
  maxClicks: z.partialRecord(promiseChannelSchema, z.number().int().nonnegative()).optional()
    .describe('Most clicks from the start page to each channel, or to `human` (the nearest of phone, e-mail and staffed chat), e.g. { "phone": 1, "human": 2 }.'),
  present: z.array(promiseChannelSchema).optional()
    .describe('Channels that must be shown somewhere a person can see them, e.g. ["email", "address"].'),
  hoursStated: z.boolean().optional().describe('Opening hours are stated.'),
  noChatbotOnly: z.boolean().optional().describe('A chat, if there is one, is not a bot with no way to a person.'),
  noPremiumRate: z.boolean().optional().describe('No premium-rate or shared-cost phone number.'),
  minScore: scoreThresholdSchema.optional().describe('Lowest acceptable score, 0–100.'),
  rulesPass: z.array(z.string()).optional().describe('Rules of the pack that must pass, by id.'),
}).describe('A company\'s own promises about its site, checked after every audit; a broken one exits 1 and says which and why.');
export type Expectations = z.infer<typeof expectSchema>;

/**
 * `kontaktkoll.config.json` / `.yaml` / `.mjs`, found from the working directory upward.
 * Every field is optional; command-line flags override it. The descriptions are what an editor
 * shows from the generated JSON Schema.
 */
export const configFileSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
  rules: z.string().optional().describe('Rule pack name (se, dk, pl, fi, es, eu, trygg-kundkontakt) or a pack file, relative to this file.'),
  maxPages: maxPagesSchema.optional().describe(`Most pages to examine. Default ${AUDIT_DEFAULTS.maxPages}.`),
  maxDepth: maxDepthSchema.optional().describe(`Most clicks from the start page to follow. Default: ${MAX_DEPTH_DEFAULT_TEXT}.`),
  // `timeout` here and on the command line is the audit options' `timeoutSeconds` (cli/audit-config.ts maps it).
  timeout: timeoutSecondsSchema.optional().describe(`Time budget for the whole audit, in seconds of an idle machine: while the machine is busy it stretches with the load (at most 6×), so that a busy machine does not cut the verdict short. Default ${AUDIT_DEFAULTS.timeoutSeconds}.`),
  device: auditDeviceSchema.optional().describe(`${listInWords(auditDeviceSchema.options)}: both audits each and reports their differences. Default ${AUDIT_DEFAULTS.device}.`),
  format: z.array(reportFormatSchema).min(1).optional()
    .describe('Report formats, e.g. ["text", "sarif", "md"].'),
  outputDir: z.string().optional().describe('Where report files go, relative to this file.'),
  lang: reportLangSchema.optional().describe('Report language; without it, the locale\'s if it is a report language, else the rule pack\'s.'),
  concurrency: concurrencySchema.optional().describe('Browser tabs (and HTTP fetches) at once. Default 2 per core, 2–8.'),
  engine: engineSchema.optional().describe(`How pages are read: ${enginesExplained()}. Default ${AUDIT_DEFAULTS.engine}.`),
  failUnder: scoreThresholdSchema.optional().describe('Exit 1 when the score is below this (0–100); the reason is printed on stderr.'),
  failOn: failOnSchema.optional().describe('Exit 1 when a rule of this severity or worse fails; each such rule is named on stderr.'),
  stable: z.boolean().optional().describe('Fixed timestamps and sorted lists in every report, so two runs diff cleanly.'),
  expect: expectSchema.optional(),
  lawScope: lawScopeDeclarationSchema.optional().describe(
    'Whom the laws behind law rules bind this company, which no page shows for certain, e.g. { "es-customer-service-law": false, "distance-selling": true }. false: rules binding only by that law are not applicable; true: judged even without a sign of it on the site.',
  ),
});
export type ConfigFile = z.infer<typeof configFileSchema>;
