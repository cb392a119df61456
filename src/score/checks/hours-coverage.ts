import OpeningHours from 'opening_hours';
import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time "HH:MM"');
const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));

/** A reference week (Monday 8 January 2024, no public holiday) on which schedules are evaluated. */
const REFERENCE_MONDAY = { year: 2024, month: 0, day: 8 };

/** True when the schedule is open throughout [from, to] on the given day (0 = Monday). */
function covers(schedule: string, day: number, from: number, to: number): boolean {
  let hours: OpeningHours;
  try {
    hours = new OpeningHours(schedule);
  } catch {
    return false;
  }
  const at = (minute: number) => new Date(REFERENCE_MONDAY.year, REFERENCE_MONDAY.month, REFERENCE_MONDAY.day + day, 0, minute);
  // An interval in the unknown state (times stated without days) proves nothing.
  const open = hours.getOpenIntervals(at(from), at(to))
    .filter(([, , unknown]) => !unknown)
    .reduce((sum, [start, end]) => sum + (end.getTime() - start.getTime()), 0);
  return open >= (to - from) * 60_000;
}

/** The times of an item whose days are unknown: `08:00-16:00 unknown "days not stated"` → "08:00-16:00". */
const timesOf = (schedule: string): string => schedule.split(' ')[0] ?? schedule;

/**
 * Stated hours cover a benchmark window, e.g. weekdays 09–16 (Telekområdgivarna ch. G).
 * Without stated hours there is nothing to judge: `hoursStated` reports that. Times stated
 * without days ("Kundtjänst 8–17") cannot show the days are covered: they fail with
 * `daysNotStated`, so the message can say the days are missing rather than not covered.
 */
export const hoursCoverage = defineCheck({
  kind: 'hoursCoverage',
  description: 'The stated opening hours cover a given window on given days (e.g. weekdays 09:00–16:00).',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    /** @default ["Mo","Tu","We","Th","Fr"] */
    days: z.array(z.enum(DAYS)).min(1).default(['Mo', 'Tu', 'We', 'Th', 'Fr']),
    /** @default "09:00" */
    from: timeSchema.default('09:00'),
    /** @default "16:00" */
    to: timeSchema.default('16:00'),
    /** Only hours said to apply to this channel (or general hours) count. @default "any" */
    appliesTo: z.enum(['any', 'phone', 'chat', 'visit']).default('any'),
  }).refine((options) => minutes(options.from) < minutes(options.to), { message: '"from" must be before "to"', path: ['to'] }),
  evaluate({ channels }, { days, from, to, appliesTo }) {
    const window = `${days.join(',')} ${from}-${to}`;
    const stated = channels.hours.items.filter((item) =>
      item.source !== 'json-ld' && (appliesTo === 'any' || item.appliesTo === appliesTo || item.appliesTo === 'general'));
    if (stated.length === 0) {
      return { status: 'not-applicable', data: { window, schedule: null, uncovered: null, daysNotStated: null } };
    }
    let best: { schedule: string; uncovered: string[] } | null = null;
    for (const item of stated.filter((i) => i.days !== 'unknown')) {
      const uncovered = days.filter((day) => !covers(item.schedule, DAYS.indexOf(day), minutes(from), minutes(to)));
      if (!best || uncovered.length < best.uncovered.length) best = { schedule: item.schedule, uncovered };
    }
    const withoutDays = stated.find((item) => item.days === 'unknown');
    if (best && best.uncovered.length === 0) {
      return { status: 'pass', data: { window, schedule: best.schedule, uncovered: null, daysNotStated: null } };
    }
    return {
      status: 'fail',
      data: {
        window,
        schedule: best?.schedule ?? withoutDays?.schedule ?? null,
        uncovered: best?.uncovered.join(',') ?? null,
        daysNotStated: withoutDays ? timesOf(withoutDays.schedule) : null,
      },
    };
  },
});
