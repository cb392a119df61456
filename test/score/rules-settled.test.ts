import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';
import type { Route } from '../../src/model/signals.js';
import { rulesSettled } from '../../src/score/rules-settled.js';
import { facts } from '../helpers/facts.js';

function pack(check: string, severity = 'error') {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-settled-'));
  const file = join(dir, 'pack.yaml');
  writeFileSync(file, `id: own\nlang: en\ntitle: { en: Own }\ndescription: { en: Own }\nrules:
  - id: the-rule
    title: { en: Rule }
    message: { en: Missing }
    severity: ${severity}
    sourceKind: principle
    rationale: { en: Why }
    sources: [{ title: ECD art. 5, url: "https://eur-lex.europa.eu/eli/dir/2000/31/oj" }]
    check: ${check}\n`);
  return [loadRulePack(file)];
}

const route = (clicks: number): Route => ({ clicks, pageUrl: 'https://www.exempel.se/', path: [], via: 'link', label: 'Reklamation', url: 'https://www.exempel.se/reklamation' });
const everyChannel = { phone: 0, email: 0, form: 0, chat: 0, address: 0, hours: 0 };

describe('whether pages not yet examined could change a rule (what the early stop waits for)', () => {
  it('a route rule not met waits for every page up to its click limit; once met, for none', () => {
    const complaint = pack('{ kind: complaintRouteShown, with: { maxClicks: 3 } }');
    const without = facts(everyChannel, {}, { complaintRoute: null });
    expect(rulesSettled(complaint, without, 1)).toBe(false);
    expect(rulesSettled(complaint, without, 3)).toBe(false);
    expect(rulesSettled(complaint, without, 4)).toBe(true);
    expect(rulesSettled(complaint, facts(everyChannel, {}, { complaintRoute: route(2) }), 1)).toBe(true);
  });

  it('a rule with no click limit that is not met waits for the whole search', () => {
    const orgNumber = pack('{ kind: orgNumberShown }');
    expect(rulesSettled(orgNumber, facts(everyChannel, {}, { orgNumbers: [] }), 3)).toBe(false);
    expect(rulesSettled(orgNumber, facts(everyChannel, {}, { orgNumbers: [] }), 20)).toBe(false);
    const shown = { pageUrl: 'https://www.exempel.se/', path: [], evidence: '', kind: 'se-orgnr' as const, value: '556677-8899', valid: true, clicks: 0 };
    expect(rulesSettled(orgNumber, facts(everyChannel, {}, { orgNumbers: [shown] }), 1)).toBe(true);
  });

  it('an informational rule, which never moves the score, does not hold the stop back; the same rule as a warning does', () => {
    const without = facts(everyChannel, {}, { trustMarks: [] });
    expect(rulesSettled(pack('{ kind: trustMarkShown }', 'info'), without, 1)).toBe(true);
    expect(rulesSettled(pack('{ kind: trustMarkShown }', 'warning'), without, 1)).toBe(false);
  });

  it('a rule judged over the pages examined does not hold the stop back', () => {
    const coverage = pack('{ kind: contactLinkOnEveryPage }');
    expect(rulesSettled(coverage, facts(everyChannel, {}, { contactLinkCoverage: { pagesChecked: 3, pagesWithRoute: 3, pagesWithout: [] } }), 1)).toBe(true);
  });
});
