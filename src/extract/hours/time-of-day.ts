import type { Token } from './tokenize.js';
import { MINUTES_PER_DAY, type Interval } from './schedule.js';

/** A clock time as written: "8", "08.00", "8:30", "9am". */
export interface ClockTime {
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
}

// One or two hour digits, optionally two minute digits: "2024", "1.5" and "10.2.3" are not times.
const CLOCK = /^(\d{1,2})(?:[.:](\d{2}))?$/;

export function clockTime(token: Token | undefined): ClockTime | null {
  if (!token || token.kind !== 'num') return null;
  const match = CLOCK.exec(token.text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (minute > 59) return null;
  if (token.meridiem) {
    if (hour < 1 || hour > 12) return null;
    return { hour, minute, meridiem: token.meridiem };
  }
  if (hour > 24 || (hour === 24 && minute > 0)) return null;
  return { hour, minute };
}

function minutesOf(time: ClockTime, meridiem: 'am' | 'pm' | undefined): number {
  const hour = meridiem ? (time.hour % 12) + (meridiem === 'pm' ? 12 : 0) : time.hour;
  return hour * 60 + time.minute;
}

/**
 * One opening interval from its two ends, or null when it cannot be one. "9–5" in
 * English-style text means 09:00–17:00; "1–5pm" means 13:00–17:00. Intervals past midnight
 * are not modelled (contact hours practically never wrap), so "22–02" is rejected.
 */
export function intervalOf(from: ClockTime, to: ClockTime): Interval | null {
  const start = (() => {
    if (from.meridiem || !to.meridiem) return minutesOf(from, from.meridiem);
    const sameHalf = minutesOf(from, to.meridiem);
    return sameHalf < minutesOf(to, to.meridiem) ? sameHalf : minutesOf(from, 'am');
  })();
  let end = minutesOf(to, to.meridiem);
  // "00:00" or "23:59" as a closing time both mean the end of the day.
  if ((end === 0 && start > 0) || end === MINUTES_PER_DAY - 1) end = MINUTES_PER_DAY;
  if (end < start && !from.meridiem && !to.meridiem && end < 720 && end + 720 > start) end += 720;
  if (start >= MINUTES_PER_DAY || end <= start || end > MINUTES_PER_DAY) return null;
  return [start, end];
}
