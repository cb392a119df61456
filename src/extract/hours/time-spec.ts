import { dayGroup, dayWord } from './day-names.js';
import { rangeConnector } from './day-spec.js';
import {
  AND_WORDS, FROM_WORDS, MONTH_WORDS, NOT_TIME_AFTER, NOT_TIME_SYMBOLS, OF_WORDS, TIME_SUFFIXES,
} from './hours-words.js';
import type { Interval } from './schedule.js';
import { clockTime, intervalOf } from './time-of-day.js';
import { punctAt, wordAt, type Token } from './tokenize.js';

/**
 * The times part of an hours statement: "8–17", "08.00–17.00", "kl. 8 till 16",
 * "9am–5pm", "9–18 Uhr", and lists for lunch breaks: "8–12, 13–16", "8–12 och 13–16".
 */

export interface TimeSpec {
  intervals: Interval[];
  next: number;
}

const CLOCK_WORDS = new Set(['kl', 'klockan', 'klo', 'kello', 'godz']);

function skipClockWord(tokens: readonly Token[], i: number): number {
  const word = wordAt(tokens, i);
  if (word === null || !CLOCK_WORDS.has(word)) return i;
  return punctAt(tokens, i + 1, '.') ? i + 2 : i + 1;
}

function skipSuffix(tokens: readonly Token[], i: number): number {
  const word = wordAt(tokens, i);
  if (word === null || !TIME_SUFFIXES.has(word)) return i;
  return punctAt(tokens, i + 1, '.') ? i + 2 : i + 1;
}

/**
 * What follows a number range can show it is no time at all: a unit or month ("2–5 dagar",
 * "99–149 kr", "12–14 feb"), a percent sign, or more digits (a phone number "08-12 34 56",
 * a date "2024-01-01"). Where days may follow the times ("Öppet 9–17 vardagar"), a day word
 * is days, not a count of them.
 */
function disqualifiedBy(tokens: readonly Token[], i: number, daysMayFollow: boolean, clocked: boolean): boolean {
  const token = tokens[i];
  if (!token) return false;
  // After "klo 8–15" the range is a time: digits after a space begin something else (a phone number the
  // HTML writes on the same line, which a stylesheet sets on a line of its own).
  if (token.kind === 'num') return !clocked || tokens[i - 1]?.end === token.start;
  if (token.kind === 'word') {
    // "3 a 7 de mayo": days of a month.
    if (OF_WORDS.has(token.text) && MONTH_WORDS.has(wordAt(tokens, i + 1) ?? '')) return true;
    const isDays = daysMayFollow && (dayGroup(token.text) !== null || dayWord(token.text)?.weak === false);
    return !isDays && NOT_TIME_AFTER.has(token.text);
  }
  // A slash with spaces around it separates rules ("9–14 / Sábado 9–13"); one written tight is a unit or date ("8–16/dag").
  if (token.text === '/') return tokens[i - 1]?.end === token.start || tokens[i + 1]?.start === token.end;
  if (NOT_TIME_SYMBOLS.has(token.text)) return true;
  const following = tokens[i + 1];
  return '-.:'.includes(token.text) && following?.kind === 'num' && following.start === token.end;
}

export interface TimeSpecOptions {
  /** "mellan 8 och 17": an and-word may join the two ends of one interval. */
  between?: boolean;
  /** Days may follow the times ("Öppet 9–17 vardagar"), so a day word after them is no unit. */
  daysMayFollow?: boolean;
}

/** One interval at `i`. */
function timeRange(tokens: readonly Token[], i: number, options: TimeSpecOptions): (TimeSpec & { interval: Interval }) | null {
  const between = options.between ?? false;
  let j = skipClockWord(tokens, i);
  const clocked = j > i;
  const from = clockTime(tokens[j]);
  if (!from) return null;
  // A digit or date-like run right before the number makes it part of something else.
  const before = tokens[j - 1];
  if (before?.kind === 'num') return null;
  if (before?.kind === 'punct' && '/-.:'.includes(before.text) && tokens[j - 2]?.kind === 'num') return null;
  j = skipSuffix(tokens, j + 1);
  const word = wordAt(tokens, j);
  const afterConnector = rangeConnector(tokens, j) ?? (between && word !== null && AND_WORDS.has(word) ? j + 1 : null);
  if (afterConnector === null) return null;
  j = skipClockWord(tokens, afterConnector);
  const to = clockTime(tokens[j]);
  if (!to) return null;
  j = skipSuffix(tokens, j + 1);
  if (disqualifiedBy(tokens, j, options.daysMayFollow ?? false, clocked)) return null;
  const interval = intervalOf(from, to);
  return interval ? { interval, intervals: [interval], next: j } : null;
}

/** After a separator, a "from" word may open the next interval: "9–12 und von 13–17", "de 9 a 14 y de 16 a 19". */
function listSeparator(tokens: readonly Token[], i: number): number | null {
  const word = wordAt(tokens, i);
  const after = punctAt(tokens, i, ',/&\n') || (word !== null && AND_WORDS.has(word)) ? i + 1 : null;
  if (after === null) return null;
  return FROM_WORDS.has(wordAt(tokens, after) ?? '') ? after + 1 : after;
}

export function timeSpec(tokens: readonly Token[], i: number, options: TimeSpecOptions = {}): TimeSpec | null {
  const first = timeRange(tokens, i, options);
  if (!first) return null;
  const intervals: Interval[] = [first.interval];
  let next = first.next;
  for (;;) {
    const afterSeparator = listSeparator(tokens, next);
    const range = afterSeparator !== null ? timeRange(tokens, afterSeparator, { daysMayFollow: options.daysMayFollow ?? false }) : null;
    // A later interval must start after the previous one ends ("8–12, 13–16"); anything else
    // is a different number ("8–17, 08-12 34 56").
    const last = intervals.at(-1);
    if (!range || !last || range.interval[0] < last[1]) break;
    intervals.push(range.interval);
    next = range.next;
  }
  return { intervals, next };
}
