import { z } from 'zod';
import { availableParallelism } from 'node:os';
import { engineSchema } from '../model/audit-result.js';
import { reportLangSchema } from '../model/report-lang.js';
import { lawScopeDeclarationSchema } from '../model/law-scope.js';
import { AUDIT_DEFAULTS, auditDeviceSchema, concurrencySchema, maxDepthSchema, maxPagesSchema, timeoutSecondsSchema } from '../model/settings.js';

/** Tabs mostly wait on the network: two per core, within what one browser handles well. */
export function defaultTabs(cores = availableParallelism()): number {
  return Math.max(2, Math.min(8, cores * 2));
}

/** Options of one audit, as the programmatic API takes them; the CLI builds this and nothing else. */
export const auditOptionsSchema = z.strictObject({
  url: z.string(),
  /** Most pages to examine. Defaults are `AUDIT_DEFAULTS` (model/settings.ts). */
  maxPages: maxPagesSchema.default(AUDIT_DEFAULTS.maxPages),
  /** Most clicks from the start page to follow. @default the rule packs' deepest click bound (`searchHorizon`) */
  maxDepth: maxDepthSchema.optional(),
  /** Whole-audit budget in seconds. */
  timeoutSeconds: timeoutSecondsSchema.default(AUDIT_DEFAULTS.timeoutSeconds),
  /** `both` audits desktop and mobile and reports each device's clicks. */
  device: auditDeviceSchema.default(AUDIT_DEFAULTS.device),
  /** Folder for screenshots of each channel's nearest finding and of each barrier. */
  screenshots: z.string().optional(),
  /** Rule pack name or file; chosen from the site when absent. */
  rules: z.string().optional(),
  /** Report language. @default the rule pack's language (en for the EU baseline) */
  lang: reportLangSchema.optional(),
  /** Proceed past invalid TLS certificates. @default false */
  ignoreHttpsErrors: z.boolean().default(false),
  /** Browser tabs at once within the audit. @default twice the cores, 2 to 8 */
  concurrency: concurrencySchema.default(defaultTabs),
  /**
   * How pages are read: `browser` renders every page; `http` none (fast, for static sites, no
   * in-page actions); `auto` reads over HTTP and renders only what can change a verdict, with the
   * same verdicts as `browser`.
   */
  engine: engineSchema.default(AUDIT_DEFAULTS.engine),
  /**
   * Examine every page within the budgets: no early stop. For a case file that must cover the
   * site, and to show that the early stop changes no verdict. @default false
   */
  exhaustive: z.boolean().default(false),
  /** Whom the laws bind the company, as it says (config `lawScope`). */
  lawScope: lawScopeDeclarationSchema.optional(),
});
export type AuditOptions = z.infer<typeof auditOptionsSchema>;
export type AuditOptionsInput = z.input<typeof auditOptionsSchema>;

/** Whether an audit reads anything in a browser: every engine but `http` does, and screenshots are taken in one. */
export function auditNeedsBrowser({ engine, screenshots }: Pick<AuditOptionsInput, 'engine' | 'screenshots'>): boolean {
  return engine !== 'http' || Boolean(screenshots);
}
