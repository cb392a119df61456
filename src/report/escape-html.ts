/**
 * Page text is hostile: everything a page, a URL or a rule pack supplies goes through here
 * before it reaches HTML, so it can only ever be text.
 */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

// Control characters (ESC of terminal codes, NUL…) have no business in a document.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '').replace(/[&<>"'`]/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Only http(s) URLs become links; anything else (javascript:, data:, vbscript:) is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link when the URL is safe, otherwise the label as plain text. */
export function linkHtml(url: string, label: string = url): string {
  const href = safeHref(url);
  const text = escapeHtml(label);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>` : text;
}
