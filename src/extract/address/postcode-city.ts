import { TRAILING_COUNTRY } from './address-country.js';
import { MONTHS } from './not-address-words.js';

export interface PostcodeCity {
  /** The postcode as written, prefix included ("SE-504 37"). */
  postcode: string;
  city: string;
}

const PREFIX = String.raw`(?:(?:SE|S|DK|NO|N|FI|FIN|SF|D|DE|PL|A|AT|CH|E|ES|NL|B|BE)\s?[-–]\s?|(?:SE|DK|NO|FI|PL|DE|AT|CH|ES|NL|BE)\s)`;
/** Dutch first ("1015 CJ Amsterdam"): otherwise the two letters would be read as the city's first word. */
const CODE = String.raw`(?:\d{4}\s?[A-Z]{2}(?=\s)|\d{2}-\d{3}|\d{3}\s?\d{2}|\d{4,5})`;
/** A city starts with a capital; later words may not ("Frankfurt am Main", "København V", "Halle (Saale)"). */
const CITY = String.raw`\p{Lu}[\p{L}'’.\-]*(?:\s(?:\p{L}[\p{L}'’.\-]*|\(\p{L}[\p{L} .]*\)))*`;
// The whole line must be postcode + city: digits inside a longer line are prices, phone numbers or dates.
const POSTCODE_CITY = new RegExp(String.raw`^(${PREFIX}?${CODE})\s+(${CITY})\.?$`, 'u');

/** Words that follow a number like a city would, but are units or currencies ("1299 SEK"). */
const NOT_CITIES = new Set([
  'sek', 'dkk', 'nok', 'eur', 'euro', 'pln', 'kr', 'kr.', 'kronor', 'kroner', 'zł', 'st', 'st.', 'stk', 'stk.',
  'pcs', 'kg', 'km', 'mm', 'cm', 'm', 'ml', 'euros', 'uds', 'stuks',
]);
const SAINT = /^st\.?$/;
const MAX_CITY_WORDS = 5;
const MAX_CITY_LENGTH = 40;

/** Reads a line that is exactly "postcode city" ("504 37 Borås", "DK-1620 København V"), or null. */
export function parsePostcodeCity(line: string): PostcodeCity | null {
  const match = POSTCODE_CITY.exec(line.trim());
  if (!match) return null;
  const postcode = (match[1] ?? '').replace(/\s+/g, ' ');
  const city = (match[2] ?? '').replace(TRAILING_COUNTRY, '').replace(/\.$/, '').trim();
  const words = city.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  // "2024 Januari": a year and a month, not a postcode and a city.
  // "2500 KM Afstand": a unit, not the letters of a Dutch postcode.
  const letters = /[A-Z]{2}$/.exec(postcode)?.[0].toLowerCase() ?? '';
  // "St. Gallen", "St. Pölten": a saint's name before a capital, not pieces ("10 st.").
  const saint = SAINT.test(first) && /^\p{Lu}/u.test(words[1] ?? '');
  if ((NOT_CITIES.has(first) && !saint) || MONTHS.has(first) || NOT_CITIES.has(letters)) return null;
  if (words.length > MAX_CITY_WORDS || city.length > MAX_CITY_LENGTH) return null;
  return { postcode, city };
}
