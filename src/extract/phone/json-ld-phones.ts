import type { CountryCode } from 'libphonenumber-js/max';
import { objectsIn, parseLenientJson } from '../json-ld.js';
import { factsOf, parseValid } from './phone-number.js';
import { phonesInText } from './text-phones.js';
import type { LinkPhone } from './tel-link.js';

export interface JsonLdPhone extends LinkPhone {
  /** The `telephone` value as the page's structured data states it. */
  stated: string;
}

/** Every schema.org `telephone` value anywhere in the data: @graph, arrays, nested contactPoint… */
function telephonesIn(root: unknown): string[] {
  const out: string[] = [];
  for (const object of objectsIn(root)) {
    for (const [key, value] of Object.entries(object)) {
      if (key !== 'telephone' && !key.endsWith(':telephone') && !key.endsWith('/telephone')) continue;
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

/** Broken JSON-LD is common (trailing commas, unescaped quotes); fall back to the plain `"telephone": "…"` pairs. */
function telephonesInBrokenJson(raw: string): string[] {
  return [...raw.matchAll(/"telephone"\s*:\s*"([^"\\]{1,100})"/g)].map((m) => m[1] ?? '');
}

export function telephonesInJsonLd(raw: string): string[] {
  const parsed = parseLenientJson(raw);
  if (parsed === undefined) return telephonesInBrokenJson(raw);
  return telephonesIn(parsed);
}

/** Phone numbers stated in one JSON-LD script; a value may hold more than one number. */
export function phonesInJsonLd(raw: string, region: CountryCode): JsonLdPhone[] {
  const phones: JsonLdPhone[] = [];
  for (const stated of telephonesInJsonLd(raw)) {
    const whole = parseValid(stated.trim(), region);
    if (whole) {
      phones.push({ ...factsOf(whole), display: stated.trim(), stated });
      continue;
    }
    for (const p of phonesInText(stated, region)) {
      phones.push({ value: p.value, numberType: p.numberType, premiumRate: p.premiumRate, sharedCost: p.sharedCost, country: p.country, display: p.display, stated });
    }
  }
  return phones;
}
