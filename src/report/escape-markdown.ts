import { inert } from './terminal-text.js';
import { safeHref } from './escape-html.js';

/**
 * Markdown where GitHub and GitLab also render inline HTML: page text must neither open a
 * tag nor form a link, emphasis or table cell (brackets are escaped, so parentheses are safe). Newlines collapse (a table row is one line).
 */
export function escapeMarkdown(text: string, max = 200): string {
  return inert(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1');
}

/**
 * What a URL parser leaves in a URL but would end a Markdown link or table cell early, or open a
 * code span across it. encodeURIComponent leaves parentheses as they are, so they are spelt out.
 */
const LINK_UNSAFE = /[()\s<>|`]/g;
const percentEncoded = (char: string) => (char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char));

/** A Markdown link for http(s) URLs; anything else is escaped text. */
export function markdownLink(url: string, label: string = url): string {
  const href = safeHref(url);
  if (!href) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${href.replace(LINK_UNSAFE, percentEncoded)})`;
}
