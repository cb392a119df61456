import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';
import { evaluatePack } from '../../src/score/evaluate-pack.js';
import { REPORT_LANGS } from '../../src/model/report-lang.js';
import { parseLawScope } from '../../src/cli/option-parsers.js';
import { UsageError } from '../../src/errors.js';
import { configFileSchema } from '../../src/model/config.js';
import { chat, facts } from '../helpers/facts.js';

describe('a company says which laws bind it (lawScope)', () => {
  const es = loadRulePack('es');
  const onlyBot = () => facts({}, { chat: [chat(0, 'bot-only')] });

  it('a law rule whose only scope is declared out is not applicable, saying why in every report language', () => {
    for (const lang of REPORT_LANGS) {
      const rules = evaluatePack(es, { ...onlyBot(), lawScope: { 'es-customer-service-law': false } }, lang);
      const rule = rules.find((candidate) => candidate.id === 'not-chatbot-only')!;
      expect(rule.status).toBe('not-applicable');
      expect(rule.data).toEqual({ scopeDeclaredOut: 'es-customer-service-law' });
      expect(rule.message).toContain('es-customer-service-law');
      expect(rule.message).toContain('lawScope');
    }
  });

  it('undeclared, the same rule is judged (a warning that says whom it binds)', () => {
    const rule = evaluatePack(es, onlyBot(), 'en').find((candidate) => candidate.id === 'not-chatbot-only')!;
    expect(rule.status).toBe('warn');
    expect(rule.message).toMatch(/applies if the company provides a basic service or is large/);
  });

  it('a rule citing two scopes still binds by the one not declared out', () => {
    const eu = loadRulePack('eu');
    const rule = eu.rules.find((candidate) => candidate.id === 'email-given')!;
    expect(rule.binds).toEqual(['information-society-service', 'distance-selling']);
    const judged = evaluatePack(eu, { ...facts({}), lawScope: { 'distance-selling': false } }, 'en').find((candidate) => candidate.id === 'email-given')!;
    expect(judged.status).toBe('fail');
    const out = evaluatePack(eu, { ...facts({}), lawScope: { 'distance-selling': false, 'information-society-service': false } }, 'en')
      .find((candidate) => candidate.id === 'email-given')!;
    expect(out.status).toBe('not-applicable');
  });

  it('guidance and principle rules are never declared out', () => {
    const trygg = loadRulePack('trygg-kundkontakt');
    const all = Object.fromEntries(['information-society-service', 'distance-selling', 'contract-calls', 'accessibility-act', 'es-customer-service-law', 'trade-register', 'pl-capital-company'].map((scope) => [scope, false]));
    const judged = evaluatePack(trygg, { ...facts({}), lawScope: all }, 'en');
    expect(judged.filter((rule) => rule.data.scopeDeclaredOut !== undefined)).toEqual([]);
  });

  it('--law-scope reads scope=yes|no lists and rejects anything else in one line', () => {
    expect(parseLawScope('distance-selling=yes, es-customer-service-law=no')).toEqual({ 'distance-selling': true, 'es-customer-service-law': false });
    expect(() => parseLawScope('shops=yes')).toThrow(UsageError);
    expect(() => parseLawScope('shops=yes')).toThrow(/"shops" is not a law scope; use one of information-society-service, /);
    expect(() => parseLawScope('distance-selling=maybe')).toThrow(/write distance-selling=yes or distance-selling=no/);
    expect(() => parseLawScope('distance-selling')).toThrow(/write distance-selling=yes or distance-selling=no/);
  });

  it('the config file takes the same declaration, and refuses an unknown scope', () => {
    expect(configFileSchema.parse({ lawScope: { 'distance-selling': true } }).lawScope).toEqual({ 'distance-selling': true });
    expect(configFileSchema.safeParse({ lawScope: { shops: true } }).success).toBe(false);
  });
});
