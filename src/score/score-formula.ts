import type { RuleResult } from '../model/audit-result.js';
import type { Severity } from '../model/rule-pack.js';

/**
 * score = 100 × (weight of passed rules) ÷ (weight of applicable rules), rounded.
 * Weights: error 3, warning 1, info 0 (informational rules never move the score).
 * Not-applicable rules are left out; with nothing applicable the score is 100.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 1, info: 0 };

export const GRADE_BANDS = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 65 },
  { grade: 'D', min: 50 },
  { grade: 'E', min: 35 },
  { grade: 'F', min: 0 },
] as const;
export type Grade = (typeof GRADE_BANDS)[number]['grade'];

export function scoreOf(rules: readonly RuleResult[]): number {
  let total = 0;
  let passed = 0;
  for (const rule of rules) {
    if (rule.status === 'not-applicable') continue;
    const weight = SEVERITY_WEIGHT[rule.severity];
    total += weight;
    if (rule.status === 'pass') passed += weight;
  }
  return total === 0 ? 100 : Math.round((100 * passed) / total);
}

export function gradeOf(score: number): Grade {
  return GRADE_BANDS.find((band) => score >= band.min)?.grade ?? 'F';
}
