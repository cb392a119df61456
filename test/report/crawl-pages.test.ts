import { describe, expect, it } from 'vitest';
import type { CrawledPage } from '../../src/model/audit-result.js';
import { renderPagesCsv } from '../../src/report/csv-pages.js';
import { render } from '../../src/report/index.js';
import { STABLE_TIMESTAMP } from '../../src/report/stable.js';
import { pagesCsvFile } from '../../src/cli/pages-csv-file.js';
import { buildResult } from './result-builder.js';

const START = 'https://www.exempel.se/';
const pages: CrawledPage[] = [
  { url: START, finalUrl: START, clicks: 0, path: [{ action: 'start', label: 'Start', url: START }], status: 200, engine: 'browser', readAt: '2026-11-23T10:00:01.000Z' },
  {
    url: `${START}saknas`, finalUrl: `${START}saknas`, clicks: 1, status: 404, engine: null, readAt: '2026-11-23T10:00:03.000Z', error: '@HTTP 404',
    path: [{ action: 'start', label: 'Start', url: START }, { action: 'link', label: 'Saknas', url: `${START}saknas` }],
  },
  {
    url: `${START}kontakt`, finalUrl: `${START}kontakt/`, clicks: 1, status: 200, engine: 'http', readAt: '2026-11-23T10:00:02.000Z',
    path: [{ action: 'start', label: 'Start', url: START }, { action: 'link', label: 'Kontakt', url: `${START}kontakt/` }],
  },
];

function withPages() {
  const result = buildResult();
  return { ...result, crawl: { ...result.crawl, pagesVisited: pages.length, pages } };
}

describe('crawl.pages in the reports', () => {
  it('--stable fixes every read time and sorts by clicks, then address', () => {
    const json = JSON.parse(render(withPages(), 'json', { color: false, stable: true }));
    expect(json.crawl.pages.map((page: CrawledPage) => page.url)).toEqual([START, `${START}kontakt`, `${START}saknas`]);
    expect(new Set(json.crawl.pages.map((page: CrawledPage) => page.readAt))).toEqual(new Set([STABLE_TIMESTAMP]));
  });

  it('HTML folds the log into a table with a row per page, Markdown into a collapsed section', () => {
    const html = render(withPages(), 'html', { color: false });
    expect(/<details id="pages"><summary>[^<]+\(3\)<\/summary>/.test(html)).toBe(true);
    expect(html.match(/<tr><td>/g)).toHaveLength(3);
    expect(html).toContain('404 (@HTTP 404)');
    const markdown = render(withPages(), 'md', { color: false });
    expect(markdown).toMatch(/<summary>[^<]+\(3\)<\/summary>/);
  });

  it('CSV: a row per page, page text never a formula, beside the main CSV', () => {
    const rows = renderPagesCsv(withPages()).trim().split('\n');
    expect(rows).toHaveLength(4);
    expect(rows[2]).toContain("'@HTTP 404");
    expect(pagesCsvFile('out/kontaktkoll.csv')).toBe('out/kontaktkoll-pages.csv');
  });

  it('a result saved before the log existed renders without it', () => {
    expect(render(buildResult(), 'html', { color: false })).not.toContain('id="pages"');
    expect(renderPagesCsv(buildResult()).trim().split('\n')).toHaveLength(1);
  });
});
