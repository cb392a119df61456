import { describe, expect, it } from 'vitest';
import { parseStartUrl } from '../../src/audit/start-url.js';
import { pageKey, slashlessKey } from '../../src/crawl/normalize-url.js';
import { scopeOf } from '../../src/crawl/scope.js';
import { UsageError } from '../../src/errors.js';

describe('scope: same registrable domain, subdomains included', () => {
  const scope = scopeOf('https://www.exempel.se/');
  it.each([
    ['https://www.exempel.se/kontakt', true],
    ['https://kundservice.exempel.se/', true],
    ['http://exempel.se/', true],
    ['https://exempel.se.evil.com/', false],
    ['https://annat.se/', false],
    ['mailto:info@exempel.se', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
  ])('%s → %s', (url, inside) => {
    expect(scope.contains(url)).toBe(inside);
  });

  it('an IP address is its own scope', () => {
    const local = scopeOf('http://127.0.0.1:8080/');
    expect(local.contains('http://127.0.0.1:8080/kontakt')).toBe(true);
    expect(local.contains('http://127.0.0.2:8080/')).toBe(false);
  });

  it('multi-part public suffixes are respected', () => {
    const uk = scopeOf('https://www.example.co.uk/');
    expect(uk.contains('https://shop.example.co.uk/')).toBe(true);
    expect(uk.contains('https://other.co.uk/')).toBe(false);
  });
});

describe('page keys', () => {
  it.each([
    ['https://x.se/kontakt#telefon', 'https://x.se/kontakt'],
    ['https://x.se:443/a?b=1', 'https://x.se/a?b=1'],
    ['https://x.se/broschyr.pdf', null],
    ['https://x.se/logo.PNG', null],
    ['tel:+46812345678', null],
    // A hash router's route is a view of its own; its start route is the page itself.
    ['https://x.se/#/kontakt', 'https://x.se/#/kontakt'],
    ['https://x.se/#!/kontakt', 'https://x.se/#!/kontakt'],
    ['https://x.se/#/', 'https://x.se/'],
    ['https://x.se/#kontakt', 'https://x.se/'],
    // Percent-escapes name the same letters in either case (a page's links in lower case, a router's address bar in upper).
    ['https://x.se/ru/%d0%be-nas/', 'https://x.se/ru/%D0%BE-nas/'],
  ])('%s → %s', (url, key) => {
    expect(pageKey(url)).toBe(key);
  });

  it('a page named with and without its trailing slash has one slashless key; the site root keeps its own', () => {
    expect(slashlessKey('https://x.se/om-oss/')).toBe(slashlessKey('https://x.se/om-oss'));
    expect(slashlessKey('https://x.se/om-oss/?a=1')).toBe(slashlessKey('https://x.se/om-oss?a=1'));
    expect(slashlessKey('https://x.se/om-oss/')).not.toBe(slashlessKey('https://x.se/om'));
  });
});

describe('start URL', () => {
  it.each([
    ['exempel.se', 'https://exempel.se/'],
    ['https://www.exempel.se/kontakt', 'https://www.exempel.se/kontakt'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
    ['http://localhost:3000/', 'http://localhost:3000/'],
  ])('%s is accepted as %s', (input, url) => {
    expect(parseStartUrl(input)).toBe(url);
  });
  it.each(['not a url', 'ftp://exempel.se/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://', 'exempel'])('%s is refused', (input) => {
    expect(() => parseStartUrl(input)).toThrow(UsageError);
  });
});
