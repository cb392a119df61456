/** The programmatic API: the CLI is a thin layer over these. */
export { audit, type AuditEvents } from './audit/run-audit.js';
export { auditOptionsSchema, type AuditOptions, type AuditOptionsInput } from './audit/audit-options.js';
export { auditResultSchema, type AuditResult } from './model/audit-result.js';
export { rulePackSchema, type RulePack } from './model/rule-pack.js';
export { REPORT_LANGS, reportLangSchema, type ReportLang } from './model/report-lang.js';
export { loadRulePack } from './config/rule-pack-loader.js';
export { extractPage } from './extract/index.js';
export { renderJson } from './report/json.js';
export { renderTerminal } from './report/terminal.js';
export { EXIT, KontaktkollError } from './errors.js';
