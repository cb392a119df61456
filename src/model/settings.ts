import { z } from 'zod';
import { deviceSchema, engineSchema, type Engine } from './audit-result.js';
import { severitySchema } from './rule-pack.js';

/**
 * The vocabularies and defaults of the settings a person chooses — on the command line, in a
 * config file or through `audit()` — each written once. The CLI takes its flags' choices, help
 * and error messages from here, the config file and the audit options their schemas and defaults,
 * so adding a format or changing a default is one edit in this file. Report languages are
 * `report-lang.ts`; devices and engines are part of the result (`audit-result.ts`).
 */

/** The report formats, in the order help texts list them; every other format is derived from `json`. */
export const REPORT_FORMATS = ['text', 'json', 'html', 'md', 'junit', 'sarif', 'csv'] as const;
export const reportFormatSchema = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** What `kontaktkoll rules` can print a pack as. */
export const rulesFormatSchema = reportFormatSchema.extract(['text', 'md', 'json']);
export type RulesFormat = z.infer<typeof rulesFormatSchema>;

/** A device to audit as, or `both`: each device, and how they differ. */
export const auditDeviceSchema = z.enum([...deviceSchema.options, 'both']);
export type AuditDevice = z.infer<typeof auditDeviceSchema>;

/** The least severity of a failed rule that fails the run (`--fail-on`, config `failOn`). */
export const failOnSchema = severitySchema.exclude(['info']);
export type FailOn = z.infer<typeof failOnSchema>;

/** What each engine does, in the words help texts and the config schema use. */
export const ENGINE_MEANINGS: Readonly<Record<Engine, string>> = {
  auto: 'render only what can change a verdict',
  browser: 'render every page',
  http: 'never render',
};

/** `auto (render only what can change a verdict), browser (render every page) or http (never render)`. */
export function enginesExplained(): string {
  return listInWords(engineSchema.options.map((engine) => `${engine} (${ENGINE_MEANINGS[engine]})`));
}

/** `a, b or c`: a vocabulary as a sentence says it. */
export function listInWords(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

/** The ranges of the audit's numeric settings, shared by the config file, the audit options and a batch's sites. */
export const maxPagesSchema = z.number().int().min(1).max(10_000);
export const maxDepthSchema = z.number().int().min(0).max(20);
/** Seconds for the whole audit. */
export const timeoutSecondsSchema = z.number().positive().max(3_600);
/** Browser tabs (and HTTP fetches) at once within one audit. */
export const concurrencySchema = z.number().int().min(1).max(16);
/** A score threshold, 0–100 (`--fail-under`, config `failUnder`, `expect.minScore`). */
export const scoreThresholdSchema = z.number().int().min(0).max(100);

/** What an audit does when no depth is given, in words for --help and the config's schema. */
export const MAX_DEPTH_DEFAULT_TEXT = 'the deepest click limit of the rule pack (3 for the bundled packs): a channel is searched for as far as a rule counts clicks';

/**
 * Each audit setting's default, once: the audit options' zod defaults, the CLI's flag defaults
 * and the config file's descriptions all read it. (Concurrency's default depends on the machine:
 * `defaultTabs` in `audit/audit-options.ts`.)
 */
export const AUDIT_DEFAULTS = {
  maxPages: 60,
  timeoutSeconds: 90,
  device: 'desktop',
  engine: 'auto',
  format: ['text'],
} as const satisfies {
  maxPages: number; timeoutSeconds: number; device: AuditDevice; engine: Engine; format: readonly ReportFormat[];
};

/** The defaults of what `batch` and `worker` add to an audit. */
export const BATCH_DEFAULTS = {
  /** Where results.jsonl, the per-site reports and the summary go. */
  outputDir: 'kontaktkoll-batch',
  /** Browser tabs at once within one site. */
  tabs: 2,
  /** Most requests a second to one host. */
  hostRate: 4,
  /** Seconds of a site's hard limit beyond its crawl budget (`--site-timeout` = `--timeout` + this). */
  siteBudgetMarginSeconds: 30,
  /** A queued job whose worker is silent this long goes back to the queue. */
  lockSeconds: 30,
} as const;
