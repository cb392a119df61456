import { MAX_REFRESH_HOPS, refreshTarget } from '../meta-refresh.js';
import { slashlessKey } from '../normalize-url.js';
import { fetchHtml, type FetchedHtml, type FetchSettings } from './fetch-html.js';
import { HtmlPage, tooComplexForHttp } from './html-page.js';

/** Cheap enough for every page: only a page that may hold a refresh is parsed for it. */
const MAY_REFRESH = /http-equiv\s*=\s*["']?\s*refresh/i;

/**
 * A page fetched as a person reaches it: redirects, and then quick meta refreshes to another
 * address on the site, followed as the browser follows them (see meta-refresh.ts), so an old
 * address that only sends the visitor on is read over HTTP where the browser would end. A refresh
 * to itself, out of the site or past the hops is left in the page, for the browser to judge.
 */
export async function fetchPage(url: string, settings: FetchSettings, timeoutMs: () => number): Promise<FetchedHtml> {
  let fetched = await fetchHtml(url, settings, timeoutMs());
  for (let hop = 0; fetched.ok && hop < MAX_REFRESH_HOPS; hop++) {
    const target = refreshOf(fetched.html, fetched.url);
    if (target === null || slashlessKey(target) === slashlessKey(fetched.url) || !settings.inScope(target)) break;
    fetched = await fetchHtml(target, settings, timeoutMs());
  }
  return fetched;
}

/** The address the first meta refresh of this HTML sends a person to at once, as the browser's `querySelector` finds it. */
function refreshOf(html: string, url: string): string | null {
  if (!MAY_REFRESH.test(html) || tooComplexForHttp(html)) return null;
  const content = new HtmlPage(html, url).metaRefresh();
  return content === null ? null : refreshTarget(content, url);
}
