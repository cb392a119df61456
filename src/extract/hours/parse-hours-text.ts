import { channelOfWord, type Channel } from './applies-to.js';
import { daySpec } from './day-spec.js';
import { ruleAt, type HoursRule } from './hours-rule.js';
import { ALWAYS_WORDS, CLOSED_WORDS, LOOSE_FILLERS, TIME_SUFFIXES } from './hours-words.js';
import { addToDay, emptyWeek, normaliseDay, setDays, type Interval, type Week } from './schedule.js';
import { timeSpec } from './time-spec.js';
import { punctAt, tokenize, wordAt, type Token } from './tokenize.js';

/**
 * Free text → hours statements. One text may hold several ("Telefon: mån–fre 8–17.
 * Chatt: mån–fre 8–20"): a channel word that comes after some rules and before more
 * starts a new statement.
 */

export interface HoursStatement {
  /** The part of the input this statement was read from, as written. */
  text: string;
  week: Week;
  /** The channel the statement names itself ("Telefon: …"), if any. */
  channel: Channel | null;
  /** Number of rules read, closures included. */
  rules: number;
  /** Only bare "24/7"-style rules: hours only where the context speaks of opening or contact. */
  bare: boolean;
  /** Times stated with no days ("Kundtjänst 8–17"), kept apart from `week`: the days are not known. */
  timesWithoutDays: Interval[];
}

type Event =
  | { kind: 'rule'; rule: HoursRule }
  | { kind: 'channel'; channel: Channel; at: number };

function scan(tokens: readonly Token[]): Event[] {
  const events: Event[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A channel word may also lead its own times ("Telefontid 8–16"): note the channel first.
    const word = wordAt(tokens, i);
    const channel = word !== null ? channelOfWord(word) : null;
    if (channel) events.push({ kind: 'channel', channel, at: tokens[i]?.start ?? 0 });
    const rule = ruleAt(tokens, i);
    if (rule) {
      events.push({ kind: 'rule', rule });
      i = rule.next;
      continue;
    }
    i++;
  }
  return events;
}

interface Segment {
  start: number;
  channel: Channel | null;
  rules: HoursRule[];
}

function segment(events: readonly Event[]): Segment[] {
  const segments: Segment[] = [{ start: 0, channel: null, rules: [] }];
  const lastRule = events.findLastIndex((e) => e.kind === 'rule');
  events.forEach((event, index) => {
    const current = segments.at(-1);
    if (!current) return;
    if (event.kind === 'rule') {
      current.rules.push(event.rule);
      return;
    }
    const moreRules = index < lastRule;
    if (current.rules.length > 0 && moreRules && event.channel !== current.channel) {
      segments.push({ start: event.at, channel: event.channel, rules: [] });
    } else if (current.channel === null) {
      // Also a channel named after the hours ("mån–fre 8–17, ring oss på …").
      current.channel = event.channel;
    }
  });
  return segments;
}

function overlaps(a: readonly Interval[], b: readonly Interval[]): boolean {
  return a.some(([start, end]) => b.some(([s, e]) => start < e && s < end));
}

/**
 * A later rule replaces what an earlier one said of a day ("Mån–fre 8–17, fre 8–16", "Mån–sön
 * 10–18. Söndag stängt"), except that times which do not overlap the day's are a second shift
 * written as a rule of its own and add to it ("Lun–Sáb 9:30–13:30, Lun–Vie 16:30–20:00").
 */
function applyRule(week: Week, rule: HoursRule): void {
  for (const day of rule.days) {
    const current = week[day] ?? [];
    if (current.length > 0 && rule.intervals.length > 0 && !overlaps(current, rule.intervals)) {
      for (const interval of rule.intervals) addToDay(week, day, interval);
    } else {
      setDays(week, [day], rule.intervals);
    }
  }
}

export function parseHoursText(text: string): HoursStatement[] {
  const segments = segment(scan(tokenize(text)));
  return segments.flatMap((seg, index) => {
    if (seg.rules.length === 0) return [];
    const week = emptyWeek();
    // A bare "24/7" beside hours stated with days names something else ("… 7:45–17 · 24/7 AI-konsultaatio"):
    // it does not overwrite them, however the lines were joined.
    const stated = seg.rules.some((rule) => !rule.bare);
    for (const rule of seg.rules) if (!rule.daysUnknown && !(stated && rule.bare)) applyRule(week, rule);
    const end = segments[index + 1]?.start ?? text.length;
    return [{
      text: text.slice(seg.start, end).trim(),
      week,
      channel: seg.channel,
      rules: seg.rules.length,
      bare: seg.rules.every((rule) => rule.bare),
      timesWithoutDays: normaliseDay(seg.rules.filter((rule) => rule.daysUnknown).flatMap((rule) => rule.intervals)),
    }];
  });
}

/** Only punctuation (not a dash) from `i` to the end. */
function onlyPunctuationFrom(tokens: readonly Token[], i: number): boolean {
  return tokens.slice(i).every((t) => t.kind === 'punct' && t.text !== '-');
}

/** Words that may qualify a bare day cell: "Helgfri måndag–fredag". */
const DAY_CELL_MODIFIERS = new Set(['helgfri', 'helgfria', 'helgfritt', 'ordinarie', 'alle']);

/** A block that names days and nothing else: a `<dt>` or first cell whose times follow in the next block. */
export function isDayOnly(text: string): boolean {
  const tokens = tokenize(text);
  let i = 0;
  while (punctAt(tokens, i, ':.,|\n') || DAY_CELL_MODIFIERS.has(wordAt(tokens, i) ?? '')) i++;
  const days = daySpec(tokens, i);
  return days !== null && onlyPunctuationFrom(tokens, days.next);
}

/** A block that states times, a closure or "24/7" and nothing else: the `<dd>` for a day block. */
export function isTimeOnly(text: string): boolean {
  const tokens = tokenize(text);
  let i = 0;
  while (punctAt(tokens, i, ':.,|\n(') || LOOSE_FILLERS.has(wordAt(tokens, i) ?? '')) i++;
  const word = wordAt(tokens, i) ?? '';
  if (CLOSED_WORDS.has(word) || ALWAYS_WORDS.has(word)) return onlyPunctuationFrom(tokens, i + 1);
  const times = timeSpec(tokens, i);
  if (!times) return false;
  let next = times.next;
  while (TIME_SUFFIXES.has(wordAt(tokens, next) ?? '')) next++;
  return onlyPunctuationFrom(tokens, next);
}
