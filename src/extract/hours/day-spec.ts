import { dayGroup, dayWord, isFinnishRangeStart } from './day-names.js';
import { AND_WORDS, RANGE_WORDS } from './hours-words.js';
import { punctAt, wordAt, type Token } from './tokenize.js';

/**
 * The days part of an hours statement: "mån–fre", "Monday to Friday", "lör och sön",
 * "pon.-pt.", "od poniedziałku do piątku", "maanantaista perjantaihin", "vardagar".
 */

export interface DaySpec {
  days: number[];
  /** One weak word on its own ("fri", "so", "we"): may only be followed directly by a time. */
  weakSingle: boolean;
  /** Names a list-only day ("L, M, J y V"): counts only when times follow directly. */
  needsTimes: boolean;
  /** Index of the first token after the days. */
  next: number;
}

interface DayItem {
  days: number[];
  weak: boolean;
  /** A list-only word on its own, not in a range: a day only in a list of several. */
  listOnly: boolean;
  /** A list-only word took part, alone or in a range ("L-V"). */
  fromListOnly: boolean;
  next: number;
}

/** Monday→Friday, or wrapping Friday→Monday. */
function span(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; ; d = (d + 1) % 7) {
    days.push(d);
    if (d === to || days.length === 7) return days;
  }
}

/** A day word or group at `i`, with an abbreviation's dot ("man.", "Fr.") swallowed. */
function dayAt(tokens: readonly Token[], i: number): (DayItem & { single: boolean; fromForm: boolean }) | null {
  const word = wordAt(tokens, i);
  if (word === null) return null;
  const next = punctAt(tokens, i + 1, '.') ? i + 2 : i + 1;
  const group = dayGroup(word);
  if (group) return { days: [...group], weak: false, listOnly: false, fromListOnly: false, next, single: false, fromForm: false };
  const day = dayWord(word);
  if (!day) return null;
  const listOnly = day.listOnly === true;
  return { days: [day.day], weak: day.weak, listOnly, fromListOnly: listOnly, next, single: true, fromForm: isFinnishRangeStart(word) };
}

/** After a "-" or a range word, the index of the next token; null when there is none. */
export function rangeConnector(tokens: readonly Token[], i: number): number | null {
  if (punctAt(tokens, i, '-')) return i + 1;
  const word = wordAt(tokens, i);
  return word !== null && RANGE_WORDS.has(word) ? i + 1 : null;
}

function dayItem(tokens: readonly Token[], i: number): DayItem | null {
  const first = dayAt(tokens, i);
  if (!first) return null;
  if (first.single) {
    const afterConnector = rangeConnector(tokens, first.next);
    // "to"/"do" are connectors here only because a day follows; elsewhere they may be days themselves.
    const last = afterConnector !== null ? dayAt(tokens, afterConnector) : first.fromForm ? dayAt(tokens, first.next) : null;
    if (last?.single) {
      const fromListOnly = first.listOnly || last.listOnly;
      return { days: span(first.days[0] ?? 0, last.days[0] ?? 0), weak: false, listOnly: false, fromListOnly, next: last.next };
    }
  }
  return { ...first, weak: first.weak && first.single };
}

function listSeparator(tokens: readonly Token[], i: number): number | null {
  if (punctAt(tokens, i, ',/&')) return i + 1;
  const word = wordAt(tokens, i);
  return word !== null && AND_WORDS.has(word) ? i + 1 : null;
}

export function daySpec(tokens: readonly Token[], i: number): DaySpec | null {
  const first = dayItem(tokens, i);
  if (!first) return null;
  const items = [first];
  let next = first.next;
  for (;;) {
    const afterSeparator = listSeparator(tokens, next);
    const item = afterSeparator !== null ? dayItem(tokens, afterSeparator) : null;
    if (!item) break;
    items.push(item);
    next = item.next;
  }
  // "M" or "mar" alone is a size, an initial or March, not a day.
  if (items.length === 1 && first.listOnly) return null;
  const days = [...new Set(items.flatMap((item) => item.days))].sort((a, b) => a - b);
  return { days, weakSingle: items.length === 1 && first.weak, needsTimes: items.some((item) => item.fromListOnly), next };
}
