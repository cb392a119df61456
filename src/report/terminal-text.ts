/**
 * Page-derived text must not drive the terminal: strip ANSI escapes and control characters
 * (a hostile page can put ESC sequences in a title or a link label).
 */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

export function inert(text: string, max = 120): string {
  const clean = text.replace(ANSI, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
