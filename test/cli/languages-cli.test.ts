import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';
import { auditResultSchema } from '../../src/model/audit-result.js';
import { REPORT_LANGS } from '../../src/model/report-lang.js';
import { localized } from '../../src/model/rule-pack.js';
import { REPORT_TEXT } from '../../src/report/lang/index.js';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';
import { packagePath } from '../../src/util/package-root.js';
import { FIXTURES_DIR } from '../helpers/fixture-sites.js';
import { buildResult } from '../report/result-builder.js';

const BIN = packagePath('bin', 'kontaktkoll.js');

/** The built CLI as a user runs it; LANG=C names no report language, so nothing but the flag or the pack chooses one. */
function kontaktkoll(args: string[], env: Record<string, string> = {}) {
  return execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', LANG: 'C', ...env }, timeout: 120_000 });
}

/** Each national pack and the language its country reads. */
const NATIONAL = [
  { pack: 'se', lang: 'sv' }, { pack: 'dk', lang: 'da' }, { pack: 'fi', lang: 'fi' }, { pack: 'pl', lang: 'pl' }, { pack: 'es', lang: 'es' },
] as const;

interface ListedPack {
  id: string;
  lang: string;
  title: Record<string, string>;
  rules: Array<{ id: string; title: Record<string, string> }>;
}

describe('kontaktkoll rules in every pack\'s own language', () => {
  it.each([...NATIONAL, { pack: 'eu', lang: 'en' } as const, { pack: 'trygg-kundkontakt', lang: 'sv' } as const])('rules --pack $pack --lang $lang: JSON and text carry the $lang titles', async ({ pack, lang }) => {
    const loaded = loadRulePack(pack);
    const json = await kontaktkoll(['rules', '--pack', pack, '--lang', lang, '--format', 'json']);
    expect(json.exitCode, json.stderr).toBe(0);
    const [listed] = JSON.parse(json.stdout) as ListedPack[];
    expect(listed!.lang).toBe(lang);
    expect(listed!.title[lang]).toBeTruthy();
    for (const rule of listed!.rules) expect({ id: rule.id, title: typeof rule.title[lang] }).toEqual({ id: rule.id, title: 'string' });
    // Text in the language, not English under another name: most titles differ from the English ones.
    if (lang !== 'en') expect(listed!.rules.filter((rule) => rule.title[lang] !== rule.title.en).length).toBeGreaterThan(listed!.rules.length / 2);

    const text = await kontaktkoll(['rules', '--pack', pack, '--lang', lang]);
    expect(text.exitCode, text.stderr).toBe(0);
    for (const rule of loaded.rules) expect(text.stdout).toContain(`    ${localized(rule.title, lang)}\n`);
  });

  it.each(NATIONAL)('rules --pack $pack without --lang (LANG=C) is in $lang, and a locale in another report language wins', async ({ pack, lang }) => {
    const loaded = loadRulePack(pack);
    const phone = loaded.rules.find((rule) => rule.id === 'phone-number-given')!;
    const byPack = await kontaktkoll(['rules', '--pack', pack]);
    expect(byPack.stdout).toContain(`    ${phone.title[lang]}\n`);
    const byLocale = await kontaktkoll(['rules', '--pack', pack], { LANG: 'de_DE.UTF-8' });
    expect(byLocale.stdout).toContain(`    ${phone.title.de}\n`);
  });
});

describe('--lang outside the report languages', () => {
  const saved = join(mkdtempSync(join(tmpdir(), 'kontaktkoll-lang-')), 'result.json');
  writeFileSync(saved, JSON.stringify(buildResult()));
  const accepted = REPORT_LANGS.join(', ');

  it.each([
    ['audit', 'http://127.0.0.1:9/', '--lang', 'xx'],
    ['batch', 'sites.txt', '--lang', 'xx'],
    ['demo', '--lang', 'xx'],
    ['rules', '--lang', 'xx'],
    ['rescore', saved, '--rules', 'eu', '--lang', 'xx'],
    ['merge', 'a', '--output-dir', 'b', '--lang', 'xx'],
    ['audit', 'http://127.0.0.1:9/', '--lang', 'EN'],
  ])('%s …: one line listing the accepted languages, exit 2', async (...args) => {
    const run = await kontaktkoll(args);
    expect(run.exitCode).toBe(2);
    // execa drops the final newline: the whole of stderr is this one line.
    expect(run.stderr).toBe(`kontaktkoll: --lang must be one of ${accepted}, not "${args.at(-1)}"`);
  });
});

describe('an audit with no language set follows its pack', () => {
  const sites = new Map<string, ServedSite>();
  beforeAll(async () => {
    for (const { pack } of NATIONAL) sites.set(pack, await serveStaticSite(join(FIXTURES_DIR, `pack-${pack}`)));
  });
  afterAll(async () => {
    for (const site of sites.values()) await site.close();
  });

  it.each(NATIONAL)('the pack-$pack site under LANG=C: the $pack pack, its rules and the report in $lang', async ({ pack, lang }) => {
    // One run: the result as JSON in a file, the report for a person on the terminal.
    const file = join(mkdtempSync(join(tmpdir(), 'kontaktkoll-pack-lang-')), 'result.json');
    const run = await kontaktkoll(['audit', sites.get(pack)!.url, '--engine', 'http', '--format', 'json', '--output', file]);
    expect(run.exitCode, run.stderr).toBeLessThan(2);
    const result = auditResultSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect({ pack: result.rulePack.id, lang: result.lang }).toEqual({ pack, lang });
    const loaded = loadRulePack(pack);
    expect(result.rulePack.title).toBe(loaded.title[lang]);
    expect(result.rules.map((rule) => rule.title)).toEqual(loaded.rules.map((rule) => rule.title[lang]));
    expect(run.stdout).toContain(`${REPORT_TEXT[lang].messages.grade} ${result.grade} · `);
  });

  it('--lang, a config file\'s lang and a report-language locale each beat the pack', async () => {
    const url = sites.get('dk')!.url;
    const flagged = auditResultSchema.parse(JSON.parse((await kontaktkoll(['audit', url, '--engine', 'http', '--format', 'json', '--lang', 'pl'])).stdout));
    expect({ pack: flagged.rulePack.id, lang: flagged.lang }).toEqual({ pack: 'dk', lang: 'pl' });
    const localeSet = auditResultSchema.parse(JSON.parse((await kontaktkoll(['audit', url, '--engine', 'http', '--format', 'json'], { LANG: 'sv_SE.UTF-8' })).stdout));
    expect(localeSet.lang).toBe('sv');
    const folder = mkdtempSync(join(tmpdir(), 'kontaktkoll-lang-config-'));
    writeFileSync(join(folder, 'kontaktkoll.config.json'), JSON.stringify({ lang: 'nb' }));
    const configured = await execa('node', [BIN, 'audit', url, '--engine', 'http', '--format', 'json'], { reject: false, cwd: folder, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 120_000 });
    expect(auditResultSchema.parse(JSON.parse(configured.stdout)).lang).toBe('nb');
  });
});
