import { z } from 'zod';
import { deviceSchema, engineSchema } from '../model/audit-result.js';
import { reportLangSchema } from '../model/report-lang.js';
import { concurrencySchema, maxDepthSchema, maxPagesSchema, timeoutSecondsSchema } from '../model/settings.js';

/** How each site of a batch is audited; the same for a local batch and a queue worker. */
export const siteSettingsSchema = z.strictObject({
  audit: z.strictObject({
    maxPages: maxPagesSchema,
    /** Absent: each site's rule packs' deepest click limit. */
    maxDepth: maxDepthSchema.optional(),
    timeoutSeconds: timeoutSecondsSchema,
    device: deviceSchema,
    /** Absent: each site's report is in its rule pack's language. */
    lang: reportLangSchema.optional(),
    concurrency: concurrencySchema,
    engine: engineSchema.optional(),
    rules: z.string().optional(),
  }),
  /** Hard cap on one site, crawl and all; past it the site's browser is killed. */
  siteBudgetSeconds: z.number().positive().max(7_200),
  allowPrivate: z.boolean(),
  contact: z.string().url().optional(),
  /** Requests a second to one host; 0 = unlimited. */
  hostRate: z.number().min(0).max(1_000),
  outputDir: z.string(),
  /** Written into each journal line, to tell runs and workers apart. */
  by: z.string(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
