import type { CountryCode } from 'libphonenumber-js/max';

/**
 * Facts in a site's text that name a country, whatever language the text is in: calling
 * codes, currencies, postcode forms, company registers and VAT numbers, place names and
 * national phone prefixes. Each counts points per occurrence to the countries it fits; a fact
 * several countries share (a 4-digit postcode: DK, NO, AT, CH) counts for each, and the
 * language of the site decides between them.
 */
export interface CountrySignal {
  pattern: RegExp;
  /** Points per occurrence, to each listed country. */
  countries: Partial<Record<CountryCode, number>>;
  /** What the fact is, for the reason a region was chosen ("+47 numbers"). */
  label: string;
}

/** European calling codes. They are prefix-free, so "+358" can never be read as "+35". */
const CALLING_CODES: Readonly<Record<string, CountryCode>> = {
  46: 'SE', 45: 'DK', 47: 'NO', 358: 'FI', 48: 'PL', 49: 'DE', 43: 'AT', 41: 'CH', 423: 'LI', 44: 'GB', 353: 'IE',
  354: 'IS', 298: 'FO', 372: 'EE', 371: 'LV', 370: 'LT', 31: 'NL', 32: 'BE', 352: 'LU', 33: 'FR', 34: 'ES',
  351: 'PT', 39: 'IT', 420: 'CZ', 421: 'SK', 36: 'HU', 40: 'RO', 30: 'GR', 357: 'CY',
};

/** Points for one number written with a calling code: the strongest thing text says about where a company answers. */
export const CALLING_CODE_POINTS = 3;

/**
 * "+46 8…", "+47 32…", "0045 33…": a "+" or "00" (not the end of a time, "08:00 45 min"),
 * the code, then the national number.
 */
export function callingCodeSignals(source: 'text' | 'tel'): CountrySignal[] {
  return Object.entries(CALLING_CODES).map(([code, country]) => ({
    pattern: new RegExp(`(?:\\+|(?<![\\d:.,])00)\\s?${code}(?=[\\s(\\-]?\\d)`, 'g'),
    countries: { [country]: CALLING_CODE_POINTS },
    label: source === 'tel' ? `tel: links to +${code}` : `+${code} numbers`,
  }));
}

/** Prefixes and words are matched on letter boundaries: JS `\b` does not know "ø" or "ł". */
const word = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'giu');
/** The same, case kept: register abbreviations ("HRB", "FN") are words in lower case. */
const upperWord = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'gu');

/** A street and house number just before ("Storgata 5, ", "Hauptplatz 3\n"): what makes a number a postcode. */
const AFTER_STREET = String.raw`(?<=\p{L}\.?\s\d{1,4}\s?[a-zA-Z]?\s*[,\n]\s*)`;
/** A city after the postcode: a capitalised word. */
const CITY = String.raw`\s+\p{Lu}\p{Ll}`;
/** The euro area, for "€": it narrows little, so each gets little. */
const EURO = { FI: 0.5, DE: 0.5, AT: 0.5, IE: 0.5, EE: 0.5, LV: 0.5, LT: 0.5, NL: 0.5, BE: 0.5, LU: 0.5, FR: 0.5, ES: 0.5, IT: 0.5, PT: 0.5 } as const;

