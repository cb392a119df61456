import { EXIT } from '../errors.js';
import type { AuditResult } from '../model/audit-result.js';

/** 1 when the result breaks a threshold the user set; otherwise 0 — a bad site alone is not an error. */
export function thresholdExitCode(result: AuditResult, flags: { failUnder?: number; failOn?: 'error' | 'warning' }): number {
  if (flags.failUnder !== undefined && result.score < flags.failUnder) return EXIT.threshold;
  if (flags.failOn === 'error' && result.rules.some((rule) => rule.status === 'fail')) return EXIT.threshold;
  if (flags.failOn === 'warning' && result.rules.some((rule) => rule.status === 'fail' || rule.status === 'warn')) return EXIT.threshold;
  return EXIT.ok;
}
