import type { AuditResult } from '../model/audit-result.js';
import { renderJson } from './json.js';
import { renderTerminal } from './terminal.js';

export const REPORT_FORMATS = ['text', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function render(result: AuditResult, format: ReportFormat, options: { color: boolean }): string {
  return format === 'json' ? renderJson(result) : renderTerminal(result, options);
}
