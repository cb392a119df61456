import { dayGroupPhrases } from './day-names.js';
import { ALWAYS_WORDS, RANGE_WORDS } from './hours-words.js';

/**
 * Hours text as a flat list of words, numbers and punctuation, lower-cased, with offsets
 * into the original text so a statement can be quoted exactly as written.
 */

export interface Token {
  kind: 'word' | 'num' | 'punct';
  /** Lower-cased; multi-word phrases joined by one space; every dash is "-"; line breaks are "\n". */
  text: string;
  start: number;
  end: number;
  /** For numbers: "am"/"pm" written right after ("9am", "5 p.m."). */
  meridiem?: 'am' | 'pm';
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
/** Dutch "t/m" (tot en met, "through"): written as a dash of the same length, so offsets hold. */
const THROUGH = /(?<![\p{L}\d])t\s?\/\s?m(?![\p{L}\d])/giu;

// Dates like "24/7/2024" must not read as "24/7".
const ALWAYS_NUMERIC = /24\s?\/\s?7(?:\s?\/\s?365)?(?![\d/])/y;
const NUMBER = /\d+(?:[.:]\d+)*(?:\s?([ap])\.?\s?m\.?(?![\p{L}]))?(?:h(?![\p{L}]))?/uy;
const WORD = /\p{L}[\p{L}\p{M}'’]*/uy;

const DIGIT = /\d/;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

function rawTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === '\n' || ch === '\r') {
      tokens.push({ kind: 'punct', text: '\n', start: i, end: i + 1 });
      i++;
    } else if (SPACE.test(ch)) {
      i++;
    } else if (DIGIT.test(ch)) {
      i = readNumber(text, i, tokens);
    } else if (LETTER.test(ch)) {
      WORD.lastIndex = i;
      const word = WORD.exec(text)?.[0] ?? ch;
      tokens.push({ kind: 'word', text: word.replace(/’/g, "'"), start: i, end: i + word.length });
      i += word.length;
    } else {
      tokens.push({ kind: 'punct', text: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** Reads "24/7" or a number at `i` (a digit), pushes its token, and returns the index after it. */
function readNumber(text: string, i: number, tokens: Token[]): number {
  ALWAYS_NUMERIC.lastIndex = i;
  const always = /[\d/]/.test(text[i - 1] ?? '') ? null : ALWAYS_NUMERIC.exec(text);
  if (always) {
    tokens.push({ kind: 'word', text: '24/7', start: i, end: i + always[0].length });
    return i + always[0].length;
  }
  NUMBER.lastIndex = i;
  const num = NUMBER.exec(text);
  const raw = num?.[0] ?? (text[i] ?? '');
  const token: Token = { kind: 'num', text: raw.replace(/\s?[ap]\.?\s?m\.?$|h$/, ''), start: i, end: i + raw.length };
  if (num?.[1]) token.meridiem = num[1] === 'a' ? 'am' : 'pm';
  tokens.push(token);
  return i + raw.length;
}

/** Known multi-word phrases, by first word, longest first. */
const PHRASES = new Map<string, string[][]>();
for (const words of [
  ...dayGroupPhrases(),
  ...[...ALWAYS_WORDS, ...RANGE_WORDS].filter((w) => w.includes(' ')).map((w) => w.split(' ')),
].sort((a, b) => b.length - a.length)) {
  const first = words[0] ?? '';
  PHRASES.set(first, [...(PHRASES.get(first) ?? []), words]);
}

/** Joins known multi-word phrases ("alla dagar", "dygnet runt", "tot en met") into one token. */
function joinPhrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first) break;
    const candidates = first.kind === 'word' ? PHRASES.get(first.text) : undefined;
    const phrase = candidates?.find((words) => words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]?.text === w));
    if (phrase) {
      const last = tokens[i + phrase.length - 1] ?? first;
      out.push({ kind: 'word', text: phrase.join(' '), start: first.start, end: last.end });
      i += phrase.length;
    } else {
      out.push(first);
      i++;
    }
  }
  return out;
}

export function tokenize(text: string): Token[] {
  const spaced = text.replace(DASHES, '-').replace(SPACES, ' ').replace(THROUGH, (m) => `${' '.repeat(m.length - 1)}-`);
  // Offsets must point into the original text: lower-case letter by letter in the rare case
  // where lower-casing changes the length ("İ").
  const lower = spaced.toLowerCase();
  const normalised = lower.length === spaced.length
    ? lower
    : spaced.replace(/[^]/g, (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c));
  return joinPhrases(rawTokens(normalised));
}

/** The word at `i`, or null when it is not a word. */
export function wordAt(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i];
  return token?.kind === 'word' ? token.text : null;
}

/** True when the token at `i` is one of the given punctuation characters. */
export function punctAt(tokens: readonly Token[], i: number, chars: string): boolean {
  const token = tokens[i];
  return token?.kind === 'punct' && chars.includes(token.text);
}
