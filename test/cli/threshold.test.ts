import { describe, expect, it } from 'vitest';
import { thresholdBreaches } from '../../src/cli/threshold.js';
import { parseIntOption } from '../../src/cli/option-parsers.js';
import { buildResult } from '../report/result-builder.js';

describe('thresholds a CI sets', () => {
  const result = buildResult({ lang: 'en' });
  const failed = result.rules.filter((rule) => rule.status === 'fail');
  const warned = result.rules.filter((rule) => rule.status === 'warn');

  it('the result under test fails and warns on some rules, so every branch below is exercised', () => {
    expect(failed.length).toBeGreaterThan(0);
    expect(warned.length).toBeGreaterThan(0);
  });

  it('says the score and the threshold it is under, one line', () => {
    expect(thresholdBreaches(result, { failUnder: result.score + 1 })).toEqual([`score ${result.score} is under --fail-under ${result.score + 1}`]);
    expect(thresholdBreaches(result, { failUnder: result.score })).toEqual([]);
  });

  it('--fail-on error names every failed rule with its message; warnings do not trip it', () => {
    const reasons = thresholdBreaches(result, { failOn: 'error' });
    expect(reasons).toHaveLength(failed.length);
    expect(reasons[0]).toBe(`rule ${failed[0]!.id} failed (error): ${failed[0]!.message}`);
  });

  it('--fail-on warning names warnings too', () => {
    const reasons = thresholdBreaches(result, { failOn: 'warning' });
    expect(reasons).toHaveLength(failed.length + warned.length);
    expect(reasons).toContain(`rule ${warned[0]!.id} warned: ${warned[0]!.message}`);
  });

  it('--fail-under takes 0 to 100 only', () => {
    const parse = parseIntOption('--fail-under', 0, 100);
    expect(parse('0')).toBe(0);
    expect(parse('100')).toBe(100);
    expect(() => parse('150')).toThrow('--fail-under must be a whole number from 0 to 100, not "150"');
    expect(() => parse('-1')).toThrow(/from 0 to 100/);
  });
});
