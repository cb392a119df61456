import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../../src/model/audit-result.js';
import { gradeOf, scoreOf } from '../../src/score/score-formula.js';

const rule = (severity: RuleResult['severity'], status: RuleResult['status']): RuleResult => ({
  id: `r-${severity}-${status}`, title: 't', severity, status, message: 'm', sourceKind: 'law', sources: [], data: {},
});

describe('score formula', () => {
  it.each([
    { name: 'all pass', rules: [rule('error', 'pass'), rule('warning', 'pass')], score: 100 },
    { name: 'one error of two fails', rules: [rule('error', 'pass'), rule('error', 'fail')], score: 50 },
    { name: 'warning weighs a third of an error', rules: [rule('error', 'pass'), rule('warning', 'warn')], score: 75 },
    { name: 'not-applicable is left out', rules: [rule('error', 'pass'), rule('error', 'not-applicable')], score: 100 },
    { name: 'info never moves the score', rules: [rule('error', 'pass'), rule('info', 'warn')], score: 100 },
    { name: 'nothing applicable', rules: [rule('error', 'not-applicable')], score: 100 },
    { name: 'everything fails', rules: [rule('error', 'fail'), rule('warning', 'warn')], score: 0 },
  ])('$name → $score', ({ rules, score }) => {
    expect(scoreOf(rules)).toBe(score);
  });

  it.each([[100, 'A'], [90, 'A'], [89, 'B'], [80, 'B'], [79, 'C'], [65, 'C'], [64, 'D'], [50, 'D'], [49, 'E'], [35, 'E'], [34, 'F'], [0, 'F']])(
    'score %i is grade %s', (score, grade) => {
      expect(gradeOf(score as number)).toBe(grade);
    },
  );
});
