import { z } from 'zod';
import { deviceSchema } from '../model/audit-result.js';

/** Options of one audit, as the programmatic API takes them; the CLI builds this and nothing else. */
export const auditOptionsSchema = z.strictObject({
  url: z.string(),
  /** @default 60 */
  maxPages: z.number().int().min(1).max(10_000).default(60),
  /** @default 4 */
  maxDepth: z.number().int().min(0).max(20).default(4),
  /** Whole-audit budget in seconds. @default 90 */
  timeoutSeconds: z.number().positive().max(3_600).default(90),
  /** `both` audits desktop and mobile and reports each device's clicks. @default desktop */
  device: z.union([deviceSchema, z.literal('both')]).default('desktop'),
  /** Folder for screenshots of each channel's nearest finding and of each barrier. */
  screenshots: z.string().optional(),
  /** Rule pack name or file; chosen from the site when absent. */
  rules: z.string().optional(),
  lang: z.enum(['sv', 'en']).default('en'),
  /** Proceed past invalid TLS certificates. @default false */
  ignoreHttpsErrors: z.boolean().default(false),
  /** Browser tabs at once within the audit. @default 4 */
  concurrency: z.number().int().min(1).max(16).default(4),
});
export type AuditOptions = z.infer<typeof auditOptionsSchema>;
export type AuditOptionsInput = z.input<typeof auditOptionsSchema>;
