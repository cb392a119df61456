import type { TextBlock } from '../../model/page-snapshot.js';
import type { ParsedAddress } from './parsed-address.js';

/**
 * British addresses run the other way round from Nordic ones: house number first, then the
 * town on its own line, the postcode last ("14 Carnaby Row / London / W1F 7DP"), or town and
 * postcode on one line ("London W1F 7DP"). Royal Mail's postcode shape decides it is British.
 */
const UK_POSTCODE = /^(?:([\p{L}][\p{L}' .-]{1,40}?)[, ]+)?((?:GIR ?0AA)|(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}))$/u;
const UK_STREET = /^(?:(?:flat|unit|suite)\s+\w+,?\s+)?\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?\s+[\p{L}][\p{L}' .-]{1,50}\s(?:street|st|road|rd|row|lane|ln|avenue|ave|way|place|pl|square|sq|court|ct|close|drive|dr|gardens|terrace|hill|park|crescent|walk|yard|mews|grove|gate|green|parade|quay|wharf|broadway|circus|embankment)\.?$/iu;
const TOWN = /^[\p{Lu}][\p{L}' .-]{1,40}$/u;

const SEPARATOR = /\s*(?:\n|,|;|\|)\s*/;

export function findUkAddresses(blocks: readonly TextBlock[]): ParsedAddress[] {
  const found: ParsedAddress[] = [];
  for (const block of blocks) {
    if (!/\d[A-Z]{2}\b/.test(block.text)) continue;
    const lines = block.text.split(SEPARATOR).map((line) => line.trim()).filter(Boolean);
    lines.forEach((line, index) => {
      const postcode = UK_POSTCODE.exec(line.toUpperCase() === line ? line : line.replace(/([a-z]{2})$/i, (m) => m.toUpperCase()));
      if (!postcode) return;
      const code = normalisePostcode(postcode[2] ?? '');
      const townOnLine = postcode[1]?.trim();
      const town = townOnLine ?? lines[index - 1];
      const streetIndex = townOnLine ? index - 1 : index - 2;
      const street = lines[streetIndex];
      if (!town || !TOWN.test(town) || !street || !UK_STREET.test(street)) return;
      found.push({
        street, postcode: code, city: town, country: 'GB',
        display: `${street}, ${town} ${code}`, evidence: block.text, source: 'text',
      });
    });
  }
  return found;
}

/** "w1f7dp" → "W1F 7DP": the inward code is always the last three characters. */
function normalisePostcode(raw: string): string {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
