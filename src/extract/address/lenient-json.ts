/**
 * JSON-LD as sites actually write it: wrapped in HTML comments or CDATA, with trailing commas,
 * raw line breaks inside strings. Returns undefined when even the repaired text does not parse.
 */
export function parseLenientJson(raw: string): unknown {
  const attempts = [raw, repair(raw)];
  for (const text of attempts) {
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
