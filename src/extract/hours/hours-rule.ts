import { channelOfWord } from './applies-to.js';
import { daySpec, type DaySpec } from './day-spec.js';
import {
  ALWAYS_WORDS, BETWEEN_WORDS, CLOSED_FILLERS, CLOSED_WORDS, LEAD_FILLERS, LEAD_WORDS, LOOSE_FILLERS, TIGHT_FILLERS,
  TIMES_FIRST_FILLERS,
} from './hours-words.js';
import { ALL_DAYS, WHOLE_DAY, type Interval } from './schedule.js';
import { timeSpec } from './time-spec.js';
import { punctAt, wordAt, type Token } from './tokenize.js';

/**
 * One rule of an hours statement: some days and what holds on them. Forms read:
 * days + times ("mån–fre 8–17"), days + closed ("Söndag stängt"), closed + days
 * ("Closed Sundays", "Lukket søndag"), days + always ("mån–sön dygnet runt"), a bare
 * "24/7" / "dygnet runt", which counts only where the surroundings speak of hours, and times
 * first after a lead word ("Åpent 08:00–16:00 (man–fre)", "Kundtjänst 8–17"), where the days
 * may not be stated at all.
 */

export interface HoursRule {
  /** Empty when `daysUnknown`. */
  days: readonly number[];
  /** Empty = closed on those days. */
  intervals: readonly Interval[];
  /** Stated with no days ("24/7", "(9–16)" after a number): hours only if the context says so. */
  bare: boolean;
  /** Times with no days ("Kundtjänst 8–17"): which days they hold on is not stated. */
  daysUnknown: boolean;
  next: number;
}

const MAX_FILLERS = 5;
const BETWEEN_PUNCT = ':.,|\n(·';

/** Skips what may stand between days and their times; a lone weak day word allows only the tight kind. */
function skipFillers(tokens: readonly Token[], i: number, weakSingle: boolean): { next: number; between: boolean } {
  let j = i;
  let between = false;
  for (let n = 0; n < MAX_FILLERS; n++) {
    if (punctAt(tokens, j, BETWEEN_PUNCT)) {
      j++;
      continue;
    }
    const word = wordAt(tokens, j);
    if (word === null) break;
    if (TIGHT_FILLERS.has(word)) j++;
    else if (!weakSingle && LOOSE_FILLERS.has(word)) {
      between ||= BETWEEN_WORDS.has(word);
      j++;
    } else break;
  }
  return { next: j, between };
}

function afterDays(tokens: readonly Token[], days: DaySpec): HoursRule | null {
  const { next, between } = skipFillers(tokens, days.next, days.weakSingle || days.needsTimes);
  const times = timeSpec(tokens, next, { between });
  const rule = { days: days.days, bare: false, daysUnknown: false };
  // A weak day word is often an everyday one (Polish "ma 3–5 fałd" is "has 3–5 folds", not
  // Monday 3–5): its times must look like business hours.
  if (times && days.weakSingle && !plausibleTimesFirst(times.intervals)) return null;
  if (times) return { ...rule, intervals: times.intervals, next: times.next };
  if (days.needsTimes) return null;
  const word = wordAt(tokens, next);
  if (word !== null && CLOSED_WORDS.has(word)) return { ...rule, intervals: [], next: next + 1 };
  if (word !== null && ALWAYS_WORDS.has(word)) return { ...rule, intervals: [WHOLE_DAY], next: next + 1 };
  return null;
}

/** "Closed Sundays", "Lukket søndag", "Geschlossen: Sonntag", "zamknięte w niedziele". */
function closedFirst(tokens: readonly Token[], i: number): HoursRule | null {
  let j = i + 1;
  for (let n = 0; n < 3; n++) {
    const word = wordAt(tokens, j);
    if (punctAt(tokens, j, ':') || (word !== null && CLOSED_FILLERS.has(word))) j++;
    else break;
  }
  const days = daySpec(tokens, j);
  if (!days || days.weakSingle || days.needsTimes) return null;
  // "Stängt\nMåndag 8–17": those days begin the next rule, they are not the closed ones.
  if (afterDays(tokens, days)) return null;
  return { days: days.days, intervals: [], bare: false, daysUnknown: false, next: days.next };
}

