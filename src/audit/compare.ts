import { readFileSync } from 'node:fs';
import { ConfigError, UsageError } from '../errors.js';
import { auditResultSchema, type AuditResult, type RuleStatus } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';
import { formatZodIssues } from '../config/zod-issues.js';
import type { ReportLang } from '../model/report-lang.js';
import { upgradeSavedResult } from '../model/saved-result-upgrade.js';
import { reportText } from '../report/lang/index.js';
import { firstLineOf } from '../util/first-line.js';

export interface Change {
  kind: 'regression' | 'improvement';
  /** `channel:phone`, `rule:email-given` or `score`. */
  subject: string;
  message: string;
}

/** A saved result, validated: a file that is not an AuditResult is a usage error, not a crash. */
export function readResultFile(file: string): AuditResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new UsageError(`cannot read ${file}: ${code}`);
    throw new ConfigError(file, `not valid JSON: ${firstLineOf(error)}`);
  }
  const parsed = auditResultSchema.safeParse(upgradeSavedResult(raw));
  if (!parsed.success) throw new ConfigError(file, `not a kontaktkoll result (schemaVersion 1): ${formatZodIssues(parsed.error)}`);
  return parsed.data;
}

const STATUS_RANK: Record<RuleStatus, number> = { pass: 0, 'not-applicable': 0, warn: 1, fail: 2 };

/**
 * Regressions and improvements per channel (clicks) and per rule (status), then the score, in
 * the current result's language. Order is fixed.
 */
export function compareResults(previous: AuditResult, current: AuditResult): Change[] {
  const { messages: m, compare: words } = reportText(current.lang);
  const clicksText = (clicks: number | null): string => (clicks === null ? m.notFound : m.clicks(clicks));
  const changes: Change[] = [];
  for (const name of CHANNEL_NAMES) {
    const before = previous.channels[name].clicks;
    const after = current.channels[name].clicks;
    if (before === after) continue;
    const worse = after === null || (before !== null && after > before);
    changes.push({ kind: worse ? 'regression' : 'improvement', subject: `channel:${name}`, message: `${m.channels[name]}: ${clicksText(before)} → ${clicksText(after)}` });
  }
  const earlier = new Map(previous.rules.map((rule) => [rule.id, rule]));
  for (const rule of current.rules) {
    const old = earlier.get(rule.id);
    if (!old || STATUS_RANK[old.status] === STATUS_RANK[rule.status]) continue;
    const worse = STATUS_RANK[rule.status] > STATUS_RANK[old.status];
    changes.push({ kind: worse ? 'regression' : 'improvement', subject: `rule:${rule.id}`, message: `${rule.id}: ${words.statuses[old.status]} → ${words.statuses[rule.status]}${worse ? ` — ${rule.message}` : ''}` });
  }
  if (previous.score !== current.score) {
    changes.push({ kind: current.score < previous.score ? 'regression' : 'improvement', subject: 'score', message: words.score(previous.score, current.score, previous.grade, current.grade) });
  }
  return changes;
}

/** One line per change, regressions first: for the terminal and the Markdown summary, in the report's language. */
export function comparisonLines(changes: Change[], lang: ReportLang = 'en'): string[] {
  const words = reportText(lang).compare;
  if (changes.length === 0) return [words.noChange];
  return [
    ...changes.filter((change) => change.kind === 'regression').map((change) => `${words.regression}: ${change.message}`),
    ...changes.filter((change) => change.kind === 'improvement').map((change) => `${words.improvement}: ${change.message}`),
  ];
}
