import type { HoursItem } from '../../model/channel-items.js';
import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { ExtractContext } from '../extract-context.js';
import { locationOf, toEvidence } from '../item-location.js';
import { jsonLdHours } from './json-ld-hours.js';
import { isValidOsm, toOsm, type Week } from './schedule.js';
import { textHours } from './text-hours.js';

/**
 * Opening hours on one page, from visible text (sv, da, nb, fi, pl, de, en) and schema.org
 * data, each normalised to the canonical OpenStreetMap schedule (see schedule.ts) so that
 * values compare as strings. One item per distinct schedule and channel; visible text comes
 * first, since that is what a person reads.
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
    found: { text: string; week: Week; appliesTo: HoursItem['appliesTo'] },
    evidence: string,
    source: HoursItem['source'],
  ): void => {
    const schedule = toOsm(found.week);
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
    });
  };

  for (const found of textHours(page.blocks)) {
    const heading = found.heading;
    const evidence = heading ? `${heading}${/[:.]$/.test(heading) ? '' : ':'} ${found.text}` : found.text;
    add(found, evidence, 'text');
  }
  for (const found of jsonLdHours(page.jsonLd)) add(found, found.text, 'json-ld');

  return [...items.values()];
}
