import { EXIT } from '../errors.js';
import type { AuditResult } from '../model/audit-result.js';
import type { FailOn } from '../model/settings.js';

export interface ThresholdFlags {
  failUnder?: number;
  failOn?: FailOn;
}

/**
 * Every threshold the result breaks, one line each, in the words a CI log should show: a red
 * pipeline must say why without anyone opening the report.
 */
export function thresholdBreaches(result: AuditResult, flags: ThresholdFlags): string[] {
  const reasons: string[] = [];
  if (flags.failUnder !== undefined && result.score < flags.failUnder) reasons.push(`score ${result.score} is under --fail-under ${flags.failUnder}`);
  if (flags.failOn !== undefined) {
    for (const rule of result.rules) {
      if (rule.status === 'fail' || (flags.failOn === 'warning' && rule.status === 'warn')) {
        reasons.push(`rule ${rule.id} ${rule.status === 'fail' ? 'failed (error)' : 'warned'}: ${rule.message.replace(/\s+/g, ' ')}`);
      }
    }
  }
  return reasons;
}

/** 1 when the result breaks a threshold the user set, each reason on stderr; otherwise 0 — a bad site alone is not an error. */
export function thresholdExitCode(result: AuditResult, flags: ThresholdFlags): number {
  const reasons = thresholdBreaches(result, flags);
  for (const reason of reasons) process.stderr.write(`kontaktkoll: ${reason}\n`);
  return reasons.length > 0 ? EXIT.threshold : EXIT.ok;
}
