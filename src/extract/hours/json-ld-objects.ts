/**
 * Every object in a page's JSON-LD scripts, however nested (`@graph`, arrays,
 * `contactPoint`, `department`…). Pages ship broken JSON-LD often enough that a few
 * common faults are repaired rather than the whole script dropped.
 */

export type JsonObject = Record<string, unknown>;

const MAX_DEPTH = 32;

function parseLenient(raw: string): unknown {
  const trimmed = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    // Trailing commas and raw line breaks inside strings are the usual hand-written faults.
    const repaired = trimmed.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, depth: number, into: JsonObject[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, into);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  for (const child of Object.values(value)) collect(child, depth + 1, into);
}

export function jsonLdObjects(scripts: readonly string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const raw of scripts) collect(parseLenient(raw), 0, objects);
  return objects;
}

/** `@type` as a list of bare type names ("https://schema.org/Store" → "Store"). */
export function typesOf(object: JsonObject): string[] {
  const raw = object['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, ''));
}
