import type { PageLink } from '../model/page-snapshot.js';
import { contactRouteScore } from '../extract/contact-route.js';
import { READING_LIMITS, readingRules } from '../page/reading-rules.js';
import { fetchPage } from './http/fetch-page.js';
import type { FetchSettings } from './http/fetch-html.js';
import { HtmlPage } from './http/html-page.js';
import { htmlTree } from './http/html-tree.js';
import { linkPerTarget } from './crawl-links.js';
import { slashlessKey } from './normalize-url.js';
import type { Scope } from './scope.js';

/**
 * The pages one click from the start page that its render will most likely queue first, guessed
 * from the start page's HTML while the browser renders it: the other tabs would stand idle for
 * that whole render, since nothing of the next depth is known before it ends. They are read ahead
 * (see read-ahead.ts): a guess the render does not confirm is dropped unread or its reading
 * thrown away, and one it confirms is read as it would have been in its turn, so what the audit
 * reports never depends on the guess.
 *
 * Each page once, by the address the crawl would queue it under, in the order a depth is taken:
 * contact-looking first, then as the page gives them. The start page itself (under the address
 * asked for and the one it ended at) and pages out of scope are never guessed.
 */
export function likelyFirstClicks(links: readonly PageLink[], startUrls: readonly string[], scope: Scope, max: number): string[] {
  const taken = new Set(startUrls.map(slashlessKey));
  // One page under both names (`/om-oss` and `/om-oss/`: see `slashlessKey`) is one page, queued under its first link's:
  // guessed under both, it was rendered twice at once, and the tab the second took was one a page of its own waited for.
  const onePerPage = linkPerTarget(links).filter(({ key }) => {
    const page = slashlessKey(key);
    if (!scope.contains(key) || taken.has(page)) return false;
    taken.add(page);
    return true;
  });
  return onePerPage
    .map((target) => ({ ...target, score: contactRouteScore(target.label, target.key) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, max))
    .map(({ key }) => key);
}

/**
 * The start page fetched over HTTP and its links read from the HTML (no text, no rendering):
 * `likelyFirstClicks` of them. Empty when the page cannot be fetched, ends out of scope, or its
 * HTML links nowhere (a script shell): then nothing is guessed.
 */
export async function guessFirstClicks(startUrl: string, scope: Scope, settings: FetchSettings, timeoutMs: () => number, max: number): Promise<string[]> {
  if (max <= 0) return [];
  const fetched = await fetchPage(startUrl, settings, timeoutMs).catch(() => null);
  if (!fetched?.ok || !scope.contains(fetched.url)) return [];
  const { links } = readingRules(htmlTree(new HtmlPage(fetched.html, fetched.url)), READING_LIMITS).readElements();
  return likelyFirstClicks(links, [startUrl, fetched.url], scope, max);
}
