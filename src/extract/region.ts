import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { COUNTRY_SIGNALS, callingCodeSignals, type CountrySignal } from './region-evidence.js';
import { LANGUAGE_REGIONS, countriesOfLanguage, languageOfTexts, type TextLanguage } from './region-language.js';

export { LANGUAGE_REGIONS } from './region-language.js';

/**
 * The default region of a site: the country its phone numbers and addresses are written for
 * when they carry no country code. Every piece of evidence a person would use is a vote, and
 * the country with the most points wins:
 *   - a region subtag of `<html lang>` ("sv-SE", "de-AT"): the author naming the country, 8;
 *   - a country-code TLD (.se, .dk, .co.uk…), 6;
 *   - the language, from `lang` and, separately, from the words of the text (Norwegian told
 *     from Danish and Swedish by the words only it writes), 4 each, shared among the countries
 *     that write it (German: Germany, nearly as much Austria and Switzerland);
 *   - facts in the text and in tel: links: calling codes, currencies, postcode forms, company
 *     registers and VAT numbers, place names, national mobile prefixes (region-evidence.ts).
 * So `lang="de"` is one vote among others: a "0676" mobile number and "9620 Hermagor" make a
 * German-language page Austrian. With no evidence, or a tie, the region is SE, the market
 * kontaktkoll is built for. A page in a European language never gets a country outside Europe
 * (a CMS's default `lang="en-US"` on a Norwegian page).
 */
export interface RegionSignals {
  /** `<html lang>`, any case, '' when absent. */
  lang: string;
  hostname: string;
  /** Visible text of the page(s). */
  texts?: readonly string[];
  /** `tel:` hrefs of the page(s). */
  telHrefs?: readonly string[];
}

export interface RegionJudgement {
  region: CountryCode;
  /** 'evidence' when something on the site pointed to the country, 'default' when nothing did (or a tie). */
  basis: 'evidence' | 'default';
  /** The winner leads clearly: more text would not change it. */
  confident: boolean;
  /** What pointed to the region, strongest first: ['the domain .dk', 'lang="da"']. */
  reasons: string[];
}

export const DEFAULT_REGION: CountryCode = 'SE';

const SUBTAG_POINTS = 8;
/** A non-European subtag on a European language is mostly a CMS default ("en-US"): a faint vote. */
const FOREIGN_SUBTAG_POINTS = 1;
const TLD_POINTS = 6;
const LANG_POINTS = 4;
const TEXT_LANGUAGE_POINTS = { clear: 4, unclear: 2 } as const;
/** One fact repeated in every footer of a crawl should not outvote everything else. */
const MAX_HITS_PER_SIGNAL = 5;
/** Text read for evidence, at most: enough for any site's language and facts, bounded for a hostile one. */
const MAX_TEXT = 200_000;
/** The least evidence there must be before it beats the default. */
const MIN_SCORE = 2;
/** Confident: at least this much, and the runner-up at most half of it. */
const CONFIDENT_SCORE = 4;

/** Where kontaktkoll's sites are: a page in a European language is judged among these only. */
const EUROPE = new Set<string>([
  'AD', 'AL', 'AT', 'AX', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FO', 'FR', 'GB', 'GG',
  'GI', 'GL', 'GR', 'HR', 'HU', 'IE', 'IM', 'IS', 'IT', 'JE', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL',
  'NO', 'PL', 'PT', 'RO', 'RS', 'RU', 'SE', 'SI', 'SK', 'SM', 'UA', 'VA', 'XK',
]);

const LANGUAGE_NAMES: Record<TextLanguage, string> = {
  sv: 'Swedish', nb: 'Norwegian', da: 'Danish', fi: 'Finnish', pl: 'Polish', de: 'German', nl: 'Dutch', fr: 'French', en: 'English',
};

/** Two-letter TLDs sold as generic names (.io, .co, .me…): they say nothing about the country. */
const VANITY_TLDS = new Set(['io', 'co', 'me', 'tv', 'ai', 'fm', 'ly', 'to', 'cc', 'ws', 'gg', 'im', 'ac', 'su', 'eu', 'nu']);

function regionOfSubtag(subtag: string): CountryCode | undefined {
  const upper = subtag.toUpperCase();
  const code = upper === 'UK' ? 'GB' : upper;
  return isSupportedCountry(code) ? code : undefined;
}

/** "sv-SE" → SE; "zh-Hant-TW" → TW; "es-419" and "sv" → undefined. */
export function regionOfLang(lang: string): CountryCode | undefined {
  const [, ...subtags] = lang.trim().split(/[-_]/);
  const region = subtags.find((s) => /^[a-z]{2}$/i.test(s));
  return region ? regionOfSubtag(region) : undefined;
}

/** "www.exempel.se" → "se", "shop.example.co.uk" → "uk"; generic TLDs, IPs and localhost → undefined. */
function countryTldOf(hostname: string): string | undefined {
  const host = hostname.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.includes(':') || host.startsWith('[') || /^[\d.]+$/.test(host) || !host.includes('.')) return undefined;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return tld.length === 2 && !VANITY_TLDS.has(tld) ? tld : undefined;
}

