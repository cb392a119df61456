import type { TextBlock } from '../../model/page-snapshot.js';
import type { ParsedAddress } from './parsed-address.js';
import { formatPostcode, resolveCountry, splitPostcode } from './postcode.js';
import { parsePostcodeCity } from './postcode-city.js';
import { parseStreet } from './street.js';

/** Separators between address parts on one line: "Storgatan 13, 504 37 Borås", "… · …", "… | …". */
const SEPARATOR = /\s*(?:\n|,|;|\||·|•|\s[–—-]\s|\s\/\s)\s*/;

/** A line between street and postcode that says which floor or flat: "2 tr", "2. sal", "st. tv.", "lok. 5". */
const FLOOR = /^(?:\d{1,2}\s?(?:tr|trp|trappor|vån|sal|etg|th|tv|mf)\.?|\d{1,2}\.\s?(?:sal|th|tv|mf|etg|etage|og|stock)\.?|(?:plan|vån|våning|etage|etasje|piętro|lok\.|lokal|m\.|lgh)\s?\d{1,4}|st\.?(?:\s?(?:th|tv|mf)\.?)?)$/iu;

/** Words near an address that say it is one; they let a street without a street word through. */
const ADDRESS_LABEL = /(?:adress|address|adresse|osoite|adres|anschrift|hitta hit|find us|besök|besøg|besøk|siedziba)/iu;

interface Line {
  text: string;
  block: number;
}

/**
 * The line just before the postcode line: earlier in the same block, or else the last line of
 * the block right before it (street and postcode written as two paragraphs). Never further:
 * a street in one place and a postcode somewhere else are not one address. One floor line
 * in between ("Storgatan 13, 2 tr, 504 37 Borås") is stepped over.
 */
function streetLine(blocks: readonly TextBlock[], lines: readonly string[][], blockIndex: number, lineIndex: number): Line | null {
  const candidates: Line[] = [];
  for (let i = lineIndex - 1; i >= 0 && candidates.length < 2; i--) {
    candidates.push({ text: lines[blockIndex]?.[i] ?? '', block: blockIndex });
  }
  const previous = blocks[blockIndex - 1];
  const current = blocks[blockIndex];
  if (candidates.length < 2 && previous && current && previous.region === current.region) {
    const previousLines = lines[blockIndex - 1] ?? [];
    for (let i = previousLines.length - 1; i >= 0 && candidates.length < 2; i--) {
      candidates.push({ text: previousLines[i] ?? '', block: blockIndex - 1 });
    }
  }
  const [first, second] = candidates;
  if (first && FLOOR.test(first.text.trim())) return second ?? null;
  return first ?? null;
}

/** Per block: is it, or the block before it, marked as an address? */
function labelledBlocks(blocks: readonly TextBlock[]): boolean[] {
  const labels = blocks.map((block) => ADDRESS_LABEL.test(block.text));
  return blocks.map((block, index) => block.tag === 'address' || labels[index] === true || labels[index - 1] === true);
}

/** Addresses written in visible text: a street line followed by a "postcode city" line. */
export function findTextAddresses(blocks: readonly TextBlock[], region: string): ParsedAddress[] {
  const lines = blocks.map((block) => block.text.split(SEPARATOR).filter((line) => line.trim() !== ''));
  const labelled = labelledBlocks(blocks);
  const found: ParsedAddress[] = [];
  lines.forEach((blockLines, blockIndex) => {
    blockLines.forEach((text, lineIndex) => {
      const postcodeCity = parsePostcodeCity(text);
      if (!postcodeCity) return;
      const line = streetLine(blocks, lines, blockIndex, lineIndex);
      if (!line) return;
      const street = parseStreet(line.text, labelled[line.block] === true);
      if (!street) return;
      const postcode = splitPostcode(postcodeCity.postcode);
      const country = resolveCountry({ postcode, streetHints: street.hints, region });
      if (!country) return;
      const evidence = line.block === blockIndex
        ? blocks[blockIndex]?.text ?? ''
        : `${blocks[line.block]?.text ?? ''}\n${blocks[blockIndex]?.text ?? ''}`;
      found.push({
        street: street.street,
        postcode: formatPostcode(country, postcode.code),
        city: postcodeCity.city,
        country,
        display: `${street.street}, ${text.trim()}`,
        evidence,
        source: 'text',
      });
    });
  });
  return found;
}
