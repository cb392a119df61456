import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { Route } from '../../model/signals.js';
import { routeKindsIn, type RouteKind } from './route-words.js';

export { routeKindsIn, type RouteKind } from './route-words.js';

export type PageRoutes = Record<RouteKind, Route | null>;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'legend']);
/** A heading is a short title; a long paragraph merely mentioning "klage" is not a route. */
const MAX_HEADING = 120;

/** The words of a link's path ("/kundservice/reklamation" → "kundservice reklamation"). */
export function pathWords(href: string): string {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    return decodeURIComponent(url.pathname).replace(/[/_.-]+/g, ' ');
  } catch {
    return '';
  }
}

/**
 * The nearest complaint and cancellation routes on one page. A heading is read where it
 * stands (the page's clicks); a link must be followed (one click more). Headings win over
 * links on the same page because they cost less.
 */
export function extractRoutes(page: PageSnapshot): PageRoutes {
  const routes: PageRoutes = { complaint: null, cancellation: null };
  for (const block of page.blocks) {
    if (!HEADING_TAGS.has(block.tag) || block.text.length > MAX_HEADING) continue;
    for (const kind of routeKindsIn(block.text)) {
      routes[kind] ??= { clicks: page.clicks, pageUrl: page.url, path: page.path, via: 'heading', label: block.text.trim(), url: page.url };
    }
  }
  for (const link of page.links) {
    if (link.href.startsWith('javascript:')) continue;
    for (const kind of routeKindsIn(`${link.text} \n ${pathWords(link.href)}`)) {
      routes[kind] ??= { clicks: page.clicks + 1, pageUrl: page.url, path: page.path, via: 'link', label: link.text.trim().slice(0, 200), url: link.href };
    }
  }
  return routes;
}