/** Up to this many fillers between a lead word and its times ("Kundtjänst har öppet mellan 8 och 17"). */
const MAX_LEAD_FILLERS = 4;
/** Business hours start no earlier than this, unless round the clock: "Service 2–3" is no time. */
const EARLIEST_START = 5 * 60;
const SHORTEST_INTERVAL = 60;

/**
 * Times with nothing but a word before them are weakly anchored; they must look like business
 * hours: "Support 1–2 vardagar" and "Kundtjänst 2–3" are counts, not hours.
 */
function plausibleTimesFirst(intervals: readonly Interval[]): boolean {
  return intervals.every(([start, end]) =>
    (start === WHOLE_DAY[0] && end === WHOLE_DAY[1]) || (start >= EARLIEST_START && end - start >= SHORTEST_INTERVAL));
}

/**
 * The days after times-first: "9–17 på vardagar", "08:00–16:00 (man–fre)". Days that have
 * times of their own begin the next rule ("Öppet 10–18, lör 10–14"), so they are not these.
 */
function daysAfterTimes(tokens: readonly Token[], i: number): DaySpec | null {
  let j = i;
  for (let n = 0; n < 3; n++) {
    const word = wordAt(tokens, j);
    if (punctAt(tokens, j, ',(') || (word !== null && TIMES_FIRST_FILLERS.has(word))) j++;
    else break;
  }
  const days = daySpec(tokens, j);
  if (!days || days.weakSingle || days.needsTimes || afterDays(tokens, days)) return null;
  return days;
}

function isLeadWord(word: string): boolean {
  return LEAD_WORDS.has(word) || channelOfWord(word) !== null;
}

/** Times right after a lead word, with the days that follow them or, if none do, days unknown. */
function timesFirst(tokens: readonly Token[], i: number): HoursRule | null {
  let j = i + 1;
  let between = false;
  for (let n = 0; n < MAX_LEAD_FILLERS; n++) {
    const word = wordAt(tokens, j);
    if (punctAt(tokens, j, ':')) j++;
    else if (word !== null && LEAD_FILLERS.has(word)) {
      between ||= BETWEEN_WORDS.has(word);
      j++;
    } else break;
  }
  const times = timeSpec(tokens, j, { between, daysMayFollow: true });
  if (!times || !plausibleTimesFirst(times.intervals)) return null;
  const days = daysAfterTimes(tokens, times.next);
  if (days) return { days: days.days, intervals: times.intervals, bare: false, daysUnknown: false, next: days.next };
  return { days: [], intervals: times.intervals, bare: false, daysUnknown: true, next: times.next };
}

/**
 * Times alone in brackets, as after a phone number: "08-123 45 67 (9–16)". With nothing to
 * anchor them, they count only where the surroundings speak of contact or hours.
 */
/** An hour unit written after a bare range: with nothing else in the brackets, the range is a length of time. */
const DURATION_UNITS: ReadonlySet<string> = new Set(['h', 'godz', 't', 'std', 'hrs', 'hr', 'tim']);

function bracketedTimes(tokens: readonly Token[], i: number): HoursRule | null {
  const times = timeSpec(tokens, i + 1);
  if (!times || !punctAt(tokens, times.next, ')') || !plausibleTimesFirst(times.intervals)) return null;
  // "(6-12 h)" alone in brackets is how long something takes, not when someone answers.
  for (let j = i + 1; j < times.next; j++) if (DURATION_UNITS.has(wordAt(tokens, j) ?? '')) return null;
  return { days: [], intervals: times.intervals, bare: true, daysUnknown: true, next: times.next + 1 };
}

export function ruleAt(tokens: readonly Token[], i: number): HoursRule | null {
  const days = daySpec(tokens, i);
  if (days) return afterDays(tokens, days);
  if (punctAt(tokens, i, '(')) return bracketedTimes(tokens, i);
  const word = wordAt(tokens, i);
  if (word === null) return null;
  if (CLOSED_WORDS.has(word)) return closedFirst(tokens, i);
  if (ALWAYS_WORDS.has(word)) return { days: ALL_DAYS, intervals: [WHOLE_DAY], bare: true, daysUnknown: false, next: i + 1 };
  if (isLeadWord(word)) return timesFirst(tokens, i);
  return null;
}
