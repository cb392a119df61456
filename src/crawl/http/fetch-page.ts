import { MAX_REFRESH_HOPS, servedRefreshTarget } from '../meta-refresh.js';
import { slashlessKey } from '../normalize-url.js';
import { fetchHtml, type FetchedHtml, type FetchSettings } from './fetch-html.js';

/**
 * A page fetched as a person reaches it: redirects, and then quick meta refreshes to another
 * address on the site, followed as the browser follows them (see meta-refresh.ts), so an old
 * address that only sends the visitor on is read over HTTP where the browser would end. A refresh
 * to itself, out of the site or past the hops is left in the page, for the browser to judge.
 */
export async function fetchPage(url: string, settings: FetchSettings, timeoutMs: () => number): Promise<FetchedHtml> {
  let fetched = await fetchHtml(url, settings, timeoutMs());
  for (let hop = 0; fetched.ok && hop < MAX_REFRESH_HOPS; hop++) {
    const target = servedRefreshTarget(fetched.html, fetched.url);
    if (target === null || slashlessKey(target) === slashlessKey(fetched.url) || !settings.inScope(target)) break;
    fetched = await fetchHtml(target, settings, timeoutMs());
  }
  return fetched;
}

