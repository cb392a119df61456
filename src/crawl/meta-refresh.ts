import { HtmlPage, tooComplexForHttp } from './http/html-page.js';

/**
 * A meta refresh takes a person along without a click: a page kept at an old address that sends
 * the visitor to the new one. Both engines read it from the HTML as served and follow it alike
 * (the browser in follow-refresh.ts, the HTTP reading in http/fetch-page.ts), so where a page
 * ends never depends on the engine.
 */

/** Refreshes slower than this are pages a person reads first; they are not followed. */
export const MAX_REFRESH_DELAY_S = 5;
/** Refreshes followed one after another from one page, at most. */
export const MAX_REFRESH_HOPS = 3;

/** Where a meta refresh's content (`0; url=/new/`) sends a person at once, as an absolute http(s) address; null when it does not. */
function refreshTarget(content: string, base: string): string | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'"]+)['"]?\s*$/i.exec(content);
  if (!match || Number(match[1]) > MAX_REFRESH_DELAY_S) return null;
  try {
    const target = new URL(match[2]!.trim(), base);
    return target.protocol === 'http:' || target.protocol === 'https:' ? target.href : null;
  } catch {
    return null;
  }
}

/** Cheap enough for every page: only a page that may hold a refresh is parsed for it. */
const MAY_REFRESH = /http-equiv\s*=\s*["']?\s*refresh/i;

/** Where the first meta refresh of this HTML, as the browser's `querySelector` finds it, sends a person at once; null when it does not. */
export function servedRefreshTarget(html: string, url: string): string | null {
  if (!MAY_REFRESH.test(html) || tooComplexForHttp(html)) return null;
  const content = new HtmlPage(html, url).metaRefresh();
  return content === null ? null : refreshTarget(content, url);
}
