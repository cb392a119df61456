import type { CountryCode } from 'libphonenumber-js/max';
import { factsOf, parseValid, writtenAsPhone, type PhoneFacts } from './phone-number.js';
import { readLabels } from './phone-labels.js';
import { shortServiceNumber, tariffAfter } from './short-numbers.js';
import { amountAfter, contextNotPhone, gluedAfter, shapeNotPhone } from './not-a-phone.js';

/** A phone number read from a piece of visible text. */
export interface TextPhone extends PhoneFacts {
  /** The number as written. */
  display: string;
  /** Offsets of `display` in the text. */
  start: number;
  end: number;
  /** Labelled "WhatsApp" on the page. */
  whatsapp: boolean;
}

/**
 * A run of digits joined by what people put inside phone numbers: spaces (incl. no-break and
 * thin), hyphens, en dashes, dots, slashes, parentheses; optionally led by "+" or "(".
 * Newlines are not joiners, so lines of one block (`<br>`) never merge, and neither do table
 * cells (" | ").
 */
const RUN = /[+(]?\d(?:[ \u00a0\u2009\u202f.\-\u2010\u2011\u2013/()]{0,3}\d)*/gu;

/** Where a run is really two things side by side: "08-123 45 67 / 070-123 45 67", "08.00 – 17.00". */
const HARD_BREAK = /\s+[/–—]\s+/gu;

/** A span may begin or end only where the writer left a space or a slash, never inside "123-45". */
const SOFT_BOUNDARY = /[\s/]/u;

const MAX_TOKENS_PER_SPAN = 8;
/** A run of more digit groups than this is a wall of data (a table of figures), not contact text; skipping it bounds the work on hostile pages. */
const MAX_TOKENS_PER_RUN = 120;
/** How much text either side of a run the context guards look at. */
const CONTEXT = 64;
const MAX_DIGITS = 17;
/** How far back labels are read: enough for "Numer identyfikacji podatkowej (NIP): ". */
const LABEL_WINDOW = 48;

interface Token {
  start: number;
  end: number;
}

interface Run {
  start: number;
  end: number;
  tokens: Token[];
}

function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const match of text.matchAll(RUN)) {
    const whole = match[0];
    let pieceStart = 0;
    const pieces: Array<[number, number]> = [];
    for (const brk of whole.matchAll(HARD_BREAK)) {
      pieces.push([pieceStart, brk.index]);
      pieceStart = brk.index + brk[0].length;
    }
    pieces.push([pieceStart, whole.length]);
    for (const [from, to] of pieces) {
      const start = match.index + from;
      const piece = text.slice(start, match.index + to);
      const tokens = [...piece.matchAll(/\d+/g)].map((d) => ({ start: start + d.index, end: start + d.index + d[0].length }));
      const last = tokens[tokens.length - 1];
      if (last) runs.push({ start, end: last.end, tokens });
    }
  }
  return runs;
}

/** Where a bracket opens after a space inside a run: "0900-123 45 67 (24" → before "(24". */
const OPENS_BRACKET = /\s\(\s*$/u;

/**
 * A price in brackets after a number, "0900-123 45 67 (24,90 kr/min)", joins the run through
 * its " (", and the amount guard would then reject the number with it. The price claims only
 * what is inside the bracket: the run is cut there. A run with no such bracket is kept whole,
 * so "1 299 kr" stays an amount.
 */
function withoutBracketedAmount(text: string, run: Run): Run {
  if (!amountAfter(text.slice(run.end, run.end + CONTEXT))) return run;
  const { tokens } = run;
  const cut = tokens.findLastIndex((token, k) => k > 0 && OPENS_BRACKET.test(text.slice(tokens[k - 1]!.end, token.start)));
  if (cut <= 0) return run;
  return { start: run.start, end: tokens[cut - 1]!.end, tokens: tokens.slice(0, cut) };
}

/** The text a label for this run could be in: back to the previous digit, at most LABEL_WINDOW characters. */
function labelWindow(text: string, runStart: number): string {
  const before = text.slice(Math.max(0, runStart - LABEL_WINDOW), runStart);
  const lastDigit = before.search(/\d(?!.*\d)/su);
  return lastDigit >= 0 ? before.slice(lastDigit + 1) : before;
}

function boundaryOk(text: string, tokens: Token[], i: number, j: number): boolean {
  const startOk = i === 0 || SOFT_BOUNDARY.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const endOk = j === tokens.length - 1 || SOFT_BOUNDARY.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start));
  return startOk && endOk;
}

/**
 * Every phone number in one text block. Within a run, the longest acceptable span wins, then
 * the search goes on after it, so "08-123 45 67 08-765 43 21" yields two numbers.
 */
export function phonesInText(text: string, region: CountryCode): TextPhone[] {
  const found: TextPhone[] = [];
  for (const whole of runsOf(text)) {
    if (whole.tokens.length > MAX_TOKENS_PER_RUN) continue;
    const run = withoutBracketedAmount(text, whole);
    const before = text.slice(Math.max(0, run.start - CONTEXT), run.start);
    const after = text.slice(run.end, run.end + CONTEXT);
    if (contextNotPhone(text.slice(run.start, run.end), before, after)) continue;
    const labels = readLabels(labelWindow(text, run.start));
    if (labels.kind === 'not-phone' || labels.kind === 'fax') continue;

    const runText = text.slice(run.start, run.end);
    const short = labels.phoneMentioned || tariffAfter(after) ? shortServiceNumber(runText, region) : undefined;
    if (short) {
      found.push({ ...short, display: runText, start: run.start, end: run.end, whatsapp: labels.kind === 'whatsapp' });
      continue;
    }

    const { tokens } = run;
    const lastToken = tokens[tokens.length - 1]!;
    const glued = gluedAfter(after, text.slice(lastToken.start, lastToken.end));
    if (glued === 'run') continue;
    const usable = glued === 'last-group' ? tokens.length - 1 : tokens.length;
    for (let i = 0; i < usable; i++) {
      const lastJ = Math.min(usable - 1, i + MAX_TOKENS_PER_SPAN - 1);
      for (let j = lastJ; j >= i; j--) {
        if (!boundaryOk(text, tokens, i, j)) continue;
        const start = i === 0 ? run.start : tokens[i]!.start;
        const span = text.slice(start, tokens[j]!.end);
        const digits = span.replace(/\D/g, '');
        if (digits.length > MAX_DIGITS || digits.length < 7 || shapeNotPhone(span)) continue;
        const parsed = parseValid(span, region);
        if (!parsed || !writtenAsPhone(span, parsed)) continue;
        // Without "+", separators or a leading 0, a long digit string in a country without a
        // trunk prefix (DK, NO, PL) is as likely a REGON, SKU or customer number: ask for a label.
        if (/^\d{8,}$/.test(span) && !digits.startsWith('0') && !labels.phoneMentioned) continue;
        found.push({ ...factsOf(parsed), display: span, start, end: tokens[j]!.end, whatsapp: labels.kind === 'whatsapp' });
        i = j;
        break;
      }
    }
  }
  return found;
}
