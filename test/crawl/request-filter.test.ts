import { describe, expect, it } from 'vitest';
import { defaultTabs } from '../../src/audit/audit-options.js';
import { requestFilter } from '../../src/crawl/blocked-requests.js';

describe('what the crawl\'s browser does not fetch', () => {
  it('drops images, media and fonts unless screenshots are asked for (then only media and fonts)', () => {
    const plain = requestFilter(false);
    const shots = requestFilter(true);
    expect(plain.blocks('https://example.se/logo.png', 'image')).toBe(true);
    expect(plain.blocks('https://example.se/film.mp4', 'media')).toBe(true);
    expect(plain.blocks('https://example.se/font.woff2', 'font')).toBe(true);
    expect(shots.blocks('https://example.se/logo.png', 'image')).toBe(false);
    expect(shots.blocks('https://example.se/font.woff2', 'font')).toBe(true);
    expect(plain.blocks('https://example.se/', 'document')).toBe(false);
    expect(plain.blocks('https://example.se/app.js', 'script')).toBe(false);
  });

  it('drops known trackers on their hosts and subdomains, never a chat widget or a tag manager', () => {
    const filter = requestFilter(true);
    expect(filter.blocks('https://www.google-analytics.com/analytics.js', 'script')).toBe(true);
    expect(filter.blocks('https://static.hotjar.com/c/hotjar-1.js', 'script')).toBe(true);
    expect(filter.blocks('https://notgoogle-analytics.com/x.js', 'script')).toBe(false);
    expect(filter.blocks('https://www.googletagmanager.com/gtm.js?id=GTM-X', 'script')).toBe(false);
    expect(filter.blocks('https://widget.intercom.io/widget/abc123', 'script')).toBe(false);
    expect(filter.blocks('https://static.zdassets.com/ekr/snippet.js?key=1', 'script')).toBe(false);
  });
});

/** The browser's reading of a request pattern: `*` any run of characters, `?` one; the resource type, when given, must match. */
function underPattern(filter: ReturnType<typeof requestFilter>, url: string, playwrightType: string): boolean {
  return filter.patterns.some((pattern) => {
    const glob = new RegExp(`^${pattern.urlPattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return glob.test(url) && (pattern.resourceType === undefined || pattern.resourceType.toLowerCase() === playwrightType);
  });
}

describe('which requests the browser asks about', () => {
  it('every request the filter drops is one the browser hands over, and a page\'s own scripts and stylesheets are not', () => {
    const cases: Array<[string, string]> = [
      ['https://example.se/logo.png', 'image'], ['https://example.se/film.mp4', 'media'], ['https://example.se/font.woff2', 'font'],
      ['https://www.google-analytics.com/analytics.js', 'script'], ['https://static.hotjar.com/c/hotjar-1.js', 'script'],
      ['https://bat.bing.com/bat.js', 'script'], ['https://cdn.cookielaw.org/cdn-cgi/trace', 'xhr'], ['https://ad.doubleclick.net/x', 'image'],
      ['https://example.se/app.js', 'script'], ['https://example.se/site.css', 'stylesheet'], ['https://www.googletagmanager.com/gtm.js', 'script'],
    ];
    for (const screenshots of [false, true]) {
      const filter = requestFilter(screenshots);
      for (const [url, type] of cases) {
        if (filter.blocks(url, type)) expect(underPattern(filter, url, type), `${url} (${type})`).toBe(true);
      }
      expect(underPattern(filter, 'https://example.se/app.js', 'script')).toBe(false);
      expect(underPattern(filter, 'https://example.se/site.css', 'stylesheet')).toBe(false);
      expect(underPattern(filter, 'https://example.se/logo.png', 'image')).toBe(!screenshots);
    }
  });
});

describe('tabs at once', () => {
  it('two per core, at least 2 and at most 8', () => {
    expect(defaultTabs(1)).toBe(2);
    expect(defaultTabs(2)).toBe(4);
    expect(defaultTabs(3)).toBe(6);
    expect(defaultTabs(32)).toBe(8);
  });
});
