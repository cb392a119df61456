import type { RuleResult } from '../model/audit-result.js';

const ORDER: Record<RuleResult['status'], number> = { fail: 0, warn: 1, pass: 2, 'not-applicable': 3 };

/**
 * Rules a reader must act on first: failed, then warnings, then met, then those that do not
 * apply. Stable, so within a status the pack's own order stays (and two runs still diff cleanly).
 */
export function rulesWorstFirst(rules: readonly RuleResult[]): RuleResult[] {
  return rules.map((rule, index) => ({ rule, index }))
    .sort((a, b) => ORDER[a.rule.status] - ORDER[b.rule.status] || a.index - b.index)
    .map(({ rule }) => rule);
}
