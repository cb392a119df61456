import type { CountryCode } from 'libphonenumber-js/max';
import { factsOf, parseValid } from './phone-number.js';
import { phonesInText } from './text-phones.js';
import type { LinkPhone } from './tel-link.js';

export interface JsonLdPhone extends LinkPhone {
  /** The `telephone` value as the page's structured data states it. */
  stated: string;
}

/** Hostile pages can nest deeply; real schema.org data is a few levels deep. */
const MAX_DEPTH = 32;

/** Every schema.org `telephone` value anywhere in the data: @graph, arrays, nested contactPoint… */
function collectTelephones(node: unknown, out: string[], depth = 0): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTelephones(item, out, depth + 1);
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'telephone' || key.endsWith(':telephone') || key.endsWith('/telephone')) {
      for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') out.push(v);
    } else {
      collectTelephones(value, out, depth + 1);
    }
  }
}

/** Broken JSON-LD is common (trailing commas, unescaped quotes); fall back to the plain `"telephone": "…"` pairs. */
function telephonesInBrokenJson(raw: string): string[] {
  return [...raw.matchAll(/"telephone"\s*:\s*"([^"\\]{1,100})"/g)].map((m) => m[1] ?? '');
}

export function telephonesInJsonLd(raw: string): string[] {
  const out: string[] = [];
  try {
    collectTelephones(JSON.parse(raw) as unknown, out);
  } catch {
    return telephonesInBrokenJson(raw);
  }
  return out;
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
