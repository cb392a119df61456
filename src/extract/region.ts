import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';

/**
 * The default region of a site: the country its phone numbers and addresses are written for
 * when they carry no country code. Strongest signal first:
 *   1. a region subtag of `<html lang>` ("sv-SE", "en-GB", "de-AT");
 *   2. a country-code TLD (.se, .dk, .co.uk…);
 *   3. the primary language of `lang` (sv → SE, da → DK, nb/nn/no → NO…);
 *   4. what the page text shows: calling codes (+46…), currencies, postcode shapes, company-id
 *      words ("Org.nr", "CVR", "NIP"), characters and common words;
 *   5. SE, the market kontaktkoll is built for.
 *
 * English is deliberately not in step 3: Nordic and Polish companies publish English pages as
 * often as British ones do, so `lang="en"` says nothing about where the numbers are; the text
 * (a "+44", a "£") decides, and failing that the default.
 */
export interface RegionSignals {
  /** `<html lang>`, any case, '' when absent. */
  lang: string;
  hostname: string;
  /** Visible text of the page(s), for the weakest signals. */
  texts?: readonly string[];
}

export const DEFAULT_REGION: CountryCode = 'SE';

/** Primary language → the country it most likely means. 'en' is left out on purpose (see above). */
export const LANGUAGE_REGIONS: Readonly<Record<string, CountryCode>> = {
  sv: 'SE',
  da: 'DK',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  fi: 'FI',
  pl: 'PL',
  de: 'DE',
  et: 'EE',
  lv: 'LV',
  lt: 'LT',
  is: 'IS',
  fo: 'FO',
  kl: 'GL',
  nl: 'NL',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  pt: 'PT',
  cs: 'CZ',
  sk: 'SK',
  hu: 'HU',
  ro: 'RO',
  el: 'GR',
  uk: 'UA',
  // Country codes written where a language code belongs: lang="se" is far more often a Swedish
  // site than a Northern Sami one, and "dk" is not a language at all.
  se: 'SE',
  dk: 'DK',
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

/** "www.exempel.se" → SE, "shop.example.co.uk" → GB; generic TLDs, IPs and localhost → undefined. */
export function regionOfHostname(hostname: string): CountryCode | undefined {
  const host = hostname.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (host.includes(':') || host.startsWith('[') || /^[\d.]+$/.test(host) || !host.includes('.')) return undefined;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld.length !== 2 || VANITY_TLDS.has(tld)) return undefined;
  return regionOfSubtag(tld);
}

export function regionOfLanguage(lang: string): CountryCode | undefined {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return LANGUAGE_REGIONS[primary];
}

interface TextSignal {
  pattern: RegExp;
  /** Points per occurrence, to each listed region. */
  regions: Partial<Record<CountryCode, number>>;
}

/** Prefixes and words are matched on letter boundaries: JS `\b` does not know "ø" or "ł". */
const word = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'giu');

