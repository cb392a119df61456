import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choosePack } from '../../src/config/pack-choice.js';
import { judgeRegion } from '../../src/extract/region.js';
import { BUNDLED_RULES_DIR, loadRulePack } from '../../src/config/rule-pack-loader.js';
import { ConfigError } from '../../src/errors.js';

const bundled = readdirSync(BUNDLED_RULES_DIR).filter((file) => file.endsWith('.yaml')).map((file) => file.replace(/\.yaml$/, ''));

function writePack(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-pack-'));
  const file = join(dir, 'pack.yaml');
  writeFileSync(file, text);
  return file;
}

const minimalRule = `
  - id: phone-shown
    title: { sv: Telefon, en: Phone }
    message: { sv: Saknas, en: Missing }
    severity: error
    sourceKind: law
    rationale: { sv: Lag, en: Law }
    sources: [{ title: CRD art. 6, url: "https://eur-lex.europa.eu/eli/dir/2011/83/oj" }]
    check: { kind: present, with: { channel: phone } }`;

describe('sources say what the rules attribute to them', () => {
  it.each(bundled)('%s cites the Consumer Rights Directive in its consolidated text, as amended, never the 2011 original', (id) => {
    for (const rule of loadRulePack(id).rules) {
      for (const source of rule.sources.filter((cited) => /2011\/83/.test(cited.title))) {
        expect({ rule: rule.id, url: source.url }).toEqual({ rule: rule.id, url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02011L0083-20220528' });
      }
    }
  });

  it.each(bundled)('%s links every source to the text cited, never to a home page', (id) => {
    const homePages = loadRulePack(id).rules.flatMap((rule) => rule.sources
      .filter((source) => { const url = new URL(source.url); return url.pathname.replace(/\/$/, '') === '' && url.search === ''; })
      .map((source) => `${rule.id}: ${source.url}`));
    expect(homePages).toEqual([]);
  });

  it.each(bundled)('%s says whom every law rule binds, and no principle or guidance claims to bind anyone', (id) => {
    for (const rule of loadRulePack(id).rules) {
      expect({ rule: rule.id, binds: rule.sourceKind === 'law' ? (rule.binds?.length ?? 0) > 0 : rule.binds === undefined }).toEqual({ rule: rule.id, binds: true });
    }
  });

  it('phone-number-given states its scope (distance contracts with consumers), cites C-649/17 and does not apply without signs of selling', () => {
    for (const id of bundled.filter((pack) => pack !== 'trygg-kundkontakt')) {
      const rule = loadRulePack(id).rules.find((candidate) => candidate.id === 'phone-number-given')!;
      expect(rule.sources.map((source) => source.url)).toContain('https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62017CJ0649');
      expect(rule.rationale.en).toMatch(/binds those selling to consumers at a distance only/);
      expect(rule.options).toMatchObject({ channel: 'phone', distanceSellingOnly: true });
      expect(rule.notApplicableMessage?.en).toMatch(/applies only before distance contracts/);
    }
  });

  it('rules resting on no law or authority text say they are kontaktkoll\'s own principle', () => {
    const eu = loadRulePack('eu');
    for (const id of ['human-contact-within-2-clicks', 'opening-hours-stated']) {
      const rule = eu.rules.find((candidate) => candidate.id === id)!;
      expect(rule.sourceKind).toBe('principle');
      expect(rule.rationale.en).toMatch(/kontaktkoll's own principle/);
      expect(rule.sources.some((source) => /konsumentverket|kontakta/.test(source.url))).toBe(false);
    }
  });

  it('national packs cite their own law for the business id: fi 917/2014, pl the Commercial Companies Code art. 206, se the Distance Contracts Act, es the LSSI', () => {
    const titles = (pack: string) => loadRulePack(pack).rules.find((rule) => rule.id === 'business-id-shown')!.sources.map((source) => source.title).join(' | ');
    expect(titles('fi')).toMatch(/917\/2014/);
    expect(titles('pl')).toMatch(/Kodeks spółek handlowych, art. 206/);
    expect(titles('se')).toMatch(/2005:59.*organisationsnummer/);
    expect(titles('es')).toMatch(/LSSI\), art. 10/);
  });

  it('es: the chatbot rule cites Law 10/2025 by its ELI link and says in every message whom the law binds', () => {
    const rule = loadRulePack('es').rules.find((candidate) => candidate.id === 'not-chatbot-only')!;
    expect(rule.sources.map((source) => source.url)).toContain('https://www.boe.es/eli/es/l/2025/12/26/10');
    expect(rule.sources.some((source) => source.url === 'https://www.boe.es/')).toBe(false);
    expect(rule.severity).toBe('warning');
    expect(rule.message.en).toMatch(/applies if the company provides a basic service or is large/);
    expect(rule.message.sv).toMatch(/gäller om företaget/);
    expect((rule.message as Record<string, string>).es).toMatch(/se aplica si la empresa/);
  });

  it('eu: the image-only rule states the Accessibility Act\'s scope and its microenterprise exemption, and does not call EN 301 549 its harmonised standard', () => {
    const rule = loadRulePack('eu').rules.find((candidate) => candidate.id === 'contact-details-not-image-only')!;
    expect(rule.rationale.en).toMatch(/microenterprises providing services are exempt/);
    expect(rule.rationale.en).toMatch(/not yet the Act's harmonised standard/);
    expect(rule.rationale.en).not.toMatch(/its harmonised standard EN 301 549/);
  });

  it('se: "as easy to cancel as to sign up" is called a proposal, not current guidance', () => {
    const rule = loadRulePack('se').rules.find((candidate) => candidate.id === 'cancellation-route-shown')!;
    expect(rule.rationale.en).toMatch(/is a proposal in Konsumentverket's report to the Government, not yet current guidance/);
    expect(rule.rationale.sv).toMatch(/är ett förslag/);
  });
});

describe('bundled rule packs', () => {
  it.each(bundled)('%s loads and every rule cites a source with a link and says its kind', (id) => {
    const pack = loadRulePack(id);
    expect(pack.rules.length).toBeGreaterThan(0);
    for (const rule of pack.rules) {
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(['law', 'guidance', 'principle']).toContain(rule.sourceKind);
      expect(rule.title.sv && rule.title.en).toBeTruthy();
    }
  });

  it('se extends eu and adds Swedish law to inherited rules', () => {
    const se = loadRulePack('se');
    const eu = loadRulePack('eu');
    expect(se.rules.map((rule) => rule.id).slice(0, eu.rules.length)).toEqual(eu.rules.map((rule) => rule.id));
    const email = se.rules.find((rule) => rule.id === 'email-given')!;
    expect(email.sources.map((source) => source.title).join(' ')).toMatch(/2002:562/);
    expect(se.files.map((file) => file.split('/').pop())).toEqual(['eu.yaml', 'se.yaml']);
  });

  it.each(['se', 'eu', 'dk', 'pl', 'fi', 'es'])('the seven foundation rules are in %s', (id) => {
    expect(loadRulePack(id).rules.map((rule) => rule.id)).toEqual(expect.arrayContaining([
      'email-given', 'geographic-address-given', 'human-contact-within-2-clicks', 'opening-hours-stated',
      'phone-not-premium-rate', 'phone-number-given', 'two-means-of-contact',
    ]));
  });

  it.each([
    { id: 'dk', lang: 'da' as const }, { id: 'pl', lang: 'pl' as const }, { id: 'fi', lang: 'fi' as const }, { id: 'es', lang: 'es' as const },
  ])('$id speaks its own language ($lang) in the rules it defines', ({ id, lang }) => {
    const pack = loadRulePack(id);
    const own = pack.rules.filter((rule) => !loadRulePack('eu').rules.some((base) => base.id === rule.id) || rule.title[lang] !== undefined);
    expect(pack.title[lang]).toBeTruthy();
    expect(own.length).toBeGreaterThan(0);
    for (const rule of own) expect({ id: rule.id, title: rule.title[lang], message: rule.message[lang], rationale: rule.rationale[lang] })
      .toEqual({ id: rule.id, title: expect.any(String), message: expect.any(String), rationale: expect.any(String) });
  });

  it.each([
    { pack: 'se', rule: 'business-id-shown', kinds: ['se-orgnr'] },
    { pack: 'dk', rule: 'business-id-shown', kinds: ['dk-cvr'] },
    { pack: 'pl', rule: 'business-id-shown', kinds: ['pl-nip', 'pl-krs'] },
    { pack: 'fi', rule: 'business-id-shown', kinds: ['fi-ytunnus'] },
    { pack: 'es', rule: 'business-id-shown', kinds: ['es-nif'] },
  ])('$pack asks for its own business id', ({ pack, rule, kinds }) => {
    expect((loadRulePack(pack).rules.find((r) => r.id === rule)!.options as { kinds: string[] }).kinds).toEqual(kinds);
  });

  it('the Trygg Kundkontakt pack rests on principles only, never on law', () => {
    const pack = loadRulePack('trygg-kundkontakt');
    expect(new Set(pack.rules.map((rule) => rule.sourceKind))).toEqual(new Set(['principle']));
    const citesKontakta = (rule: (typeof pack.rules)[number]) => rule.sources.some((source) => source.url.startsWith('https://www.kontakta.se/'));
    // Kontakta's published criteria say nothing of opening hours or call cost: those two rest on Telekområdgivarna only.
    expect(pack.rules.filter((rule) => !citesKontakta(rule)).map((rule) => rule.id).sort()).toEqual(['no-extra-cost-to-call', 'opening-hours-stated']);
  });

  it('fi warns of service numbers that may cost more than a normal call; the eu baseline does not fail them', () => {
    const fi = loadRulePack('fi').rules.find((rule) => rule.id === 'phone-not-service-number')!;
    expect(fi).toMatchObject({ severity: 'warning', sourceKind: 'law', options: { costs: ['may-cost-more'] } });
    expect(fi.sources.map((source) => source.title).join(' | ')).toMatch(/2 luku 14 §.*MAO:301\/2025/);
    expect(loadRulePack('eu').rules.find((rule) => rule.id === 'phone-not-premium-rate')!.options).toMatchObject({ costs: ['premium-rate', 'shared-cost'] });
  });

  it('es presents the chatbot rule as Spanish law, eu as a principle', () => {
    expect(loadRulePack('eu').rules.find((rule) => rule.id === 'not-chatbot-only')!.sourceKind).toBe('principle');
    expect(loadRulePack('es').rules.find((rule) => rule.id === 'not-chatbot-only')!.sourceKind).toBe('law');
  });
});

describe('a company\'s own pack by path', () => {
  it('loads, with check options validated and defaults filled', () => {
    const pack = loadRulePack(writePack(`id: mine\ntitle: { sv: Min, en: Mine }\nrules:${minimalRule}`));
    expect(pack.rules.map((rule) => [rule.id, rule.options])).toEqual([['phone-shown', { channel: 'phone', distanceSellingOnly: false }]]);
  });

  it.each([
    { name: 'YAML syntax', text: 'id: [unclosed', error: /not valid YAML/ },
    { name: 'unknown key', text: `id: mine\ntitle: { sv: M, en: M }\ncolour: red\nrules: []`, error: /colour/ },
    { name: 'missing title', text: `id: mine\nrules: []`, error: /title/ },
    { name: 'unknown check kind', text: `id: mine\ntitle: { sv: M, en: M }\nrules:${minimalRule.replace('kind: present', 'kind: teleport')}`, error: /rules\[0\]\.check\.kind — unknown check "teleport"/ },
    { name: 'bad check option', text: `id: mine\ntitle: { sv: M, en: M }\nrules:${minimalRule.replace('channel: phone', 'channel: pigeon')}`, error: /rules\[0\]\.check\.with\.channel/ },
    { name: 'source without link', text: `id: mine\ntitle: { sv: M, en: M }\nrules:${minimalRule.replace('url: "https://eur-lex.europa.eu/eli/dir/2011/83/oj"', 'url: "not a link"')}`, error: /rules\[0\]\.sources\[0\]\.url/ },
    { name: 'override of a missing rule', text: `id: mine\ntitle: { sv: M, en: M }\nextends: [eu]\noverrides:\n  no-such-rule: { severity: info }`, error: /overrides\.no-such-rule/ },
  ])('a broken pack ($name) names the file and the place', ({ text, error }) => {
    const file = writePack(text);
    let thrown: unknown;
    try {
      loadRulePack(file);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toContain(file);
    expect((thrown as Error).message).toMatch(error);
  });

  it('an override tightens an inherited threshold', () => {
    const pack = loadRulePack(writePack(`id: strict\ntitle: { sv: S, en: S }\nextends: [se]\noverrides:\n  human-contact-within-2-clicks: { with: { max: 1 }, severity: warning }`));
    const rule = pack.rules.find((r) => r.id === 'human-contact-within-2-clicks')!;
    expect(rule.options).toEqual({ channel: 'human', max: 1 });
    expect(rule.severity).toBe('warning');
  });
});

/** The pack for a site, through the same region decision the audit makes. */
function packFor(site: { url: string; lang: string; texts?: string[]; flag?: string }) {
  const region = judgeRegion({ lang: site.lang, hostname: new URL(site.url).hostname, texts: site.texts ?? [] });
  return choosePack({ flag: site.flag, region });
}

describe('pack choice', () => {
  it.each([
    { url: 'https://www.exempel.se/', lang: 'en', flag: undefined, pack: 'se' },
    { url: 'http://127.0.0.1:8080/', lang: 'sv', flag: undefined, pack: 'se' },
    { url: 'http://127.0.0.1:8080/', lang: 'sv-se', flag: undefined, pack: 'se' },
    { url: 'https://example.com/', lang: 'en', flag: undefined, pack: 'eu' },
    { url: 'https://example.se/', lang: 'sv', flag: 'eu', pack: 'eu' },
    { url: 'https://www.eksempel.dk/', lang: 'en', flag: undefined, pack: 'dk' },
    { url: 'https://www.przyklad.pl/', lang: '', flag: undefined, pack: 'pl' },
    { url: 'https://www.esimerkki.fi/', lang: 'sv', flag: undefined, pack: 'fi' },
    { url: 'https://www.ejemplo.es/', lang: 'ca', flag: undefined, pack: 'es' },
    { url: 'http://127.0.0.1:8080/', lang: 'da-DK', flag: undefined, pack: 'dk' },
    { url: 'https://example.com/', lang: 'fi', flag: undefined, pack: 'fi' },
    { url: 'https://example.com/', lang: 'es-ES', flag: undefined, pack: 'es' },
    { url: 'https://example.com/', lang: 'pl', flag: 'trygg-kundkontakt', pack: 'trygg-kundkontakt' },
  ])('$url lang=$lang --rules=$flag → $pack', ({ url, lang, flag, pack }) => {
    expect(packFor({ url, lang, flag }).pack).toBe(pack);
  });

  // The pack follows the country the whole page points to, not the domain and lang alone.
  it.each([
    { why: 'Polish text on a .com without lang', url: 'https://example.com/', lang: '', texts: ['Kontakt z nami', 'Sklep jest otwarty oraz online', 'Tel. +48 22 123 45 67'], pack: 'pl' },
    { why: 'Danish text on an IP', url: 'http://127.0.0.1/', lang: '', texts: ['Kontakt os', 'Åbningstider: hverdage 9-16', 'Vi svarer ikke i weekenden', 'CVR 12345678'], pack: 'dk' },
    { why: 'an Austrian site (no AT pack)', url: 'http://127.0.0.1/', lang: 'de', texts: ['Tel. 0676 5260438', 'Hauptplatz 3, 9620 Hermagor'], pack: 'eu' },
    { why: 'Swedish words under a CMS default lang="en-US"', url: 'https://example.com/', lang: 'en-US', texts: ['Kontakta oss', 'Öppettider vardagar', 'Vi svarar inte på helger och'], pack: 'se' },
    { why: '--rules still wins', url: 'https://example.com/', lang: 'pl', texts: ['Kontakt z nami'], flag: 'se', pack: 'se' },
  ])('$why → $pack', ({ url, lang, texts, flag, pack }) => {
    expect(packFor({ url, lang, texts, flag }).pack).toBe(pack);
  });

  it.each([
    { url: 'https://www.eksempel.dk/', lang: 'en', reason: /country DK \(the domain \.dk/ },
    { url: 'http://127.0.0.1/', lang: 'pl', reason: /country PL \(lang="pl"\)/ },
    { url: 'https://example.com/', lang: 'de', reason: /no national pack for the site's country DE/ },
    { url: 'https://example.com/', lang: 'en', reason: /nothing on the site points to a country/ },
    { url: 'http://127.0.0.1/', lang: 'de', texts: ['Tel. 0676 5260438', 'Hauptplatz 3, 9620 Hermagor'], reason: /no national pack for the site's country AT \(.*Austrian mobile numbers/ },
    { url: 'https://example.com/', lang: 'pl', flag: 'eu', reason: /^--rules eu$/ },
  ])('says why: $url lang=$lang', ({ reason, ...site }) => {
    expect(packFor(site).reason).toMatch(reason);
  });
});
