import { daySpec, type DaySpec } from './day-spec.js';
import {
  ALWAYS_WORDS, BETWEEN_WORDS, CLOSED_FILLERS, CLOSED_WORDS, LOOSE_FILLERS, OPEN_WORDS, TIGHT_FILLERS,
  TIMES_FIRST_FILLERS,
} from './hours-words.js';
import { ALL_DAYS, WHOLE_DAY, type Interval } from './schedule.js';
import { timeSpec } from './time-spec.js';
import { punctAt, wordAt, type Token } from './tokenize.js';

/**
 * One rule of an hours statement: some days and what holds on them. Forms read:
 * days + times ("mån–fre 8–17"), days + closed ("Söndag stängt"), closed + days
 * ("Closed Sundays", "Lukket søndag"), days + always ("mån–sön dygnet runt"), and a bare
 * "24/7" / "dygnet runt", which counts only where the surroundings speak of hours.
 */

export interface HoursRule {
  days: readonly number[];
  /** Empty = closed on those days. */
  intervals: readonly Interval[];
  /** A bare "24/7" with no days: hours only if the context says so. */
  bare: boolean;
  next: number;
}

const MAX_FILLERS = 5;
const BETWEEN_PUNCT = ':.,|\n(';

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
  const { next, between } = skipFillers(tokens, days.next, days.weakSingle);
  const times = timeSpec(tokens, next, between);
  if (times) return { days: days.days, intervals: times.intervals, bare: false, next: times.next };
  const word = wordAt(tokens, next);
  if (word !== null && CLOSED_WORDS.has(word)) return { days: days.days, intervals: [], bare: false, next: next + 1 };
  if (word !== null && ALWAYS_WORDS.has(word)) return { days: days.days, intervals: [WHOLE_DAY], bare: false, next: next + 1 };
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
  if (!days || days.weakSingle) return null;
  // "Stängt\nMåndag 8–17": those days begin the next rule, they are not the closed ones.
  if (afterDays(tokens, days)) return null;
  return { days: days.days, intervals: [], bare: false, next: days.next };
}

/**
 * Times before days only right after an open-word: without it, "1–2 arbetsdagar" and
 * "2–5 dagar" would be read the same way.
 */
function timesFirst(tokens: readonly Token[], i: number): HoursRule | null {
  let j = i + 1;
  let between = false;
  for (let n = 0; n < 2; n++) {
    const word = wordAt(tokens, j);
    if (word === null || !BETWEEN_WORDS.has(word)) break;
    between = true;
    j++;
  }
  const times = timeSpec(tokens, j, between);
  if (!times) return null;
  j = times.next;
  for (let n = 0; n < 3; n++) {
    const word = wordAt(tokens, j);
    if (punctAt(tokens, j, ',') || (word !== null && TIMES_FIRST_FILLERS.has(word))) j++;
    else break;
  }
  const days = daySpec(tokens, j);
  if (!days || days.weakSingle) return null;
  return { days: days.days, intervals: times.intervals, bare: false, next: days.next };
}

export function ruleAt(tokens: readonly Token[], i: number): HoursRule | null {
  const days = daySpec(tokens, i);
  if (days) return afterDays(tokens, days);
  const word = wordAt(tokens, i);
  if (word === null) return null;
  if (CLOSED_WORDS.has(word)) return closedFirst(tokens, i);
  if (OPEN_WORDS.has(word)) return timesFirst(tokens, i);
  if (ALWAYS_WORDS.has(word)) return { days: ALL_DAYS, intervals: [WHOLE_DAY], bare: true, next: i + 1 };
  return null;
}
