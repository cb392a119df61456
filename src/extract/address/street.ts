import type { AddressCountry } from './address-country.js';
import {
  COMPANY_FORMS, POLISH_PREFIX, POST_BOXES, STREET_MODIFIERS, STREET_SUFFIXES, STREET_WORDS,
} from './street-words.js';

export interface StreetLine {
  /** The street and number (or post box), without labels or a company name in front. */
  street: string;
  /** Countries the wording points to; empty when it says nothing. */
  hints: AddressCountry[];
}

const LABEL = /^(?:besöksadress|postadress|leveransadress|adress|address|visiting address|postal address|adresse|besøgsadresse|besøksadresse|postadresse|käyntiosoite|postiosoite|osoite|adres|siedziba|anschrift|hitta hit)\s*:?\s+/iu;

/** "13", "13A", "13 B", "1-3", "12/14", "5a" — a house number at the end of the line. */
const NUMBER = String.raw`\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?(?:\s?[-–/]\s?\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?)?`;
const NAMED_STREET = new RegExp(String.raw`^(\p{L}[\p{L}\p{N} .:'’\-]*?)\s+(${NUMBER})$`, 'u');
const POST_BOX = new RegExp(
  String.raw`^(${Object.keys(POST_BOXES).map((word) => word.replace(/\./g, '\\.')).join('|')})\s*(\d{1,6}(?:\s\d{2,3})?)$`,
  'iu',
);

function stripLabel(segment: string): string {
  const afterColon = segment.includes(':') ? segment.slice(segment.lastIndexOf(':') + 1) : segment;
  // "S:t Eriksgatan" has a colon that is part of the name.
  const text = /s:t\s/i.test(segment) ? segment : afterColon;
  return text.replace(/\s+/g, ' ').trim().replace(LABEL, '');
}

interface StreetWord {
  index: number;
  hints: readonly AddressCountry[];
  compound: boolean;
}

function findStreetWord(words: readonly string[]): StreetWord | null {
  for (let index = words.length - 1; index >= 0; index--) {
    const word = (words[index] ?? '').toLowerCase();
    const standalone = STREET_WORDS[word];
    if (standalone) return { index, hints: standalone, compound: false };
    for (const [suffix, hints] of Object.entries(STREET_SUFFIXES)) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) return { index, hints, compound: true };
    }
  }
  return null;
}

/** Where the street name starts: drop a company name or other words written before it on the line. */
function nameStart(words: readonly string[], found: StreetWord): number {
  let start = found.index;
  const isModifier = (word: string): boolean => STREET_MODIFIERS.has(word.toLowerCase());
  if (found.compound) {
    while (start > 0 && isModifier(words[start - 1] ?? '')) start--;
    return start;
  }
  // "Karl Johans gate": the name is the capitalised words before the street word.
  while (start > 0 && found.index - start < 4) {
    const previous = words[start - 1] ?? '';
    if (COMPANY_FORMS.has(previous.toLowerCase()) || !(/^\p{Lu}/u.test(previous) || isModifier(previous))) break;
    start--;
  }
  return start;
}

/**
 * Reads one line as a street address ("Storgatan 13", "Box 1234", "ul. Marszałkowska 1"), or
 * null. A line without a street word is accepted only when the page labels it as an address
 * (`labelled`), since "Ordernummer 12345" has the same shape.
 */
export function parseStreet(segment: string, labelled: boolean): StreetLine | null {
  const text = stripLabel(segment);
  if (text.length < 3 || text.length > 80) return null;

  const box = POST_BOX.exec(text);
  if (box) {
    const hints = POST_BOXES[(box[1] ?? '').toLowerCase()] ?? [];
    return { street: `${box[1]} ${box[2]}`, hints: [...hints] };
  }

  const polish = POLISH_PREFIX.exec(text);
  const named = NAMED_STREET.exec(text);
  if (!named) return null;
  const name = named[1] ?? '';
  const number = named[2] ?? '';
  if ((name.match(/\p{L}/gu) ?? []).length < 3) return null;
  if (polish) return { street: `${name} ${number}`, hints: ['PL'] };

  const words = name.split(' ');
  const found = findStreetWord(words);
  if (!found) return labelled ? { street: `${name} ${number}`, hints: [] } : null;
  const street = words.slice(nameStart(words, found)).join(' ');
  return { street: `${street} ${number}`, hints: [...found.hints] };
}