/** "www.exempel.se" → SE, "shop.example.co.uk" → GB; generic TLDs, IPs and localhost → undefined. */
export function regionOfHostname(hostname: string): CountryCode | undefined {
  const tld = countryTldOf(hostname);
  return tld ? regionOfSubtag(tld) : undefined;
}

/** The primary language of `lang`, lower case: "nb-NO" → "nb". */
export function primaryLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Points per country, and what gave them, so the winner can say why it won. */
class Tally {
  readonly scores = new Map<CountryCode, number>();
  private readonly why = new Map<CountryCode, Map<string, number>>();

  add(country: CountryCode, points: number, label: string): void {
    if (points <= 0) return;
    this.scores.set(country, (this.scores.get(country) ?? 0) + points);
    const labels = this.why.get(country) ?? new Map<string, number>();
    labels.set(label, (labels.get(label) ?? 0) + points);
    this.why.set(country, labels);
  }

  addShares(shares: Partial<Record<CountryCode, number>>, points: number, label: string): void {
    for (const [country, share] of Object.entries(shares) as Array<[CountryCode, number]>) this.add(country, share * points, label);
  }

  addSignals(text: string, signals: readonly CountrySignal[]): void {
    if (text === '') return;
    for (const { pattern, countries, label } of signals) {
      const hits = Math.min(MAX_HITS_PER_SIGNAL, [...text.matchAll(pattern)].length);
      if (hits > 0) this.addShares(countries, hits, label);
    }
  }

  reasonsFor(country: CountryCode): string[] {
    return [...(this.why.get(country) ?? new Map<string, number>()).entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([label]) => label);
  }
}

const TEL_HREF_SIGNALS = callingCodeSignals('tel');

function telNumbers(hrefs: readonly string[]): string {
  return hrefs.map((href) => {
    try {
      return decodeURIComponent(href.replace(/^tel:/i, ''));
    } catch {
      return href.replace(/^tel:/i, '');
    }
  }).join('\n');
}

/** Every signal's points, best first: the countries still in the running. */
function ranking(signals: RegionSignals): { ranked: Array<[CountryCode, number]>; tally: Tally } {
  const tally = new Tally();
  const language = primaryLanguage(signals.lang);
  const isEuropeanLanguage = language === 'en' || language in LANGUAGE_REGIONS;

  const declared = regionOfLang(signals.lang);
  if (declared) {
    const points = isEuropeanLanguage && !EUROPE.has(declared) ? FOREIGN_SUBTAG_POINTS : SUBTAG_POINTS;
    tally.add(declared, points, `lang="${signals.lang.trim()}"`);
  }
  const tld = countryTldOf(signals.hostname);
  const byDomain = tld ? regionOfSubtag(tld) : undefined;
  if (byDomain) tally.add(byDomain, TLD_POINTS, `the domain .${tld}`);
  tally.addShares(countriesOfLanguage(language), LANG_POINTS, `lang="${signals.lang.trim()}"`);

  const text = (signals.texts ?? []).join('\n').slice(0, MAX_TEXT);
  const written = languageOfTexts(text);
  if (written) {
    const points = written.clear ? TEXT_LANGUAGE_POINTS.clear : TEXT_LANGUAGE_POINTS.unclear;
    tally.addShares(countriesOfLanguage(written.language), points, `${LANGUAGE_NAMES[written.language]} words in the text`);
  }
  tally.addSignals(text, COUNTRY_SIGNALS);
  tally.addSignals(telNumbers(signals.telHrefs ?? []), TEL_HREF_SIGNALS);

  const european = isEuropeanLanguage || written !== undefined;
  const ranked = [...tally.scores.entries()]
    .filter(([country]) => !european || EUROPE.has(country))
    .sort((a, b) => b[1] - a[1]);
  return { ranked, tally };
}

/** Weighs every signal; see the comment on `RegionSignals`. */
export function judgeRegion(signals: RegionSignals): RegionJudgement {
  const { ranked, tally } = ranking(signals);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE || (second && second[1] === best[1])) {
    return { region: DEFAULT_REGION, basis: 'default', confident: false, reasons: [] };
  }
  const confident = best[1] >= CONFIDENT_SCORE && (!second || second[1] <= best[1] / 2);
  return { region: best[0], basis: 'evidence', confident, reasons: tally.reasonsFor(best[0]) };
}

/**
 * The regions a decision not yet made could still land on: every country any signal points to,
 * and the default one. What holds under each of them holds whichever is decided.
 */
export function regionContenders(signals: RegionSignals): CountryCode[] {
  return [...new Set([...ranking(signals).ranked.map(([country]) => country), DEFAULT_REGION])];
}

export function detectRegion(signals: RegionSignals): CountryCode {
  return judgeRegion(signals).region;
}
