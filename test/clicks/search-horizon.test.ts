import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchHorizon, UNBOUNDED_SEARCH_DEPTH } from '../../src/clicks/search-horizon.js';
import { packsThatMayJudge } from '../../src/config/pack-choice.js';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';

function packWith(checks: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-horizon-'));
  const file = join(dir, 'pack.yaml');
  const rules = checks.map((check, index) => `
  - id: rule-${index}
    title: { en: Rule ${index} }
    message: { en: Missing }
    severity: error
    sourceKind: principle
    rationale: { en: Why }
    sources: [{ title: ECD art. 5, url: "https://eur-lex.europa.eu/eli/dir/2000/31/oj" }]
    check: ${check}`).join('');
  writeFileSync(file, `id: own\nlang: en\ntitle: { en: Own }\ndescription: { en: Own }\nrules:${rules}\n`);
  return file;
}

describe('how deep an audit searches when no depth is given', () => {
  it('is the deepest click limit of any rule, whichever option of its check kind bounds it', () => {
    const pack = loadRulePack(packWith([
      '{ kind: maxClicks, with: { channel: human, max: 2 } }',
      '{ kind: orgNumberShown, with: { maxClicks: 5 } }',
      '{ kind: present, with: { channel: phone } }',
    ]));
    expect(searchHorizon([pack])).toBe(5);
    expect(searchHorizon([loadRulePack(packWith(['{ kind: notChatbotOnly, with: { within: 1 } }']))])).toBe(1);
  });

  it('a route rule counts with its default limit; a rule without one bounds nothing', () => {
    expect(searchHorizon([loadRulePack(packWith(['{ kind: complaintRouteShown }']))])).toBe(3);
    const unbounded = loadRulePack(packWith(['{ kind: present, with: { channel: email } }', '{ kind: orgNumberShown }']));
    expect(searchHorizon([unbounded])).toBe(UNBOUNDED_SEARCH_DEPTH);
  });

  it('for a pack chosen by the site, the deepest of every pack it could be: 3 for the bundled ones', () => {
    const each = ['eu', 'se', 'dk', 'fi', 'pl', 'es'].map((id) => searchHorizon([loadRulePack(id)]));
    expect(searchHorizon(packsThatMayJudge(null))).toBe(Math.max(...each));
    expect(searchHorizon(packsThatMayJudge(null))).toBe(3);
    expect(packsThatMayJudge(null).map((pack) => pack.id).sort()).toEqual(['dk', 'es', 'eu', 'fi', 'pl', 'se']);
  });
});
