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
};

/** Country prefixes written before a postcode: "SE-504 37", "DK-1620", "D-10115". */
const PREFIXES: Record<string, AddressCountry> = {
  SE: 'SE', S: 'SE', DK: 'DK', NO: 'NO', N: 'NO', FI: 'FI', FIN: 'FI', SF: 'FI', D: 'DE', DE: 'DE', PL: 'PL',
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

/** The postcode as the country writes it: Swedish ones always as "504 37". */
export function formatPostcode(country: string, code: string): string {
  if (country === 'SE') {
    const digits = code.replace(/\s/g, '');
    if (/^\d{5}$/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3)}`;
  }
  return code;
}

export interface CountryClues {
  postcode: PostcodeParts;
  /** Countries the street's wording points to ("-gatan" → SE, "-straße" → DE). */
  streetHints: readonly AddressCountry[];
  /** The site's default region. */
  region: string;
}

/**
 * Which country an address is in, or null when the clues do not settle it. A written prefix
 * wins; then a street word whose country the postcode fits ("Hauptstraße 5, 10115 Berlin" on a
 * Swedish site is German, even though "10115" has the shape of a Swedish postcode); then the
 * site's region; last a postcode shape only one country uses ("504 37", "00-001").
 */
export function resolveCountry({ postcode, streetHints, region }: CountryClues): AddressCountry | null {
  const { prefix, code } = postcode;
  if (prefix) return fitsPostcode(prefix, code) ? prefix : null;
  const hinted = streetHints.filter((country) => fitsPostcode(country, code));
  if (hinted.length > 0) {
    const regional = hinted.find((country) => country === region);
    if (regional) return regional;
    if (hinted.length === 1) return hinted[0] ?? null;
  }
  const fitting = ADDRESS_COUNTRIES.filter((country) => fitsPostcode(country, code));
  const regional = fitting.find((country) => country === region);
  if (regional) return regional;
  if (fitting.length === 1) return fitting[0] ?? null;
  return null;
}
