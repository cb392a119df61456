import type { AddressCountry } from './address-country.js';
import { ADDRESS_COUNTRIES } from './address-country.js';

/** How each country writes a postcode, with the leading-digit ranges that are actually in use. */
const SHAPES: Record<AddressCountry, RegExp> = {
  SE: /^[1-9]\d{2} ?\d{2}$/,
  DK: /^[1-9]\d{3}$/,
  NO: /^\d{4}$/,
  FI: /^\d{5}$/,
  PL: /^\d{2}-\d{3}$/,
  DE: /^(?!00)\d{5}$/,
  AT: /^[1-9]\d{3}$/,
  CH: /^[1-9]\d{3}$/,
  BE: /^[1-9]\d{3}$/,
  // Province 01–52 first: "28013" (Madrid), "08001" (Barcelona).
  ES: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/,
  // Four digits and two capitals; SA, SD and SS are never issued.
  NL: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/,
};

/** Country prefixes written before a postcode: "SE-504 37", "DK-1620", "D-10115", "A-9622". */
const PREFIXES: Record<string, AddressCountry> = {
  SE: 'SE', S: 'SE', DK: 'DK', NO: 'NO', N: 'NO', FI: 'FI', FIN: 'FI', SF: 'FI', D: 'DE', DE: 'DE', PL: 'PL',
  A: 'AT', AT: 'AT', CH: 'CH', E: 'ES', ES: 'ES', NL: 'NL', B: 'BE', BE: 'BE'
};

export interface PostcodeParts {
  /** The country the prefix names, if there was one. */
  prefix: AddressCountry | null;
  /** The postcode without prefix, spaces collapsed. */
  code: string;
}

export function splitPostcode(raw: string): PostcodeParts {
  const text = raw.trim().replace(/\s+/g, ' ');
  const match = /^([A-Za-z]{1,3})\s?[-–]?\s?(\d.*)$/.exec(text);
  const prefix = match ? PREFIXES[(match[1] ?? '').toUpperCase()] : undefined;
  if (match && prefix) return { prefix, code: match[2] ?? '' };
  return { prefix: null, code: text };
}

export function fitsPostcode(country: AddressCountry, code: string): boolean {
  return SHAPES[country].test(code);
}

/** The postcode as the country writes it: Swedish ones always as "504 37", Dutch as "1015 CJ". */
export function formatPostcode(country: string, code: string): string {
  const compact = code.replace(/\s/g, '');
  if (country === 'SE' && /^\d{5}$/.test(compact)) return `${compact.slice(0, 3)} ${compact.slice(3)}`;
  if (country === 'NL' && /^\d{4}[A-Z]{2}$/.test(compact)) return `${compact.slice(0, 4)} ${compact.slice(4)}`;
  return code;
}

export interface CountryClues {
  postcode: PostcodeParts;
  /** Countries the street's wording points to ("-gatan" → SE, "-straße" → DE). */
  streetHints: readonly AddressCountry[];
  /** Countries the city points to ("Bergen" → NO, "København K" → DK); see placeHints. */
  cityHints?: readonly AddressCountry[];
  /** The site's default region. */
  region: string;
}

/** The one hint the postcode fits, preferring the site's region when several do; null otherwise. */
function fittingHint(hints: readonly AddressCountry[], code: string, region: string): AddressCountry | null {
  const fitting = hints.filter((country) => fitsPostcode(country, code));
  return fitting.find((country) => country === region) ?? (fitting.length === 1 ? fitting[0] ?? null : null);
}

/**
 * Which country an address is in, or null when the clues do not settle it. A written prefix
 * wins; then the city, when it is one the postcode fits ("Bryggen 7, 5003 Bergen" is Norwegian
 * on any site); then a street word whose country the postcode fits ("Hauptstraße 5, 10115
 * Berlin" on a Swedish site is German, even though "10115" has the shape of a Swedish
 * postcode); then the site's region; last a postcode shape only one country uses ("504 37", "00-001").
 */
export function resolveCountry({ postcode, streetHints, cityHints = [], region }: CountryClues): AddressCountry | null {
  const { prefix, code } = postcode;
  if (prefix) return fitsPostcode(prefix, code) ? prefix : null;
  const hinted = fittingHint(cityHints, code, region) ?? fittingHint(streetHints, code, region);
  if (hinted) return hinted;
  const fitting = ADDRESS_COUNTRIES.filter((country) => fitsPostcode(country, code));
  const regional = fitting.find((country) => country === region);
  if (regional) return regional;
  if (fitting.length === 1) return fitting[0] ?? null;
  return null;
}

/**
 * The country of an address written without a postcode ("Storgatan 5, Umeå"): a known city,
 * else the street's wording (the region when it is one of them). '' when the wording says
 * nothing ("Main Street") or names several countries, none of them the region.
 */
export function countryWithoutPostcode(streetHints: readonly AddressCountry[], cityHints: readonly AddressCountry[], region: string): string {
  if (cityHints.length === 1) return cityHints[0] ?? '';
  return streetHints.find((country) => country === region) ?? (streetHints.length === 1 ? streetHints[0] ?? '' : '');
}
