import type { TextBlock } from '../../model/page-snapshot.js';

/** Separators between address parts on one line: "Storgatan 13, 504 37 Borås", "… · …", "… | …". */
const SEPARATOR = /\s*(?:\n|,|;|\||·|•|\s[–—-]\s|\s\/\s)\s*/;

/** A line between street and postcode that says which floor or flat: "2 tr", "2. sal", "st. tv.", "lok. 5". */
export const FLOOR = /^(?:\d{1,2}\s?(?:tr|trp|trappor|vån|sal|etg|th|tv|mf)\.?|\d{1,2}\.\s?(?:sal|th|tv|mf|etg|etage|og|stock)\.?|(?:plan|vån|våning|etage|etasje|piętro|lok\.|lokal|m\.|lgh)\s?\d{1,4}|st\.?(?:\s?(?:th|tv|mf)\.?)?)$/iu;

/** Each block cut into the parts an address is written in, empty parts dropped. */
export function addressLines(blocks: readonly TextBlock[]): string[][] {
  return blocks.map((block) => block.text.split(SEPARATOR).filter((line) => line.trim() !== ''));
}
