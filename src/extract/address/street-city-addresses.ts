import type { TextBlock } from '../../model/page-snapshot.js';
import type { ParsedAddress } from './parsed-address.js';
import { TRAILING_COUNTRY } from './address-country.js';
import { FLOOR } from './address-lines.js';
import { isCountingWord } from './not-address-words.js';
import { placeHints } from './place-hints.js';
import { countryWithoutPostcode } from './postcode.js';
import { parseStreet } from './street.js';

/**
 * A place name on its own: capitalised words, at most three, with the small words place
 * names have inside them ("Malmö", "Frankfurt am Main", "Stratford upon Avon"). No digits:
 * a line with a number after a street is a postcode, a phone number or a price.
 */
const PLACE = /^\p{Lu}[\p{L}'’.\-]*(?:\s(?:\p{Lu}[\p{L}'’.\-]*|am|an|der|den|ob|bei|im|in|upon|on|i|på))?(?:\s\p{Lu}[\p{L}'’.\-]*)?$/u;
const MAX_PLACE_LENGTH = 30;
/** A cheap first look: a street line ends in a house number ("5", "26 B", "1-3"). */
const HOUSE_NUMBER_END = /\d\s?[A-Za-z]?\s*$/;

function isPlace(text: string): boolean {
  if (text.length > MAX_PLACE_LENGTH || !PLACE.test(text)) return false;
  // "Storgatan 5, Sverige" names a country, "Storgatan 5, Telefon …" a label: neither is a city.
  return !TRAILING_COUNTRY.test(` ${text}`) && !text.split(' ').some(isCountingWord);
}

/**
 * Addresses written without a postcode: "Storgatan 5, Umeå", "Föreningsgatan 26, våning 2,
 * Malmö", "Karl Johans gate 12, Oslo". Tighter than an address with a postcode, since nothing
 * but the words vouches for it: the street must be one by its wording alone (a "-gatan"
 * compound, or a name before "gate"), the place must be the very next part of the same block
 * (one floor line may stand between), and the place a capitalised name with no digits.
 */
export function findStreetCityAddresses(blocks: readonly TextBlock[], lines: readonly string[][], region: string): ParsedAddress[] {
  const found: ParsedAddress[] = [];
  lines.forEach((blockLines, blockIndex) => {
    blockLines.forEach((text, lineIndex) => {
      if (!HOUSE_NUMBER_END.test(text)) return;
      const next = blockLines[lineIndex + 1]?.trim() ?? '';
      // The sentence's full stop is not part of the city: "Besök oss på Storgatan 5, Umeå."
      const city = (FLOOR.test(next) ? blockLines[lineIndex + 2]?.trim() ?? '' : next).replace(/\.$/, '');
      if (!isPlace(city)) return;
      const street = parseStreet(text, false);
      if (!street?.clear) return;
      found.push({
        street: street.street,
        postcode: '',
        city,
        country: countryWithoutPostcode(street.hints, placeHints(city), region),
        display: `${street.street}, ${city}`,
        evidence: blocks[blockIndex]?.text ?? '',
        source: 'text',
      });
    });
  });
  return found;
}