const TEXT_SIGNALS: readonly TextSignal[] = [
  // Calling codes: the strongest thing text says about where a company answers the phone.
  { pattern: /(?:\+|(?<!\d)00)\s?46(?=[\s(\-]?\d)/g, regions: { SE: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?45(?=[\s(\-]?\d)/g, regions: { DK: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?47(?=[\s(\-]?\d)/g, regions: { NO: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?358(?=[\s(\-]?\d)/g, regions: { FI: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?48(?=[\s(\-]?\d)/g, regions: { PL: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?49(?=[\s(\-]?\d)/g, regions: { DE: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?44(?=[\s(\-]?\d)/g, regions: { GB: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?43(?=[\s(\-]?\d)/g, regions: { AT: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?41(?=[\s(\-]?\d)/g, regions: { CH: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?353(?=[\s(\-]?\d)/g, regions: { IE: 3 } },
  { pattern: /(?:\+|(?<!\d)00)\s?372(?=[\s(\-]?\d)/g, regions: { EE: 3 } },
  // Currencies. "kr" alone is shared by SE, DK, NO; ":-" is Swedish only; "€" spreads thin.
  { pattern: /\d\s?:-/g, regions: { SE: 2 } },
  { pattern: word('sek|kronor'), regions: { SE: 2 } },
  { pattern: word('dkk|kroner'), regions: { DK: 1, NO: 1 } },
  { pattern: word('nok'), regions: { NO: 2 } },
  { pattern: word('kr\\.?'), regions: { SE: 0.5, DK: 0.5, NO: 0.5 } },
  { pattern: /zł|(?<![\p{L}])pln(?![\p{L}])/giu, regions: { PL: 2 } },
  { pattern: /£|(?<![\p{L}])gbp(?![\p{L}])/giu, regions: { GB: 2 } },
  { pattern: /€/g, regions: { FI: 0.5, DE: 0.5, AT: 0.5, IE: 0.5, EE: 0.5 } },
  // Postcodes, with and without the country prefix.
  { pattern: /(?<![\d\p{L}])(?:SE-\s?)?[1-9]\d{2}\s\d{2}\s+\p{Lu}\p{Ll}/gu, regions: { SE: 2 } },
  { pattern: /(?<![\d\p{L}])\d{2}-\d{3}\s+\p{Lu}\p{Ll}/gu, regions: { PL: 2 } },
  { pattern: /(?<![\p{L}])DK-\s?\d{4}(?!\d)/gu, regions: { DK: 3 } },
  { pattern: /(?<![\p{L}])NO-\s?\d{4}(?!\d)/gu, regions: { NO: 3 } },
  { pattern: /(?<![\p{L}])FI-\s?\d{5}(?!\d)/gu, regions: { FI: 3 } },
  { pattern: /(?<![\p{L}])D-\s?\d{5}(?!\d)/gu, regions: { DE: 3 } },
  // Company ids and forms.
  { pattern: word('org\\.?\\s?-?nr|organisationsnummer|momsreg\\.?\\s?nr|aktiebolag'), regions: { SE: 2 } },
  { pattern: word('organisasjonsnummer|foretaksregisteret|mva'), regions: { NO: 2 } },
  { pattern: word('cvr(?:-?nr)?|aps|a/s'), regions: { DK: 2 } },
  { pattern: word('nip|regon|krs|sp\\.\\s?z\\s?o\\.\\s?o\\.?'), regions: { PL: 2 } },
  { pattern: word('y-tunnus|oyj?'), regions: { FI: 2 } },
  { pattern: word('gmbh|impressum|ust-?idnr'), regions: { DE: 2 } },
  { pattern: word('ltd|vat\\s+no|company\\s+no'), regions: { GB: 1 } },
  // Characters and common words, for a page that states nothing else ("a site without lang may still be Norwegian").
  { pattern: /[ąęłśżźćń]/giu, regions: { PL: 0.5 } },
  { pattern: /ß/g, regions: { DE: 0.5 } },
  // Words shared across the Nordic languages ("vi", "av", "i", "ja") are left out.
  { pattern: word('och|inte|för|kontakta oss|kundtjänst|öppettider|ring oss'), regions: { SE: 1 } },
  { pattern: word('ikke|hjelp|åpningstider|ring oss|kontakt oss|hva'), regions: { NO: 1 } },
  { pattern: word('ikke|hjælp|åbningstider|kontakt os|ring til os|hvad|af'), regions: { DK: 1 } },
  { pattern: word('sekä|meihin|yhteystiedot|aukioloajat|asiakaspalvelu|soita'), regions: { FI: 1 } },
  { pattern: word('oraz|jest|się|kontakt z nami|godziny otwarcia|obsługa klienta|zadzwoń'), regions: { PL: 1 } },
  { pattern: word('und|öffnungszeiten|kundenservice|rufen sie'), regions: { DE: 1 } },
];

/** One signal repeated in every footer of a crawl should not outvote everything else. */
const MAX_HITS_PER_SIGNAL = 5;
/** The least evidence the text must give before it beats the default. */
const MIN_SCORE = 2;

/** The region the page text points to, when it points clearly at one. */
export function regionOfTexts(texts: readonly string[]): CountryCode | undefined {
  const scores = new Map<CountryCode, number>();
  const joined = texts.join('\n');
  for (const { pattern, regions } of TEXT_SIGNALS) {
    const hits = Math.min(MAX_HITS_PER_SIGNAL, [...joined.matchAll(pattern)].length);
    if (hits === 0) continue;
    for (const [region, points] of Object.entries(regions) as Array<[CountryCode, number]>) {
      scores.set(region, (scores.get(region) ?? 0) + hits * points);
    }
  }
  const [best, second] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_SCORE || (second && second[1] === best[1])) return undefined;
  return best[0];
}

export function detectRegion(signals: RegionSignals): CountryCode {
  return (
    regionOfLang(signals.lang) ??
    regionOfHostname(signals.hostname) ??
    regionOfLanguage(signals.lang) ??
    regionOfTexts(signals.texts ?? []) ??
    DEFAULT_REGION
  );
}
