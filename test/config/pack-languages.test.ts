import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localeLang } from '../../src/cli/option-parsers.js';
import { rescore } from '../../src/audit/rescore.js';
import { rulesAsText } from '../../src/audit/rules-listing.js';
import { BUNDLED_RULES_DIR, loadRulePack, type LoadedRule } from '../../src/config/rule-pack-loader.js';
import { ConfigError } from '../../src/errors.js';
import { REPORT_LANGS, type ReportLang } from '../../src/model/report-lang.js';
import { localizedTextSchema, ruleSchema, type LocalizedText } from '../../src/model/rule-pack.js';
import { buildResult } from '../report/result-builder.js';

const bundled = readdirSync(BUNDLED_RULES_DIR).filter((file) => file.endsWith('.yaml')).map((file) => file.replace(/\.yaml$/, ''));

/** A text map: an object keyed by the report languages, as localizedTextSchema (a field's described copy of it is another instance). */
function isLocalizedText(schema: z.ZodType): boolean {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodObject && Object.keys(inner.shape).sort().join() === Object.keys(localizedTextSchema.shape).sort().join();
}

/** Every field of a rule the schema makes a text map: a new one is checked without touching this test. */
const LOCALIZED_FIELDS = Object.entries(ruleSchema.shape)
  .filter(([, schema]) => isLocalizedText(schema))
  .map(([field]) => field as keyof LoadedRule);

function textsOf(rule: LoadedRule): Array<[string, LocalizedText]> {
  return LOCALIZED_FIELDS.flatMap((field) => (rule[field] === undefined ? [] : [[`${rule.id}.${field}`, rule[field] as LocalizedText]]));
}

