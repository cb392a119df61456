import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawlSite, type CrawlCapture, type CrawlOutcome } from '../../src/crawl/crawl-site.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import type { PageSnapshot } from '../../src/model/page-snapshot.js';
import { page } from '../helpers/temp-site.js';
import { recorded } from '../helpers/recorded-paths.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Depth 1: two quick pages and one the server is slow to send, so the depth ends with one tab
 * busy. Depth 2, behind the quick ones: three pages, one of them a redirect to a page of depth 1.
 */
const SITE: Record<string, string> = {
  '/': page('<h1>Start</h1><a href="/snabb/">Snabb</a> <a href="/andra/">Andra</a> <a href="/seg/">Seg</a>'),
  '/snabb/': page('<h1>Snabb</h1><a href="/tjanster/">Tjänster</a> <a href="/priser/">Priser</a>'),
  '/andra/': page('<h1>Andra</h1><a href="/kontakt/">Kontakt</a> <a href="/gammal/">Gammal sida</a>'),
  '/seg/': page('<h1>Seg</h1><p>Långsam sida</p>'),
  '/tjanster/': page('<h1>Tjänster</h1>'),
  '/priser/': page('<h1>Priser</h1>'),
  '/kontakt/': page('<h1>Kontakt</h1><p>Ring 08-123 45 67</p>'),
};
const REDIRECTS: Record<string, string> = { '/gammal/': '/snabb/' };
const SLOW_MS = 5_000;

/**
 * How long the server keeps the slow page: SLOW_MS, or until a page of depth 2 is asked for
 * (at most HELD_MS), so that a crawl reading ahead is seen doing so however long the quick
 * pages take to render on a loaded machine (tabs open later there, see page-pool.ts).
 */
interface SlowPage {
  until?: readonly string[];
}
const HELD_MS = 30_000;
const DEPTH_TWO = ['/tjanster/', '/priser/', '/kontakt/'];

/** Documents loaded per path, and when the first request for each came (ms since the site was served). */
interface Loads {
  count: Map<string, number>;
  firstAt: Map<string, number>;
  slowAnsweredAt: number | null;
}

async function withSite(run: (url: string, loads: Loads) => Promise<void>, slow: SlowPage): Promise<void> {
  const loads: Loads = { count: new Map(), firstAt: new Map(), slowAnsweredAt: null };
  const started = performance.now();
  let release = () => {};
  const released = new Promise<void>((resolve) => { release = resolve; });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.headers['sec-fetch-mode'] === 'navigate') {
      loads.count.set(path, (loads.count.get(path) ?? 0) + 1);
      if (!loads.firstAt.has(path)) loads.firstAt.set(path, performance.now() - started);
      if (slow.until?.includes(path)) release();
    }
    const to = REDIRECTS[path];
    if (to !== undefined) return void response.writeHead(301, { location: to }).end();
    const html = SITE[path];
    if (html === undefined) return void response.writeHead(404).end();
    const answer = () => {
      if (path === '/seg/') loads.slowAnsweredAt ??= performance.now() - started;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    };
    if (path !== '/seg/') return answer();
    const held = setTimeout(answer, slow.until ? HELD_MS : SLOW_MS);
    if (slow.until) void released.then(() => { clearTimeout(held); answer(); });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, loads);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function crawl(concurrency: number, slow: SlowPage, canStop: (nextClicks: number, recorded: PageSnapshot[]) => boolean = () => false, capture?: CrawlCapture) {
  let result: { outcome: CrawlOutcome; snapshots: PageSnapshot[]; loads: Loads } | undefined;
  await withSite(async (url, loads) => {
    const snapshots: PageSnapshot[] = [];
    const deadline = Date.now() + 90_000;
    const outcome = await crawlSite(browser, {
      startUrl: url, maxPages: 60, maxDepth: 3, deadline: () => deadline, device: 'desktop', concurrency,
      probes: { globals: [], selectors: [] }, ...(capture ? { capture } : {}),
    }, { onSnapshot: (snapshot) => snapshots.push(snapshot), canStop: (next) => canStop(next, snapshots) });
    result = { outcome, snapshots, loads };
  }, slow);
  return result!;
}


describe('pages of the next click depth read in the tabs an ending depth leaves idle', () => {
  it('records exactly what one tab at a time records, each page loaded once, the redirect to a page already read left out', async () => {
    const one = await crawl(1, {});
    const three = await crawl(3, { until: ['/kontakt/'] });
    // With three tabs, the pages of depth 2 were asked for while the slow page of depth 1 was still on its way.
    expect(three.outcome.pagesReadAhead).toBeGreaterThan(0);
    expect(three.loads.firstAt.get('/kontakt/')).toBeLessThan(three.loads.slowAnsweredAt!);
    expect(one.loads.firstAt.get('/kontakt/')).toBeGreaterThan(one.loads.slowAnsweredAt!);
    expect(recorded(three.snapshots)).toEqual(recorded(one.snapshots));
    expect(recorded(three.snapshots)).toContain('Test / > Andra /andra/ > Kontakt /kontakt/');
    expect(recorded(three.snapshots).some((path) => path.includes('/gammal/'))).toBe(false);
    expect(three.outcome.pagesVisited).toBe(one.outcome.pagesVisited);
    expect(three.outcome.pagesRendered).toBe(three.outcome.pagesVisited);
    for (const path of ['/andra/', '/tjanster/', '/priser/', '/kontakt/']) expect(three.loads.count.get(path), path).toBe(1);
  });

  it('drops what it read of a depth the crawl does not go on to, and counts none of it', async () => {
    // Every channel settled once the slow page is recorded: the pages of depth 2 were read ahead for nothing.
    const stopped = await crawl(3, { until: DEPTH_TWO }, (next, snapshots) => next >= 2 && snapshots.some((snapshot) => snapshot.url.endsWith('/seg/')));
    expect(stopped.outcome.stoppedBecause).toBe('early-stop');
    expect(stopped.snapshots.every((snapshot) => snapshot.clicks <= 1)).toBe(true);
    expect(['/tjanster/', '/priser/', '/kontakt/'].some((path) => stopped.loads.count.has(path))).toBe(true);
    expect(stopped.outcome.pagesRendered).toBe(stopped.outcome.pagesVisited);
    expect(stopped.outcome.pagesVisited).toBe(4);
  });

  it('reads nothing ahead for an evidence bundle, whose traffic record would hold what was dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-har-'));
    try {
      let logged = 0;
      const captured = await crawl(3, {}, () => false, { onPage: () => void logged++, harPath: () => join(dir, 'crawl.har') });
      expect(captured.outcome.pagesReadAhead).toBe(0);
      expect(captured.loads.firstAt.get('/kontakt/')).toBeGreaterThan(captured.loads.slowAnsweredAt!);
      expect(logged).toBe(captured.outcome.pagesVisited);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
