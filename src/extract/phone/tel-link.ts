import type { CountryCode } from 'libphonenumber-js/max';
import { factsOf, parseValid, type PhoneFacts } from './phone-number.js';
import { phonesInText } from './text-phones.js';

export interface LinkPhone extends PhoneFacts {
  display: string;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The number behind a `tel:` (or `callto:`) link. A link is an explicit promise that it dials,
 * so the look-alike guards for free text do not apply; validity still does.
 */
export function phoneOfTelLink(href: string, linkText: string, region: CountryCode): LinkPhone | undefined {
  const match = /^\s*(?:tel|callto):(?:\/\/)?([^;?#]*)/i.exec(href);
  if (!match?.[1]) return undefined;
  const written = safeDecode(match[1]).trim();
  const parsed = parseValid(written, region);
  if (!parsed) return undefined;
  const facts = factsOf(parsed);
  // Show the number the way the link text shows it, when the text shows it at all.
  const shown = phonesInText(linkText, region).find((p) => p.value === facts.value);
  return { ...facts, display: shown?.display ?? written };
}