/** Packs other packs extend (eu): every national pack's report reads their rules, in any report language. */
const inherited = [...new Set(bundled.flatMap((id) => loadRulePack(id).files.slice(0, -1).map((file) => basename(file, '.yaml'))))];

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([#^/]?\s*\w+)\s*\}\}/g)].map((match) => match[1]!.replace(/\s+/g, '')).sort();
}

function writePack(text: string, name = 'pack.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-lang-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const minimalRule = (texts: string) => `
  - id: phone-shown
    title: { ${texts} }
    message: { ${texts} }
    severity: error
    sourceKind: law
    rationale: { ${texts} }
    sources: [{ title: CRD art. 6, url: "https://eur-lex.europa.eu/eli/dir/2011/83/oj" }]
    check: { kind: present, with: { channel: phone } }`;

describe('every bundled pack speaks its language', () => {
  it('the schema names the localized fields this test walks', () => {
    expect(LOCALIZED_FIELDS).toEqual(expect.arrayContaining(['title', 'message', 'passMessage', 'rationale']));
  });

  it.each([
    { id: 'eu', lang: 'en' }, { id: 'se', lang: 'sv' }, { id: 'dk', lang: 'da' }, { id: 'fi', lang: 'fi' },
    { id: 'pl', lang: 'pl' }, { id: 'es', lang: 'es' }, { id: 'trygg-kundkontakt', lang: 'sv' },
  ])('$id is in $lang', ({ id, lang }) => {
    expect(loadRulePack(id).lang).toBe(lang);
  });

  it.each(bundled)('%s: its title and every rule, inherited ones too, have text in the pack\'s language in every localized field', (id) => {
    const pack = loadRulePack(id);
    const missing = [['title', pack.title] as const, ...pack.rules.flatMap(textsOf)].filter(([, text]) => !text[pack.lang]).map(([where]) => where);
    expect({ pack: id, lang: pack.lang, missing }).toEqual({ pack: id, lang: pack.lang, missing: [] });
  });

  it.each([...new Set([...inherited, 'trygg-kundkontakt'])])('%s (a pack others build on, or for any country) has every rule in all eight languages', (id) => {
    expect(inherited).toContain('eu');
    const missing = loadRulePack(id).rules.flatMap(textsOf)
      .flatMap(([where, text]) => REPORT_LANGS.filter((lang) => !text[lang]).map((lang) => `${where}.${lang}`));
    expect(missing).toEqual([]);
  });

  it.each(bundled)('%s: every translation keeps the English text\'s placeholders exactly', (id) => {
    const differing = loadRulePack(id).rules.flatMap(textsOf).flatMap(([where, text]) => REPORT_LANGS
      .filter((lang) => text[lang] !== undefined && placeholders(text[lang]!).join() !== placeholders(text.en).join())
      .map((lang) => ({ where: `${where}.${lang}`, en: placeholders(text.en), [lang]: placeholders(text[lang]!) })));
    expect(differing).toEqual([]);
  });
});

describe('a pack\'s language when loading', () => {
  it('a pack that names its language must write its own texts in it: the file and the paths', () => {
    const file = writePack(`id: mine\nlang: da\ntitle: { en: Mine, da: Min }\nrules:${minimalRule('en: Phone, sv: Telefon')}`);
    expect(() => loadRulePack(file)).toThrow(ConfigError);
    expect(() => loadRulePack(file)).toThrow(/pack\.yaml: rules\[0\]\.title, rules\[0\]\.message, rules\[0\]\.rationale — no text in the pack's language \(lang: da\)/);
  });

  it.each([
    { name: 'an unknown language key', text: `id: mine\ntitle: { en: Mine, dk: Min }\nrules: []`, error: /title.*dk/ },
    { name: 'an unknown pack language', text: `id: mine\nlang: xx\ntitle: { en: Mine }\nrules: []`, error: /lang/ },
    { name: 'no English', text: `id: mine\ntitle: { sv: Min }\nrules: []`, error: /title\.en/ },
  ])('$name is an error naming the place', ({ text, error }) => {
    expect(() => loadRulePack(writePack(text))).toThrow(error);
  });

  it('a pack without `lang` takes the language of the pack it extends, else English', () => {
    expect(loadRulePack(writePack('id: strict-dk\ntitle: { en: Strict }\nextends: [dk]\n')).lang).toBe('da');
    expect(loadRulePack(writePack(`id: mine\ntitle: { sv: Min, en: Mine }\nrules:${minimalRule('sv: Telefon, en: Phone')}`)).lang).toBe('en');
  });

  it.each(REPORT_LANGS)('a company pack with Swedish and English only, reported in %s: English where it has no text, never a crash', (lang: ReportLang) => {
    const file = writePack(`id: mine\ntitle: { sv: Min, en: Mine }\nrules:${minimalRule('sv: Telefon, en: Phone')}`);
    const rescored = rescore(buildResult(), file, lang);
    expect(rescored.lang).toBe(lang);
    expect(rescored.rulePack.title).toBe(lang === 'sv' ? 'Min' : 'Mine');
    expect(rescored.rules[0]!.title).toBe(lang === 'sv' ? 'Telefon' : 'Phone');
  });
});

describe('which language when the user sets none', () => {
  it.each([
    [{ LANG: 'C' }, undefined],
    [{ LANG: 'C.UTF-8' }, undefined],
    [{ LANG: 'POSIX' }, undefined],
    [{}, undefined],
    [{ LANG: 'fr_FR.UTF-8' }, undefined],
    [{ LANG: 'da_DK.UTF-8' }, 'da'],
    [{ LANG: 'nb_NO.UTF-8' }, 'nb'],
    [{ LANG: 'no_NO' }, 'nb'],
    [{ LANG: 'nn_NO.UTF-8' }, 'nb'],
    [{ LANG: 'de_AT.UTF-8' }, 'de'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8' }, 'pl'],
    [{ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'pl_PL.UTF-8', LC_ALL: 'fi_FI.UTF-8' }, 'fi'],
    [{ LANG: 'es' }, 'es'],
  ] as const)('locale %j asks for %s', (env, lang) => {
    expect(localeLang(env)).toBe(lang);
  });

  it('a rule listing without --lang shows each pack in its own language', () => {
    const dk = loadRulePack('dk');
    const out = rulesAsText([loadRulePack('eu'), dk]);
    expect(out).toContain(`dk  ${dk.title.da}`);
    expect(out).toContain(`eu  ${loadRulePack('eu').title.en}`);
    expect(out).toContain(`    ${dk.rules.find((rule) => rule.id === 'phone-number-given')!.title.da}`);
  });
});
