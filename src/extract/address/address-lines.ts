import type { TextBlock } from '../../model/page-snapshot.js';
import { parseStreet } from './street.js';

/**
 * Separators between address parts on one line: "Storgatan 13, 504 37 Borås", "… · …", "… | …";
 * where inline links run together, an e-mail address or a phone label starts a part of its own
 * ("6760 Ribe mail@…", "… Lund Tel. 046…") and ends one ("info@… Gerbyntie 18, Vaasa"); a postcode and city written straight after the house
 * number are a part of their own ("Saltsjöbads väg 3 184 94 Åkersberga", "Storgata 5 3015 Drammen");
 * an icon — an emoji or an icon font's private-use glyph — starts one ("📍 C. Chucena, 3", "📞 … 📍 …").
 */
const SEPARATOR = new RegExp([
  String.raw`\s*(?:\n|,|;|\||·|•|\s[–—-]\s|\s\/\s)\s*`,
  String.raw`\s*[\p{Extended_Pictographic}\p{Co}][\p{Extended_Pictographic}\p{Co}\uFE0F\u200D]*\s*`,
  String.raw`\s+(?=[\w.+-]+@[\w-]+\.\p{L})`,
  String.raw`(?<=[\w.+-]@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,})\s+(?=\p{Lu})`,
  String.raw`\s+(?=(?:[Tt]el|TEL|[Tt]lf|TLF|[Tt]elefon|TELEFON|[Pp]hone|[Ff]on|[Pp]uh|[Mm]ob|[Mm]obil|[Ee]-?[Mm]ail|E-?MAIL|[Ee]-?post|E-?POST|[Mm]ail)\.?:?\s)`,
  String.raw`(?<=\p{L}\s\d{1,4}\s?[A-Za-z]?)\s+(?=(?:\d{3}\s\d{2}|\d{4})\s\p{Lu}\p{Ll})`,
].join('|'), 'u');

/**
 * A line between street and postcode that says which floor or flat: "2 tr", "2. sal", "st. tv.",
 * "lok. 5", Spanish "2º B", "3º izda.", "bajo", "local 4", Dutch "3e verdieping".
 */
export const FLOOR = /^(?:\d{1,2}\s?(?:tr|trp|trappor|vån|sal|etg|th|tv|mf)\.?|\d{1,2}\.\s?(?:sal|th|tv|mf|etg|etage|og|stock)\.?|(?:plan|vån|våning|etage|etasje|piętro|lok\.|lokal|m\.|lgh|planta|piso|local|oficina|puerta)\s?\d{1,4}|st\.?(?:\s?(?:th|tv|mf)\.?)?|\d{1,2}\s?[º°ª]\s?(?:[A-Z]|izq(?:da)?\.?|dcha?\.?)?|bajo(?:\s[A-Z])?|\d{1,2}e\s(?:verdieping|etage))$/iu;

/** A house number written as a part of its own, as Spanish addresses do: "C. Chucena, 3", "Calle Mayor, nº 5". */
const HOUSE_NUMBER_PART = /^(?:n\.?º|núm\.?|no\.)?\s?(\d{1,4}(?:\s?[A-Za-z])?)$/iu;

/**
 * "C. Chucena, 3" → "C. Chucena 3": a house number cut off by a comma goes back to its
 * street, but only to a line that is a street by its wording ("Ordernummer, 3" stays apart)
 * and has no number yet ("Calle Mayor 5, 8,00 €" is a price after an address).
 */
function joinHouseNumbers(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (const part of parts) {
    const number = HOUSE_NUMBER_PART.exec(part.trim())?.[1];
    const previous = joined.at(-1);
    const street = number && previous && !/\d\s*$/.test(previous) ? `${previous.trim()} ${number}` : null;
    if (street && parseStreet(street, false)?.clear) joined[joined.length - 1] = street;
    else joined.push(part);
  }
  return joined;
}

/** Each block cut into the parts an address is written in, empty parts dropped. */
export function addressLines(blocks: readonly TextBlock[]): string[][] {
  return blocks.map((block) => joinHouseNumbers(block.text.split(SEPARATOR).filter((line) => line.trim() !== '')));
}
