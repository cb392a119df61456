import type { PageSnapshot } from '../model/page-snapshot.js';
import { pageKey } from './normalize-url.js';
import type { Scope } from './scope.js';

/**
 * The links that steer the crawl, as the crawl takes them: the first link to each other page of
 * the site, with the label it would get. Links within the page itself (skip links) and off the
 * site steer nothing (what they tell the verdict, such as a contact route, is compared apart).
 */
export function crawlLinks(snapshot: PageSnapshot, maxLabel: number, scope: Scope): string[] {
  const self = pageKey(snapshot.url);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const link of snapshot.links) {
    const key = pageKey(link.href);
    if (!key || key === self || seen.has(key) || !scope.contains(key)) continue;
    seen.add(key);
    out.push(`${key} ${(link.text || new URL(key).pathname).slice(0, maxLabel)}`);
  }
  return out;
}

export function linkDifference(http: PageSnapshot, browser: PageSnapshot, maxLabel: number, scope: Scope): string | null {
  const a = crawlLinks(http, maxLabel, scope);
  const b = crawlLinks(browser, maxLabel, scope);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `links differ at ${i + 1}: HTML "${a[i] ?? '(none)'}", browser "${b[i] ?? '(none)'}"`;
  }
  return null;
}
