import type { CountryCode } from 'libphonenumber-js/max';

/**
 * Languages as evidence of a country. A language says which countries a site may be in, not
 * which one: German is written in Germany, Austria and Switzerland alike, so `lang="de"` gives
 * Austria nearly as much as Germany and facts in the text (a 4-digit postcode, an "ATU" VAT
 * number) decide between them. English is left out: Nordic and Polish companies publish
 * English pages as often as British ones do.
 */

/** Primary language → the country it most likely means (its home country). */
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

/**
 * Other European countries where a language is a main language of business sites, with the
 * share of the home country's vote they get. Below 1, so that the language alone still means
 * its home country; close to 1 where it is as much theirs (German in Austria).
 */
const ALSO_WRITTEN_IN: Readonly<Record<string, Partial<Record<CountryCode, number>>>> = {
  de: { AT: 0.9, CH: 0.8, LU: 0.4, LI: 0.4 },
  sv: { FI: 0.25 },
  fr: { BE: 0.7, CH: 0.6, LU: 0.6 },
  nl: { BE: 0.8 },
  it: { CH: 0.3 },
  el: { CY: 0.8 },
};

/** The countries a primary language points to, each with its share of the vote (home country 1). */
export function countriesOfLanguage(language: string): Partial<Record<CountryCode, number>> {
  const home = LANGUAGE_REGIONS[language];
  if (!home) return {};
  return { [home]: 1, ...ALSO_WRITTEN_IN[language] };
}

/** Languages read from the words of a page; 'en' is read only so English text is not taken for another language. */
export type TextLanguage = 'sv' | 'nb' | 'da' | 'fi' | 'pl' | 'de' | 'nl' | 'fr' | 'en';

/** Words and prefixes matched on letter boundaries: JS `\b` does not know "ø" or "ł". */
const words = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}])`, 'giu');
/** The end of a compound: "Storgatan", "Drammensveien". */
const endings = (source: string): RegExp => new RegExp(`\\p{L}{2,}(?:${source})(?![\\p{L}])`, 'giu');

/**
 * Words one language writes and its neighbours do not. Norwegian and Danish share "ikke",
 * "også", "være", so those count for both, and the spellings that differ decide
 * ("hjelp"/"hjælp", "åpningstider"/"åbningstider", "etter"/"efter", "deg"/"dig"). Words common
 * to all Nordic languages ("vi", "i", "ja", "mandag") and short words that are also English or
 * German ("on", "die", "nie") are left out.
 */
const LANGUAGE_WORDS: ReadonlyArray<{ language: TextLanguage; pattern: RegExp }> = [
  { language: 'sv', pattern: words('och|inte|också|för|är|våra?|hjälp|öppettider|kontakta oss|kundtjänst|köp|varukorg|måndag|tisdag|lördag|söndag|vardagar') },
  { language: 'sv', pattern: endings('gatan|vägen') },
  { language: 'nb', pattern: words('ikke|også|være|hjelp|åpningstider|kjøp|kontakt oss|hva|etter|gjennom|noen|mye|deg|dere|spørsmål|bestill|handlekurv|personvern|stengt|åpent|hverdager|avdeling') },
  { language: 'nb', pattern: endings('veien|gata') },
  { language: 'da', pattern: words('ikke|også|være|hjælp|åbningstider|køb|kontakt os|ring til os|hvad|efter|gennem|nogen|meget|dig|jer|spørgsmål|bestil|indkøbskurv|privatlivspolitik|lukket|åben|hverdage|afdeling|af') },
  { language: 'da', pattern: endings('vej|vejen|gade') },
  { language: 'fi', pattern: words('sekä|meihin|yhteystiedot|aukioloajat|asiakaspalvelu|soita|yhteyttä|arkisin|ostoskori|tuotteet|myymälä|maanantai|perjantai|lauantai|sunnuntai') },
  { language: 'pl', pattern: words('oraz|jest|się|dla|kontakt z nami|godziny otwarcia|obsługa klienta|zadzwoń|sklep|koszyk|poniedziałek|piątek|sobota|niedziela') },
  { language: 'de', pattern: words('und|nicht|ist|wir|für|uns|öffnungszeiten|kundenservice|rufen sie|impressum|kontaktieren|montag|freitag|samstag|sonntag|warenkorb|datenschutz') },
  { language: 'de', pattern: endings('straße|strasse|gasse') },
  { language: 'nl', pattern: words('het|een|niet|ook|wij|onze|openingstijden|klantenservice|neem contact') },
  { language: 'fr', pattern: words('nous|vous|avec|pour|horaires|contactez|service client') },
  { language: 'en', pattern: words('the|and|with|you|your|our|contact us|opening hours|customer service|call us') },
];

/** A word repeated in every footer counts no more than this. */
const MAX_HITS_PER_WORD = 3;
/** The least a language must score, and how far it must lead the next, to be the text's language. */
const MIN_WORDS = 2;
const CLEAR_WORDS = 3;
const CLEAR_LEAD = 1.5;

export interface TextLanguageReading {
  language: TextLanguage;
  /** True when the words leave no doubt (enough of them, well ahead of the next language). */
  clear: boolean;
}

/** The language the page text is written in, when its words say so; undefined when they do not. */
export function languageOfTexts(text: string): TextLanguageReading | undefined {
  const scores = new Map<TextLanguage, number>();
  for (const { language, pattern } of LANGUAGE_WORDS) {
    const perWord = new Map<string, number>();
    for (const match of text.matchAll(pattern)) {
      const key = match[0].toLowerCase();
      perWord.set(key, Math.min(MAX_HITS_PER_WORD, (perWord.get(key) ?? 0) + 1));
    }
    const hits = [...perWord.values()].reduce((sum, n) => sum + n, 0);
    if (hits > 0) scores.set(language, (scores.get(language) ?? 0) + hits);
  }
  const [best, second] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_WORDS || (second && second[1] >= best[1])) return undefined;
  const clear = best[1] >= CLEAR_WORDS && (!second || best[1] >= CLEAR_LEAD * second[1]);
  return { language: best[0], clear };
}
