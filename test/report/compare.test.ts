import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResults, comparisonLines, readResultFile } from '../../src/audit/compare.js';
import { ConfigError } from '../../src/errors.js';
import { hours } from '../helpers/facts.js';
import { buildResult, RULES } from './result-builder.js';

describe('--compare previous.json', () => {
  const previous = buildResult();
  const base = buildResult();

  it('reports regressions and improvements per channel and rule, regressions first', () => {
    const current = buildResult({
      channels: { phone: { ...base.channels.phone, clicks: 3 }, hours: { found: true, clicks: 0, path: [], structuredDataOnly: false, items: [hours(0)] } },
      rules: RULES.map((rule) => (rule.id === 'email-given' ? { ...rule, status: 'pass' as const } : rule.id === 'human-contact-within-2-clicks' ? { ...rule, status: 'fail' as const, message: 'A human is 3 clicks away.' } : rule)),
      over: { score: 70, grade: 'C' },
    });
    expect(comparisonLines(compareResults(previous, current))).toEqual([
      'regression: phone: 1 click → 3 clicks',
      'regression: human-contact-within-2-clicks: pass → fail — A human is 3 clicks away.',
      'improvement: hours: not found → 0 clicks',
      'improvement: email-given: fail → pass',
      'improvement: score 62 → 70 (grade D → C)',
    ]);
  });

  it('says so when nothing changed', () => {
    expect(comparisonLines(compareResults(previous, buildResult()))).toEqual(['no change since the previous run']);
  });

  it('reads a saved result, and a file that is not one is a config error', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kontaktkoll-compare-'));
    writeFileSync(join(folder, 'good.json'), JSON.stringify(previous));
    writeFileSync(join(folder, 'bad.json'), JSON.stringify({ ...previous, score: 'high' }));
    expect(readResultFile(join(folder, 'good.json'))).toEqual(previous);
    expect(() => readResultFile(join(folder, 'bad.json'))).toThrow(ConfigError);
    expect(() => readResultFile(join(folder, 'bad.json'))).toThrow(/score/);
  });
});
