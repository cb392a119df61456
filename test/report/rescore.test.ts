import { describe, expect, it } from 'vitest';
import { rescore } from '../../src/audit/rescore.js';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';
import { buildResult } from './result-builder.js';

describe('rescore: saved findings judged under another pack', () => {
  const saved = buildResult();

  it.each(['eu', 'se'])('under %s every rule of that pack is evaluated, and the score follows the formula', (pack) => {
    const rescored = rescore(saved, pack);
    expect(rescored.rules.map((rule) => rule.id)).toEqual(loadRulePack(pack).rules.map((rule) => rule.id));
    expect(rescored.rulePack).toMatchObject({ id: pack, reason: `rescore --rules ${pack}` });
    // The builder has phone and address but no e-mail: e-mail rules fail, phone rules pass.
    expect(rescored.rules.find((rule) => rule.id === 'email-given')?.status).toBe('fail');
    expect(rescored.rules.find((rule) => rule.id === 'phone-number-given')?.status).toBe('pass');
    expect(rescored.score).toBeLessThan(100);
  });

  it('judges with the scope the company declared when the result was made', () => {
    const declared = { ...buildResult(), lawScope: { 'information-society-service': false, 'distance-selling': false } };
    const rescored = rescore(declared, 'eu');
    expect(rescored.lawScope).toEqual(declared.lawScope);
    expect(rescored.rules.find((rule) => rule.id === 'email-given')).toMatchObject({ status: 'not-applicable', data: { scopeDeclaredOut: 'information-society-service' } });
    expect(rescore(saved, 'eu').rules.find((rule) => rule.id === 'email-given')?.status).toBe('fail');
  });

  it('keeps the findings and the crawl untouched', () => {
    const rescored = rescore(saved, 'eu');
    expect(rescored.channels).toEqual(saved.channels);
    expect(rescored.crawl).toEqual(saved.crawl);
    expect(rescored.auditedAt).toBe(saved.auditedAt);
  });

  it('can switch the language of rule messages', () => {
    const rescored = rescore(saved, 'se', 'sv');
    expect(rescored.lang).toBe('sv');
    expect(rescored.rules.find((rule) => rule.id === 'email-given')?.title).toBe(loadRulePack('se').rules.find((rule) => rule.id === 'email-given')?.title.sv);
  });
});
