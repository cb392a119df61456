import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPackIds, rulesAsJson, rulesAsMarkdown, rulesAsText, rulesDocument } from '../../src/audit/rules-listing.js';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';
import { CHECKS } from '../../src/score/checks/index.js';
import { packagePath } from '../../src/util/package-root.js';

const packs = () => bundledPackIds().map((id) => loadRulePack(id));

describe('docs/rules.md', () => {
  it('matches the bundled packs (run `npm run rules-doc` after changing rules/*.yaml)', () => {
    expect(readFileSync(packagePath('docs', 'rules.md'), 'utf8')).toBe(rulesDocument(packs()));
  });

  it('lists every check kind and every rule of every pack', () => {
    const doc = rulesDocument(packs());
    for (const kind of CHECKS.keys()) expect(doc).toContain(`| \`${kind}\` |`);
    for (const pack of packs()) for (const rule of pack.rules) expect(doc).toContain(`| \`${rule.id}\` |`);
  });

  it('has a "Scope and limits" section per pack naming whom each law rule binds and what kontaktkoll cannot know', () => {
    const doc = rulesDocument(packs());
    for (const pack of packs()) {
      const section = doc.split(`## \`${pack.id}\` `)[1]!.split('\n## ')[0]!;
      const scope = section.split('### Scope and limits')[1];
      expect(scope, pack.id).toBeDefined();
      for (const rule of pack.rules.filter((candidate) => candidate.sourceKind === 'law')) {
        expect(scope, `${pack.id} ${rule.id}`).toContain(`| \`${rule.id}\` | ${rule.binds!.map((name) => `\`${name}\``).join(', ')} |`);
        for (const name of rule.binds!) expect(scope).toContain(`- **\`${name}\`** — `);
      }
      if (pack.rules.some((rule) => rule.sourceKind === 'law')) expect(scope).toContain('What kontaktkoll cannot know:');
    }
    expect(doc).toMatch(/company's size and sector/);
  });
});

describe('rule listings', () => {
  it('text: every rule of se with its kind of source and each source link', () => {
    const se = loadRulePack('se');
    const out = rulesAsText([se], 'en');
    for (const rule of se.rules) {
      expect(out).toContain(`  ${rule.id}  ${rule.severity} · ${rule.sourceKind}`);
      for (const source of rule.sources) expect(out).toContain(`<${source.url}>`);
    }
  });

  it('markdown: pack text cannot break the table or form markup', () => {
    const pack = loadRulePack('eu');
    const hostile = { ...pack, rules: [{ ...pack.rules[0]!, title: { sv: 'a | b <script>', en: 'a | b <script>' } }] };
    const out = rulesAsMarkdown([hostile], 'en');
    expect(out).toContain('a \\| b &lt;script&gt;');
    expect(out).not.toContain('<script>');
  });

  it('json: parses, with validated options filled in', () => {
    const parsed = JSON.parse(rulesAsJson([loadRulePack('dk')])) as Array<{ id: string; rules: Array<{ id: string; check: { options: unknown } }> }>;
    expect(parsed[0]!.id).toBe('dk');
    expect(parsed[0]!.rules.find((rule) => rule.id === 'business-id-shown')!.check.options).toEqual({ kinds: ['dk-cvr'], maxClicks: null });
  });

  it('bundled packs come base first', () => {
    expect(bundledPackIds()).toEqual(['eu', 'dk', 'es', 'fi', 'pl', 'se', 'trygg-kundkontakt']);
  });
});
