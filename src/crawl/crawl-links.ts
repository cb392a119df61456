import type { PageLink, PageSnapshot } from '../model/page-snapshot.js';
import { pageKey, slashlessKey } from './normalize-url.js';
import type { Scope } from './scope.js';
import { contactRouteScore } from '../extract/contact-route.js';

/** One link of a page chosen to stand for its target, with its place among the page's links. */
export interface TargetLink {
  key: string;
  link: PageSnapshot['links'][number];
  index: number;
  /** What a click on it is called in a path: the link's words, or its target's address when it has none. */
  label: string;
}

/**
 * A page's links, one per target page (by `pageKey`), in the order the page gives them: the
 * first link to each target that names it best — in words, else in other characters (a count,
 * an arrow), else not at all. An icon link (`<a><i class="icon-…"></i></a>`, drawn by a
 * stylesheet's font) has a box in the browser and none in the HTML, and a post's comment count
 * ("0") is often shown only where a stylesheet allows, so a target's lesser link is where the two
 * readings part; and a click path reads better by the words a person clicks than by an address
 * or a number.
 */
export function linkPerTarget(links: readonly PageLink[]): TargetLink[] {
  const best = new Map<string, number>();
  for (const link of links) {
    const key = pageKey(link.href);
    if (key) best.set(key, Math.max(best.get(key) ?? 0, naming(link.text)));
  }
  const taken = new Set<string>();
  const out: TargetLink[] = [];
  links.forEach((link, index) => {
    const key = pageKey(link.href);
    if (!key || taken.has(key) || naming(link.text) < best.get(key)!) return;
    taken.add(key);
    out.push({ key, link, index, label: link.text || new URL(key).pathname });
  });
  return out;
}

/** How well a link's text names its target: 2 with a letter in it, 1 with other characters only, 0 empty. */
function naming(text: string): number {
  return /\p{L}/u.test(text) ? 2 : text ? 1 : 0;
}

/**
 * The links that steer the crawl, as the crawl takes them: the first link to each other page of
 * the site, with the label it would get. Links within the page itself (skip links) and off the
 * site steer nothing (what they tell the verdict, such as a contact route, is compared apart).
 */
export function crawlLinks(snapshot: PageSnapshot, scope: Scope): Array<{ key: string; label: string }> {
  const self = pageKey(snapshot.url);
  return linkPerTarget(snapshot.links)
    .filter(({ key }) => key !== self && scope.contains(key))
    .map(({ key, label }) => ({ key, label }));
}

/**
 * Where the HTML's links would steer the crawl otherwise than the browser's: null when every
 * page the browser links to, the HTML links to too, in the same order and by words that steer
 * alike (see `steersAlike`). A page only the HTML links to (a byline, a submenu a stylesheet
 * hides) is no difference: it can only add a page to examine, and no page's finding counts
 * before every step of its path is a link the browser shows (see HttpFirstReader.confirmPath).
 */
export function linkDifference(http: PageSnapshot, browser: PageSnapshot, maxLabel: number, scope: Scope, startPage?: string): string | null {
  // The start page is examined before every other: a link to it (a logo a script draws, so wordless in the HTML) steers nothing.
  const start = startPage === undefined ? null : slashlessKey(startPage);
  const steering = (snapshot: PageSnapshot) => crawlLinks(snapshot, scope).filter(({ key }) => slashlessKey(key) !== start);
  const b = steering(browser);
  const shown = new Set(b.map(({ key }) => key));
  const a = steering(http).filter(({ key }) => shown.has(key));
  const text = (link: { key: string; label: string } | undefined) => (link ? `${link.key} ${link.label.slice(0, maxLabel)}` : '(none)');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x && y && x.key === y.key && steersAlike(x.label, y.label, x.key, maxLabel)) continue;
    return `links differ at ${i + 1}: HTML "${text(x)}", browser "${text(y)}"`;
  }
  return null;
}

/**
 * Whether a link's words in the HTML and in the browser steer the crawl alike: the same words as
 * far as a path keeps them, but for case (a stylesheet's `text-transform` draws them in
 * capitals); or the browser's words are the HTML's with some left out (a stylesheet hides one
 * language of several, a teaser's second line) and rank the link as a contact route no
 * differently, which is all the frontier takes from a label.
 */
export function steersAlike(html: string, browser: string, key: string, maxLabel: number): boolean {
  const fold = (label: string) => label.replace(/\s+/g, ' ').trim().toLowerCase();
  const [h, b] = [fold(html), fold(browser)];
  if (h.slice(0, maxLabel) === b.slice(0, maxLabel)) return true;
  if (contactRouteScore(html, key) !== contactRouteScore(browser, key)) return false;
  const shownWords = wordsOf(b.slice(0, maxLabel));
  // The last word may be cut at the path's bound.
  if (b.length > maxLabel) shownWords.pop();
  const htmlWords = wordsOf(h);
  let at = 0;
  for (const word of shownWords) {
    while (at < htmlWords.length && htmlWords[at] !== word) at++;
    if (at++ >= htmlWords.length) return false;
  }
  return shownWords.length > 0;
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
