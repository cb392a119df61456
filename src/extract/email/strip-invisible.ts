/**
 * Zero-width and soft-hyphen characters are invisible to a reader but break a naive match;
 * some sites insert them on purpose to hide addresses from harvesters. We match on the
 * cleaned text and keep a map back to the original so the raw form can still be inspected.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

export interface CleanedText {
  text: string;
  /** For each index in `text` (plus one past the end), the index in the original string. */
  origin: number[];
}

export function stripInvisible(original: string): CleanedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] ?? '';
    if (INVISIBLE.test(ch)) continue;
    text += ch;
    origin.push(i);
  }
  origin.push(original.length);
  return { text, origin };
}

/** The original substring behind `text.slice(start, end)`, invisible characters included. */
export function originalSlice(original: string, cleaned: CleanedText, start: number, end: number): string {
  const from = cleaned.origin[start] ?? 0;
  const lastIndex = cleaned.origin[end - 1];
  return original.slice(from, lastIndex === undefined ? from : lastIndex + 1);
}

export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}
