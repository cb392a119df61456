/**
 * schema.org JSON-LD as pages actually ship it. Every extractor that reads structured data
 * goes through here, so broken scripts are repaired the same way and hostile nesting is
 * bounded the same way everywhere.
 */

export type JsonObject = Record<string, unknown>;

const MAX_DEPTH = 32;
const MAX_OBJECTS = 5_000;

/**
 * Parses one script's text, repairing the usual hand-written faults (HTML comment or CDATA
 * wrappers, trailing commas, raw line breaks inside strings). Undefined when even that fails.
 */
export function parseLenientJson(raw: string): unknown {
  for (const text of [raw, repair(raw)]) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // try the next, more forgiving reading
    }
  }
  return undefined;
}

function repair(raw: string): string {
  return raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    // Control characters are illegal inside JSON strings and harmless between tokens.
    .replace(/[\u0000-\u001F]+/g, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .trim();
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(value: unknown, depth: number, into: JsonObject[]): void {
  if (depth > MAX_DEPTH || into.length >= MAX_OBJECTS) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, into);
    return;
  }
  if (!isJsonObject(value)) return;
  into.push(value);
  for (const child of Object.values(value)) collect(child, depth + 1, into);
}

/** Every object in a page's JSON-LD scripts, however nested (`@graph`, arrays, `contactPoint`…). */
export function jsonLdObjects(scripts: readonly string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const raw of scripts) collect(parseLenientJson(raw), 0, objects);
  return objects;
}

/** Every object inside one parsed value, bounded like jsonLdObjects. */
export function objectsIn(value: unknown): JsonObject[] {
  const objects: JsonObject[] = [];
  collect(value, 0, objects);
  return objects;
}

/** `@type` as a list of bare type names ("https://schema.org/Store" → "Store"). */
export function typesOf(object: JsonObject): string[] {
  const raw = object['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, ''));
}
