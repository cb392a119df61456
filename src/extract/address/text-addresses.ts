import type { TextBlock } from '../../model/page-snapshot.js';
import type { ParsedAddress } from './parsed-address.js';
import { addressLines, FLOOR } from './address-lines.js';
import { countryCodeOf, isAddressCountry } from './address-country.js';
import { placeHints } from './place-hints.js';
import { formatPostcode, resolveCountry, splitPostcode } from './postcode.js';
import { parsePostcodeCity } from './postcode-city.js';
import { parsePlainStreet, parseStreet } from './street.js';
import { findStreetCityAddresses } from './street-city-addresses.js';

/** Words near an address that say it is one; they let a street without a street word through. */
const ADDRESS_LABEL = /(?:adress|address|adresse|osoite|adres|anschrift|hitta hit|find us|besök|besøg|besøk|siedziba|direcci[oó]n|domicilio)/iu;

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

/**
 * Addresses written in visible text: a street line followed by a "postcode city" line, and
 * (see findStreetCityAddresses) a clear street followed by a city alone. Before a postcode and
 * city, a street needs no street word ("Torvet 3, 4000 Roskilde", "Weißbriach 92, 9622
 * Weißbriach"): the postcode vouches for it, and parsePlainStreet keeps counting words out.
 */
export function findTextAddresses(blocks: readonly TextBlock[], region: string): ParsedAddress[] {
  const lines = addressLines(blocks);
  const labelled = labelledBlocks(blocks);
  const found: ParsedAddress[] = [];
  lines.forEach((blockLines, blockIndex) => {
    blockLines.forEach((text, lineIndex) => {
      const postcodeCity = parsePostcodeCity(text);
      if (!postcodeCity) return;
      const line = streetLine(blocks, lines, blockIndex, lineIndex);
      if (!line) return;
      const street = parseStreet(line.text, labelled[line.block] === true) ?? parsePlainStreet(line.text);
      if (!street) return;
      const written = splitPostcode(postcodeCity.postcode);
      // A country written after the city ("2000 Antwerpen, België") says as much as a prefix.
      const named = countryCodeOf(blockLines[lineIndex + 1]?.trim() ?? '');
      const postcode = written.prefix === null && isAddressCountry(named) ? { prefix: named, code: written.code } : written;
      const country = resolveCountry({ postcode, streetHints: street.hints, cityHints: placeHints(postcodeCity.city), region });
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
  return [...found, ...findStreetCityAddresses(blocks, lines, region)];
}
