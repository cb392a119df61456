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

describe('tabs at once', () => {
  it('two per core, at least 2 and at most 8', () => {
    expect(defaultTabs(1)).toBe(2);
    expect(defaultTabs(2)).toBe(4);
    expect(defaultTabs(3)).toBe(6);
    expect(defaultTabs(32)).toBe(8);
  });
});
