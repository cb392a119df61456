import { describe, expect, it } from 'vitest';
import { likelyFirstClicks } from '../../src/crawl/first-clicks-ahead.js';
import { scopeOf } from '../../src/crawl/scope.js';
import type { PageLink } from '../../src/model/page-snapshot.js';

const link = (href: string, text: string): PageLink => ({ href, text, region: 'main' });
const START = 'https://www.firma.se/';

describe('the pages a start page\'s HTML links to, guessed for reading ahead while it renders', () => {
  const links = [
    link('https://www.firma.se/', 'Hem'),
    link('https://www.firma.se/om-oss/', 'Om oss'),
    link('https://www.firma.se/tjanster/', 'Tjänster'),
    link('https://www.firma.se/om-oss/#team', 'Vårt team'),
    link('https://www.facebook.com/firma', 'Facebook'),
    link('tel:+46812345678', '08-123 456 78'),
    link('https://www.firma.se/kontakt/', 'Kontakta oss'),
    link('https://kundservice.firma.se/', 'Kundservice'),
    link('https://www.firma.se/index.html', 'Start'),
  ];

  it('takes each page of the site once, contact-looking first, then in the order the page gives them', () => {
    const guesses = likelyFirstClicks(links, [START], scopeOf(START), 10);
    expect(guesses.slice(0, 2).sort()).toEqual(['https://kundservice.firma.se/', 'https://www.firma.se/kontakt/']);
    expect(guesses.slice(2)).toEqual(['https://www.firma.se/om-oss/', 'https://www.firma.se/tjanster/', 'https://www.firma.se/index.html']);
  });

  it('never guesses the start page, under the address asked for or the one it ended at, nor another site or a phone link', () => {
    const guesses = likelyFirstClicks(links, [START, 'https://www.firma.se/index.html'], scopeOf(START), 10);
    expect(guesses).not.toContain('https://www.firma.se/');
    expect(guesses).not.toContain('https://www.firma.se/index.html');
    expect(guesses.some((url) => url.includes('facebook') || url.startsWith('tel:'))).toBe(false);
  });

  it('guesses a page linked with and without its trailing slash once, under the address of its first link, as the crawl queues it', () => {
    const both = [link('https://www.firma.se/om-oss#kontakt', 'Kontakt'), link('https://www.firma.se/priser/', 'Priser'), link('https://www.firma.se/om-oss/', 'Om oss')];
    expect(likelyFirstClicks(both, [START], scopeOf(START), 10)).toEqual(['https://www.firma.se/om-oss', 'https://www.firma.se/priser/']);
    // The start page under its other name is the start page.
    expect(likelyFirstClicks([link('https://www.firma.se/hem', 'Hem'), ...both], ['https://www.firma.se/hem/'], scopeOf(START), 10)).not.toContain('https://www.firma.se/hem');
  });

  it('guesses at most as many as there are idle tabs', () => {
    expect(likelyFirstClicks(links, [START], scopeOf(START), 1)).toHaveLength(1);
    expect(likelyFirstClicks(links, [START], scopeOf(START), 0)).toEqual([]);
  });
});