export const COUNTRY_SIGNALS: readonly CountrySignal[] = [
  ...callingCodeSignals('text'),
  // Currencies. "kr" alone is shared by SE, DK, NO; ":-" is Swedish only.
  { pattern: /\d\s?:-/g, countries: { SE: 2 }, label: 'prices in ":-"' },
  { pattern: word('sek|kronor'), countries: { SE: 2 }, label: 'prices in SEK' },
  { pattern: word('dkk'), countries: { DK: 2 }, label: 'prices in DKK' },
  { pattern: word('kroner'), countries: { DK: 1, NO: 1 }, label: 'prices in kroner' },
  { pattern: word('nok'), countries: { NO: 2 }, label: 'prices in NOK' },
  { pattern: word('kr\\.?'), countries: { SE: 0.5, DK: 0.5, NO: 0.5 }, label: 'prices in kr' },
  { pattern: /zł|(?<![\p{L}])pln(?![\p{L}])/giu, countries: { PL: 2 }, label: 'prices in zł' },
  { pattern: /£|(?<![\p{L}])gbp(?![\p{L}])/giu, countries: { GB: 2 }, label: 'prices in £' },
  { pattern: upperWord('CHF'), countries: { CH: 2 }, label: 'prices in CHF' },
  { pattern: /€/g, countries: EURO, label: 'prices in €' },
  // Postcodes: with the country's prefix, or in the country's own shape before a city.
  { pattern: /(?<![\d\p{L}])(?:SE-\s?)?[1-9]\d{2}\s\d{2}\s+\p{Lu}\p{Ll}/gu, countries: { SE: 2 }, label: 'Swedish postcodes ("504 37")' },
  { pattern: /(?<![\d\p{L}])\d{2}-\d{3}\s+\p{Lu}\p{Ll}/gu, countries: { PL: 2 }, label: 'Polish postcodes ("00-838")' },
  { pattern: /(?<![\p{L}])DK-\s?\d{4}(?!\d)/gu, countries: { DK: 3 }, label: 'postcodes "DK-"' },
  { pattern: /(?<![\p{L}])NO?-\s?\d{4}(?=\s+\p{Lu})/gu, countries: { NO: 3 }, label: 'postcodes "N-"' },
  { pattern: /(?<![\p{L}])FI-\s?\d{5}(?!\d)/gu, countries: { FI: 3 }, label: 'postcodes "FI-"' },
  { pattern: /(?<![\p{L}])DE?-\s?\d{5}(?!\d)/gu, countries: { DE: 3 }, label: 'postcodes "D-"' },
  { pattern: /(?<![\p{L}])AT?-\s?[1-9]\d{3}(?=\s+\p{Lu})/gu, countries: { AT: 3 }, label: 'postcodes "A-"' },
  { pattern: /(?<![\p{L}])CH-\s?[1-9]\d{3}(?=\s+\p{Lu})/gu, countries: { CH: 3 }, label: 'postcodes "CH-"' },
  {
    pattern: new RegExp(`${AFTER_STREET}[1-9]\\d{3}${CITY}`, 'gu'),
    countries: { DK: 1, NO: 1, AT: 1, CH: 1, BE: 1, LU: 1 },
    label: '4-digit postcodes',
  },
  {
    pattern: new RegExp(`${AFTER_STREET}\\d{5}${CITY}`, 'gu'),
    countries: { DE: 1, FI: 1, SE: 0.5, FR: 1, IT: 1, ES: 1, EE: 1 },
    label: '5-digit postcodes',
  },
  // Company registers, VAT numbers and company forms.
  { pattern: /(?<![\p{L}])org\.?\s?-?nr\.?:?\s*\d{6}-\d{4}(?!\d)/giu, countries: { SE: 2 }, label: 'a Swedish org.nr' },
  { pattern: word('organisationsnummer|momsreg\\.?\\s?nr|aktiebolag'), countries: { SE: 2 }, label: 'a Swedish org.nr' },
  { pattern: /(?<![\p{L}])org\.?\s?-?nr\.?:?\s*(?:NO\s?)?\d{3}\s?\d{3}\s?\d{3}(?!\d)/giu, countries: { NO: 2 }, label: 'a Norwegian org.nr' },
  { pattern: word('organisasjonsnummer|foretaksregisteret|mva'), countries: { NO: 2 }, label: 'a Norwegian org.nr' },
  { pattern: word('cvr(?:-?nr)?|aps|a/s'), countries: { DK: 2 }, label: 'a CVR number or Danish company form' },
  { pattern: word('nip|regon|krs|sp\\.\\s?z\\s?o\\.\\s?o\\.?'), countries: { PL: 2 }, label: 'a NIP, REGON or KRS' },
  { pattern: word('y-tunnus|oyj?'), countries: { FI: 2 }, label: 'a Y-tunnus or Finnish company form' },
  { pattern: upperWord('HR[AB]\\s?\\d{2,6}|Amtsgericht|Registergericht|USt-?IdNr\\.?|DE\\s?\\d{9}'), countries: { DE: 3 }, label: 'a German register or VAT number' },
  { pattern: upperWord('FN\\s?\\d{3,6}\\s?[a-z]|Firmenbuch(?:nummer|gericht)?|ATU\\s?\\d{8}'), countries: { AT: 3 }, label: 'an Austrian Firmenbuch or ATU VAT number' },
  { pattern: upperWord('UID(?:-Nr\\.?)?'), countries: { AT: 1, CH: 1 }, label: 'a UID number' },
  { pattern: upperWord('CHE-?\\d{3}\\.?\\d{3}\\.?\\d{3}|MWST'), countries: { CH: 3 }, label: 'a Swiss UID or MWST number' },
  { pattern: word('gmbh|impressum'), countries: { DE: 0.5, AT: 0.5, CH: 0.5 }, label: 'a GmbH or Impressum' },
  { pattern: word('ltd|vat\\s+no|company\\s+no'), countries: { GB: 1 }, label: 'a Ltd or company number' },
  // Country and place names. Neighbours are often named in delivery terms, so a name counts less than a register.
  { pattern: word('sverige|stockholm|göteborg|malmö'), countries: { SE: 1 }, label: 'Swedish place names' },
  { pattern: word('norge|oslo|trondheim|stavanger|drammen'), countries: { NO: 1 }, label: 'Norwegian place names' },
  { pattern: word('danmark|københavn|aarhus|odense|aalborg'), countries: { DK: 1 }, label: 'Danish place names' },
  { pattern: word('suomi|helsinki|tampere|turku'), countries: { FI: 1 }, label: 'Finnish place names' },
  { pattern: word('polska|warszawa|kraków|wrocław|poznań|gdańsk'), countries: { PL: 1 }, label: 'Polish place names' },
  { pattern: word('deutschland|berlin|hamburg|münchen|köln|frankfurt|stuttgart|düsseldorf'), countries: { DE: 1 }, label: 'German place names' },
  {
    pattern: word('österreich|wien|graz|linz|salzburg|innsbruck|klagenfurt|villach|tirol|kärnten|steiermark|vorarlberg|burgenland|niederösterreich|oberösterreich'),
    countries: { AT: 1 },
    label: 'Austrian place names',
  },
  { pattern: word('schweiz|suisse|svizzera|zürich|basel|genf|genève|lausanne|luzern'), countries: { CH: 1 }, label: 'Swiss place names' },
  // "Jänner" is Austria's January.
  { pattern: word('jänner'), countries: { AT: 2 }, label: '"Jänner"' },
  // Austrian mobile numbers: 0650, 0660, 0664, 0676, 0699… then a 6–7 digit subscriber ("0676 5260438").
  // Swedish area codes 0650/0660/0680 are followed by 5–6 digits grouped "123 45", which this does not take.
  { pattern: /(?<![\d+])06(?:50|6[04]|7[678]|8[018]|99)[\s/-]?\d{3}\s?\d{3,4}(?!\d)/g, countries: { AT: 2 }, label: 'Austrian mobile numbers' },
  // German mobile numbers: 015x, 016x, 017x then 7–8 digits. Swedish area codes share the start, so it counts little.
  { pattern: /(?<![\d+])01[567]\d{1,2}[\s/-]?\d{3}\s?\d{4,5}(?!\d)/g, countries: { DE: 1 }, label: 'German mobile numbers' },
  // "ß" is German and Austrian; Switzerland writes "ss".
  { pattern: /ß/g, countries: { DE: 0.5, AT: 0.5 }, label: '"ß"' },
  { pattern: /[ąęłśżźćń]/giu, countries: { PL: 0.5 }, label: 'Polish letters' },
];
