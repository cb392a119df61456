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

/** A Markdown link for http(s) URLs; anything else is escaped text. */
export function markdownLink(url: string, label: string = url): string {
  const href = safeHref(url);
  if (!href) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](${href.replace(/[()\s<>|]/g, encodeURIComponent)})`;
}
