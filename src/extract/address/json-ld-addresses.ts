import type { ParsedAddress } from './parsed-address.js';
import { countryCodeOf, isAddressCountry } from './address-country.js';
import { objectsIn, parseLenientJson, type JsonObject } from '../json-ld.js';
import { placeHints } from './place-hints.js';
import { fitsPostcode, formatPostcode, resolveCountry, splitPostcode } from './postcode.js';
import { parseStreet } from './street.js';
import { findTextAddresses } from './text-addresses.js';

type JsonRecord = JsonObject;

/** A schema.org property may be a string, a number, or an array of them; the first one counts. */
function text(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.replace(/\s*\n\s*/g, ', ').replace(/\s+/g, ' ').trim();
  if (typeof first === 'number') return String(first);
  return '';
}

function isPostalAddress(node: JsonRecord): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/:])PostalAddress$/.test(t)) || 'streetAddress' in node;
}

function fromPostalAddress(node: JsonRecord, region: string, evidence: string): ParsedAddress | null {
  const streetAddress = text(node['streetAddress']);
  const postalCode = text(node['postalCode']);
  const city = text(node['addressLocality']);
  if (!streetAddress || !postalCode || !city) return null;
  const postcode = splitPostcode(postalCode);
  const stated = countryCodeOf(node['addressCountry']);
  const hints = parseStreet(streetAddress, true)?.hints ?? [];
  const country = stated || resolveCountry({ postcode, streetHints: hints, cityHints: placeHints(city), region }) || '';
  const fits = isAddressCountry(country) && fitsPostcode(country, postcode.code);
  return {
    street: streetAddress,
    postcode: fits ? formatPostcode(country, postcode.code) : postcode.code,
    city,
    country,
    display: `${streetAddress}, ${postalCode} ${city}`,
    evidence,
    source: 'json-ld',
  };
}

/** `"address": "Storgatan 13, 504 37 Borås"`: schema.org allows plain text, read it like page text. */
function fromAddressText(value: string, region: string): ParsedAddress[] {
  return findTextAddresses([{ text: value, tag: 'address', region: 'other' }], region).map((address) => ({
    ...address,
    evidence: value,
    source: 'json-ld' as const,
  }));
}

function addressesIn(root: unknown, region: string): ParsedAddress[] {
  const found: ParsedAddress[] = [];
  for (const value of objectsIn(root)) {
    if (isPostalAddress(value)) {
      const address = fromPostalAddress(value, region, JSON.stringify(value));
      if (address) found.push(address);
    }
    if (typeof value['address'] === 'string') found.push(...fromAddressText(value['address'], region));
  }
  return found;
}

const STRING_FIELD = (name: string): RegExp => new RegExp(`"${name}"\\s*:\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|(\\d+))`);

/**
 * When a block does not parse even after repair, the address fields can still be read one by
 * one: each "streetAddress" together with the fields of the same object around it.
 */
function salvage(raw: string, region: string): ParsedAddress[] {
  const found: ParsedAddress[] = [];
  for (const match of raw.matchAll(/"streetAddress"\s*:/g)) {
    const start = raw.lastIndexOf('{', match.index);
    const endBrace = raw.indexOf('}', match.index);
    const objectText = raw.slice(start < 0 ? 0 : start, endBrace < 0 ? raw.length : endBrace + 1);
    const node: JsonRecord = {};
    for (const name of ['streetAddress', 'postalCode', 'addressLocality', 'addressCountry']) {
      const field = STRING_FIELD(name).exec(objectText);
      if (field) node[name] = field[1] ?? field[2] ?? '';
    }
    const address = fromPostalAddress(node, region, objectText);
    if (address) found.push(address);
  }
  return found;
}

/** schema.org PostalAddress in JSON-LD: on an Organization or LocalBusiness, in @graph, in arrays. */
export function findJsonLdAddresses(jsonLd: readonly string[], region: string): ParsedAddress[] {
  return jsonLd.flatMap((raw) => {
    const parsed = parseLenientJson(raw);
    return parsed === undefined ? salvage(raw, region) : addressesIn(parsed, region);
  });
}
