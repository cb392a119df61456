import type { AppliesTo } from './applies-to.js';
import { dayWord } from './day-names.js';
import { jsonLdObjects, typesOf, type JsonObject } from '../json-ld.js';
import { parseHoursText } from './parse-hours-text.js';
import { MINUTES_PER_DAY, addToDay, emptyWeek, setDays, type Week } from './schedule.js';

/**
 * Hours from schema.org data: `openingHours` ("Mo-Fr 09:00-17:00", a string or a list) and
 * `openingHoursSpecification` / `hoursAvailable` (dayOfWeek + opens/closes), on any object
 * at any depth — Organization, LocalBusiness, ContactPoint, inside `@graph`.
 */

export interface JsonLdHours {
  /** The structured value as written: the `openingHours` strings, or the specification's JSON. */
  text: string;
  week: Week;
  appliesTo: AppliesTo;
}

const SPEC_KEYS = ['openingHoursSpecification', 'hoursAvailable'] as const;
const ISO_TIME = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A ContactPoint's hours are its phone line's when it has a number (or its chat's when its
 * contactType says chat); a place with an address is visited; anything else is general.
 */
function appliesToOf(object: JsonObject): AppliesTo {
  if (typesOf(object).includes('ContactPoint')) {
    const contactType = typeof object['contactType'] === 'string' ? object['contactType'].toLowerCase() : '';
    if (contactType.includes('chat')) return 'chat';
    return object['telephone'] ? 'phone' : 'general';
  }
  return object['address'] ? 'visit' : 'general';
}

/** `openingHours` strings are OSM-like already; the text parser reads that form too. */
function weekFromStrings(strings: readonly string[]): Week {
  const week = emptyWeek();
  for (const statement of parseHoursText(strings.join('\n'))) {
    statement.week.forEach((intervals, day) => {
      if (intervals.length > 0) setDays(week, [day], intervals);
    });
  }
  return week;
}

function dayOfWeek(value: unknown): number | null {
  const raw = isObject(value) ? value['@id'] : value;
  if (typeof raw !== 'string') return null;
  const word = dayWord(raw.replace(/^.*[/#:]/, '').toLowerCase());
  return word ? word.day : null;
}

function minutesOf(value: unknown): number | null {
  const match = typeof value === 'string' ? ISO_TIME.exec(value.trim()) : null;
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= MINUTES_PER_DAY ? minutes : null;
}

function weekFromSpecs(value: unknown): Week {
  const week = emptyWeek();
  for (const spec of asList(value)) {
    // An end date marks a temporary exception (holidays, a season), not the weekly schedule.
    if (!isObject(spec) || spec['validThrough']) continue;
    const opens = minutesOf(spec['opens']);
    let closes = minutesOf(spec['closes']);
    if (opens === null || closes === null) continue;
    // Google's convention: 00:00–23:59 is all day, 00:00–00:00 is closed, "closes 00:00" is midnight.
    if (closes === MINUTES_PER_DAY - 1 || (closes === 0 && opens > 0)) closes = MINUTES_PER_DAY;
    if (closes <= opens) continue;
    for (const day of asList(spec['dayOfWeek']).map(dayOfWeek)) {
      if (day !== null) addToDay(week, day, [opens, closes]);
    }
  }
  return week;
}

export function jsonLdHours(scripts: readonly string[]): JsonLdHours[] {
  const found: JsonLdHours[] = [];
  for (const object of jsonLdObjects(scripts)) {
    const appliesTo = appliesToOf(object);
    const strings = asList(object['openingHours']).filter((s): s is string => typeof s === 'string');
    if (strings.length > 0) found.push({ text: strings.join('; '), week: weekFromStrings(strings), appliesTo });
    for (const key of SPEC_KEYS) {
      const value = object[key];
      if (value !== undefined && value !== null) {
        found.push({ text: JSON.stringify(value), week: weekFromSpecs(value), appliesTo });
      }
    }
  }
  return found;
}
