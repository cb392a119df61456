import type { AddressCountry } from './address-country.js';
import { isCountingWord } from './not-address-words.js';
import {
  COMPANY_FORMS, POLISH_PREFIX, POST_BOXES, SPANISH_STREET_WORDS, STREET_MODIFIERS, STREET_SUFFIXES, STREET_WORDS,
} from './street-words.js';

export interface StreetLine {
  /** The street and number (or post box), without labels or a company name in front. */
  street: string;
  /** Countries the wording points to; empty when it says nothing. */
  hints: AddressCountry[];
  /**
   * The wording alone makes it a street: a street-word compound ("Storgatan 5") or a name
   * before a street word ("Karl Johans gate 12"). Not a bare "Plan 2", a post box, or a line
   * let through by a label or a postcode.
   */
  clear: boolean;
}

const LABEL = /^(?:besöksadress|postadress|leveransadress|adress|address|visiting address|postal address|adresse|besøgsadresse|besøksadresse|postadresse|käyntiosoite|postiosoite|osoite|adres|siedziba|anschrift|hitta hit|dirección|direccion|domicilio|bezoekadres|postadres)\s*:?\s+/iu;

/** "13", "13A", "13 B", "1-3", "12/14", "5a" — a house number at the end of the line. */
const NUMBER = String.raw`\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?(?:\s?[-–/]\s?\d{1,4}(?:\s?[A-Za-z](?![\p{L}]))?)?`;
const NAMED_STREET = new RegExp(String.raw`^(\p{L}[\p{L}\p{N} .:/'’\-]*?)\s+(${NUMBER})$`, 'u');
const POST_BOX = new RegExp(
  String.raw`^(${Object.keys(POST_BOXES).map((word) => word.replace(/\./g, '\\.')).join('|')})\s*(\d{1,6}(?:\s\d{2,3})?)$`,
  'iu',
);

/** A capitalised name in the genitive: "Kongens", "Dronningens", "Gustavs" (not "Gratis", "Plus"). */
const GENITIVE = /^\p{Lu}\p{Ll}+(?:ns|[bdfgklmnprtv]s)$/u;
/** A German adjective made from a place: "Meidlinger", "Wiener", "Berliner". */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}er$/u;

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
    // A compound street is a name, written with a capital: "levering" ends in "-ring" but is no street.
    if (!/^\p{Lu}/u.test(words[index] ?? '')) continue;
    for (const [suffix, hints] of Object.entries(STREET_SUFFIXES)) {
      if (word.length > suffix.length + 1 && word.endsWith(suffix)) return { index, hints, compound: true };
    }
  }
  return null;
}

/**
 * Where a Spanish street starts: its kind written in front ("Calle Mayor", "Avda. de la
 * Constitución", "C/ Mayor", "C/Mayor"), with a name after it. -1 when there is none. The
 * one-letter "C." and "C/" count only with a capital: "c." is as often an initial or "ca.".
 */
function spanishStreetStart(words: readonly string[]): number {
  const index = words.findIndex((word) => {
    if (/^C\/\p{Lu}/u.test(word)) return true;
    const lower = word.toLowerCase();
    return SPANISH_STREET_WORDS.has(lower) && (!/^c[./]$/.test(lower) || word.startsWith('C'));
  });
  const word = words[index] ?? '';
  return index >= 0 && (index < words.length - 1 || /^C\/\p{Lu}/u.test(word)) ? index : -1;
}

/** Where the street name starts: drop a company name or other words written before it on the line. */
function nameStart(words: readonly string[], found: StreetWord): number {
  let start = found.index;
  const isModifier = (word: string): boolean => STREET_MODIFIERS.has(word.toLowerCase());
  if (found.compound) {
    while (start > 0 && isModifier(words[start - 1] ?? '')) start--;
    // "Kongens Nytorv", "Dronningens Tværgade": a name in the genitive belongs to the street;
    // so does a German place adjective, "Meidlinger Hauptstraße", "Wiener Ring".
    const previous = words[start - 1] ?? '';
    const german = found.hints.includes('DE') || found.hints.includes('AT');
    if (start > 0 && !COMPANY_FORMS.has(previous.toLowerCase())
      && (GENITIVE.test(previous) || (german && PLACE_ADJECTIVE.test(previous)))) start--;
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
 * Reads one line as a street address ("Storgatan 13", "Box 1234", "ul. Marszałkowska 1", "Calle Mayor 5"), or
 * null. A line without a street word is accepted only when the page labels it as an address
 * (`labelled`), since "Ordernummer 12345" has the same shape.
 */
export function parseStreet(segment: string, labelled: boolean): StreetLine | null {
  const text = stripLabel(segment);
  if (text.length < 3 || text.length > 80) return null;

  const box = POST_BOX.exec(text);
  if (box) {
    const hints = POST_BOXES[(box[1] ?? '').toLowerCase()] ?? [];
    return { street: `${box[1]} ${box[2]}`, hints: [...hints], clear: false };
  }

  const polish = POLISH_PREFIX.exec(text);
  const named = NAMED_STREET.exec(text);
  if (!named) return null;
  const name = named[1] ?? '';
  const number = named[2] ?? '';
  if ((name.match(/\p{L}/gu) ?? []).length < 3) return null;
  if (polish) return { street: `${name} ${number}`, hints: ['PL'], clear: true };

  const words = name.split(' ');
  const spanish = spanishStreetStart(words);
  if (spanish >= 0) return { street: `${words.slice(spanish).join(' ')} ${number}`, hints: ['ES'], clear: true };
  const found = findStreetWord(words);
  if (!found) return labelled ? { street: `${name} ${number}`, hints: [], clear: false } : null;
  const start = nameStart(words, found);
  const street = words.slice(start).join(' ');
  return { street: `${street} ${number}`, hints: [...found.hints], clear: found.compound || start < found.index };
}

/** A house number as a plain street carries it: "4A", "92", "12 b"; no range, no four digits. */
const PLAIN_NUMBER = /^\d{1,3}(?:\s?[A-Za-z])?$/;
const MAX_PLAIN_WORDS = 3;

/**
 * Reads a line that names a street in words kontaktkoll does not know ("Violens Kvt 4A",
 * "Strandkaien 2", "Weißbriach 92"). Only for a line right before a postcode and city, and
 * tightly: the capitalised words at the end of the line, no counting word among them
 * ("Ordernummer 123", "Kampanj 13", "Mandag 10"), and a house number of at most three digits
 * ("Artikel 4711" and "seit 1998" are not streets).
 */
export function parsePlainStreet(segment: string): StreetLine | null {
  const text = stripLabel(segment);
  const named = NAMED_STREET.exec(text);
  if (!named) return null;
  const number = named[2] ?? '';
  if (!PLAIN_NUMBER.test(number)) return null;
  const words = (named[1] ?? '').split(' ');
  // The street is the run of capitalised words before the number; a company form ends it
  // ("Eksempel ApS Violens Kvt 4A"), and a longer run is a title or a name, not a street.
  let start = words.length;
  while (start > 0 && /^\p{Lu}\p{L}*\.?$/u.test(words[start - 1] ?? '') && !COMPANY_FORMS.has((words[start - 1] ?? '').toLowerCase())) start--;
  const name = words.slice(start);
  if (name.length === 0 || name.length > MAX_PLAIN_WORDS || name.some(isCountingWord)) return null;
  if (name.join('').replace(/\./g, '').length < 3) return null;
  return { street: `${name.join(' ')} ${number}`, hints: [], clear: false };
}
