import type { HoursItem } from '../../model/channel-items.js';
import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { ExtractContext } from '../extract-context.js';
import { locationOf, toEvidence } from '../item-location.js';
import { jsonLdHours } from './json-ld-hours.js';
import { daysUnknownOsm, isValidOsm, toOsm } from './schedule.js';
import { textHours } from './text-hours.js';

/**
 * Opening hours on one page, from visible text (sv, da, nb, fi, pl, de, es, nl, en) and schema.org
 * data, each normalised to the canonical OpenStreetMap schedule (see schedule.ts) so that
 * values compare as strings. One item per distinct schedule and channel; visible text comes
 * first, since that is what a person reads. Times stated without days make an item of their
 * own, marked `days: 'unknown'`.
 */
/** Hostile pages can hold one enormous block; the quoted statement is bounded like evidence is. */
const MAX_TEXT = 500;

function bounded(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

export function extractHours(page: PageSnapshot, _ctx: ExtractContext): HoursItem[] {
  const location = locationOf(page);
  const items = new Map<string, HoursItem>();
  const rejected = new Set<string>();

  const add = (
    found: { text: string; appliesTo: HoursItem['appliesTo'] },
    schedule: string,
    evidence: string,
    source: HoursItem['source'],
    daysUnknown = false,
  ): void => {
    const key = `${schedule}\u0000${found.appliesTo}`;
    // Check the cheap things first: long pages repeat the same hours many times.
    if (schedule === '' || items.has(key) || rejected.has(schedule)) return;
    if (!isValidOsm(schedule)) {
      rejected.add(schedule);
      return;
    }
    items.set(key, {
      value: schedule,
      display: bounded(found.text),
      ...location,
      evidence: toEvidence(evidence),
      source,
      text: bounded(found.text),
      schedule,
      appliesTo: found.appliesTo,
      ...(daysUnknown ? { days: 'unknown' as const } : {}),
    });
  };

  for (const found of textHours(page.blocks)) {
    const heading = found.heading;
    const evidence = heading ? `${heading}${/[:.]$/.test(heading) ? '' : ':'} ${found.text}` : found.text;
    add(found, toOsm(found.week), evidence, 'text');
    // "Öppet 10–18, lör 10–14": the Saturday is known, the days of 10–18 are not; one item each.
    add(found, daysUnknownOsm(found.timesWithoutDays), evidence, 'text', true);
  }
  for (const found of jsonLdHours(page.jsonLd)) add(found, toOsm(found.week), found.text, 'json-ld');

  return [...items.values()];
}
