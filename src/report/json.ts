import type { AuditResult } from '../model/audit-result.js';

/** The canonical form: every other format is derived from this. */
export function renderJson(result: AuditResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
