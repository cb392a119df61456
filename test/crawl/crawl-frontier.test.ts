import { describe, expect, it } from 'vitest';
import { CrawlFrontier } from '../../src/crawl/crawl-frontier.js';
import { scopeOf } from '../../src/crawl/scope.js';
import { makeSnapshot } from '../helpers/snapshot.js';

const link = (href: string, text: string) => ({ href, text, region: 'nav' as const });

describe('crawl frontier: one page under both names', () => {
  it('queues a page linked with and without its trailing slash once, by the first link to it', () => {
    const frontier = new CrawlFrontier(3);
    const start = makeSnapshot({ url: 'https://x.se/', links: [link('https://x.se/tjanster/', 'Tjänster'), link('https://x.se/om', 'Om'), link('https://x.se/tjanster', 'Våra tjänster')] });
    frontier.offerLinks(start, [0], scopeOf('https://x.se/'));
    const level = frontier.takeLevel(1);
    expect(level.map(([, entry]) => [entry.url, entry.path.at(-1)?.label])).toEqual([['https://x.se/tjanster/', 'Tjänster'], ['https://x.se/om', 'Om']]);
    expect(frontier.known.size).toBe(2);
  });

  it('has seen a page under the other name once it saw one of them, and not a page that only begins the same', () => {
    const frontier = new CrawlFrontier(3);
    frontier.markSeen('https://x.se/kontakt');
    expect(frontier.hasSeen('https://x.se/kontakt/')).toBe(true);
    expect(frontier.hasSeen('https://x.se/kontakt/#karta')).toBe(true);
    expect(frontier.hasSeen('https://x.se/kontakt/stockholm')).toBe(false);
    expect(frontier.hasSeen('https://x.se/kontakt?ort=umea')).toBe(false);
    const page = makeSnapshot({ url: 'https://x.se/kontakt', clicks: 1, links: [link('https://x.se/kontakt/', 'Kontakt'), link('https://x.se/kontakt/stockholm/', 'Stockholm')] });
    frontier.offerLinks(page, [0, 0], scopeOf('https://x.se/'));
    expect(frontier.takeLevel(2).map(([, entry]) => entry.url)).toEqual(['https://x.se/kontakt/stockholm/']);
  });
});
