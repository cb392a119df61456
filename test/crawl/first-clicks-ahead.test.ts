import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite, type CrawlOutcome } from '../../src/crawl/crawl-site.js';
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
 * The start page's render waits for a script the server holds back until `/gissad/` or
 * `/kontakt/` is asked for (at most HELD_MS): a crawl that reads what the HTML links to while the
 * start page renders asks for them before the start page is recorded, however slow the machine;
 * one that does not asks after (the render stops waiting for the script at its own bound). The HTML links to `/gissad/`,
 * which holds a phone number, but the page's own script takes that link away before anyone sees
 * it: the render never links there.
 */
const SITE: Record<string, string> = {
  '/': page('<h1>Start</h1><a id="gone" href="/gissad/">Gissad</a> <a href="/kontakt/">Kontakt</a> <a href="/om/">Om oss</a>'
    + '<script>document.getElementById("gone").remove()</script><script async src="/slow.js"></script>'),
  '/gissad/': page('<h1>Gissad</h1><p>Ring 08-765 43 21</p>'),
  '/kontakt/': page('<h1>Kontakt</h1><p>Ring 08-123 45 67</p>'),
  '/om/': page('<h1>Om oss</h1>'),
};
const HELD_MS = 2_000;

interface Served {
  loads: Map<string, number>;
  /** When each page was first asked for by a browser, and when the start page was recorded (ms since served). */
  firstAt: Map<string, number>;
  startRecordedAt: number | null;
}

async function crawl(concurrency: number): Promise<{ outcome: CrawlOutcome; snapshots: PageSnapshot[]; served: Served }> {
  const served: Served = { loads: new Map(), firstAt: new Map(), startRecordedAt: null };
  const started = performance.now();
  let release = () => {};
  const released = new Promise<void>((resolve) => { release = resolve; });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (request.headers['sec-fetch-mode'] === 'navigate') {
      served.loads.set(path, (served.loads.get(path) ?? 0) + 1);
      if (!served.firstAt.has(path)) served.firstAt.set(path, performance.now() - started);
      if (path === '/gissad/' || path === '/kontakt/') release();
    }
    if (path === '/slow.js') {
      const answer = () => {
        if (!response.headersSent) response.writeHead(200, { 'content-type': 'text/javascript' }).end('void 0;');
      };
      const held = setTimeout(answer, concurrency > 1 ? HELD_MS : 0);
      void released.then(() => { clearTimeout(held); answer(); });
      return;
    }
    const html = SITE[path];
    if (html === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const snapshots: PageSnapshot[] = [];
    const deadline = Date.now() + 90_000;
    const outcome = await crawlSite(browser, {
      startUrl: url, maxPages: 60, maxDepth: 3, deadline: () => deadline, device: 'desktop', concurrency, engine: 'browser',
      probes: { globals: [], selectors: [] },
    }, {
      onSnapshot: (snapshot) => {
        served.startRecordedAt ??= performance.now() - started;
        snapshots.push(snapshot);
      },
      canStop: () => false,
    });
    return { outcome, snapshots, served };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}


describe('pages one click from the start page read while it renders, guessed from its HTML', () => {
  it('records exactly what one tab at a time records: a guess the render confirms taken, one it does not left out', async () => {
    const one = await crawl(1);
    const three = await crawl(3);
    // With three tabs, a page the HTML links to was asked for while the start page still waited for its script.
    expect(three.outcome.pagesReadAhead).toBeGreaterThan(0);
    expect(three.served.firstAt.get('/kontakt/')).toBeLessThan(three.served.startRecordedAt!);
    expect(one.served.firstAt.get('/kontakt/')).toBeGreaterThan(one.served.startRecordedAt!);
    expect(recorded(three.snapshots)).toEqual(recorded(one.snapshots));
    expect(recorded(three.snapshots)).toContain('Test / > Kontakt /kontakt/');
    // The page only the HTML linked to holds a phone number: it is not examined, nor its number seen.
    expect(recorded(three.snapshots).some((path) => path.includes('/gissad/'))).toBe(false);
    expect(three.snapshots.some((snapshot) => snapshot.blocks.some((block) => block.text.includes('765 43 21')))).toBe(false);
    expect(three.outcome.pagesVisited).toBe(one.outcome.pagesVisited);
    expect(three.served.loads.get('/kontakt/')).toBe(1);
  });
});
