import OpeningHours from 'opening_hours';

/**
 * The weekly model every hours source is reduced to, and its one canonical OpenStreetMap
 * spelling. A single normal form lets reports and rules compare schedules as plain strings.
 */

/** Minutes from midnight; `end` may be 1440 ("24:00"). Intervals never wrap past midnight. */
export type Interval = readonly [start: number, end: number];

/** Index 0 = Monday … 6 = Sunday; an empty day is closed. */
export type Week = Interval[][];

export const MINUTES_PER_DAY = 1440;
export const WHOLE_DAY: Interval = [0, MINUTES_PER_DAY];
export const ALL_DAYS: readonly number[] = [0, 1, 2, 3, 4, 5, 6];

const OSM_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

export function emptyWeek(): Week {
  return ALL_DAYS.map(() => []);
}

/** A later statement about a day replaces an earlier one, as in OSM's rule order ("Mo-Fr 8-17, fre 8-16"). */
export function setDays(week: Week, days: Iterable<number>, intervals: readonly Interval[]): void {
  for (const day of days) week[day] = normaliseDay(intervals);
}

/** Structured data lists a lunch break as two specifications for the same day: those add up. */
export function addToDay(week: Week, day: number, interval: Interval): void {
  week[day] = normaliseDay([...(week[day] ?? []), interval]);
}

/** Sorted, overlapping or touching intervals merged, empty ones dropped. */
export function normaliseDay(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function hhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function dayIntervals(intervals: readonly Interval[]): string {
  return intervals.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`).join(',');
}

/** "Mo-Fr", "Mo,We", "Mo-We,Fr": runs of two or more consecutive days become ranges. */
function daySelector(days: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === (days[j] ?? 0) + 1) j++;
    const first = OSM_DAYS[days[i] ?? 0] ?? '';
    const last = OSM_DAYS[days[j] ?? 0] ?? '';
    parts.push(i === j ? first : `${first}-${last}`);
    i = j + 1;
  }
  return parts.join(',');
}

function isAlwaysOpen(week: Week): boolean {
  return week.every((day) => day.length === 1 && day[0]?.[0] === 0 && day[0]?.[1] === MINUTES_PER_DAY);
}

/**
 * The canonical string: days in Mo…Su order grouped by identical intervals, rules ordered by
 * their first day and joined by "; ", closed days left out, "24/7" when always open.
 * '' when no day is open.
 */
export function toOsm(week: Week): string {
  if (isAlwaysOpen(week)) return '24/7';
  const bySignature = new Map<string, number[]>();
  week.forEach((intervals, day) => {
    if (intervals.length === 0) return;
    const signature = dayIntervals(intervals);
    const days = bySignature.get(signature) ?? [];
    days.push(day);
    bySignature.set(signature, days);
  });
  // Map keeps insertion order, and days are visited Mo→Su, so rules come out by first day.
  return [...bySignature].map(([signature, days]) => `${daySelector(days)} ${signature}`).join('; ');
}

/** The comment that marks times stated without days. */
export const DAYS_NOT_STATED = 'days not stated';

/**
 * Times stated without days, in OSM syntax: `08:00-16:00 unknown "days not stated"`. A plain
 * "08:00-16:00" would claim every day; the `unknown` state says only that nobody answers
 * outside those times, and that within them it depends on a day the page does not name.
 */
export function daysUnknownOsm(intervals: readonly Interval[]): string {
  return intervals.length === 0 ? '' : `${dayIntervals(normaliseDay(intervals))} unknown "${DAYS_NOT_STATED}"`;
}

/** The opening_hours package is the judge of syntax: what it cannot parse is not reported. */
export function isValidOsm(value: string): boolean {
  try {
    new OpeningHours(value);
    return true;
  } catch {
    return false;
  }
}

/** Canonical, validated schedule, or null when nothing is open or the result does not validate. */
export function canonicalSchedule(week: Week): string | null {
  const value = toOsm(week);
  return value !== '' && isValidOsm(value) ? value : null;
}
