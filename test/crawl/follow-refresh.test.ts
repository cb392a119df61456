import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { visitPage } from '../../src/crawl/visit-page.js';

/**
 * The browser runs a quick meta refresh by itself once the stub has loaded. The visit must end
 * on the page it names, read whole, whenever the browser's own navigation happens: before the
 * stub is asked anything, while it is, or while a navigation of ours would be under way. Which of
 * these happens is up to timing, so each stub is visited many times, four tabs at once: a visit
 * that reads the stub, or fails, when the browser moves on at the wrong moment is then seen.
 */
let browser: Browser;
let context: BrowserContext;
let server: Server;
let base: string;
const stub = (content: string) => `<!doctype html><html><head><meta http-equiv="refresh" content="${content}"></head><body><p>Sidan har flyttat</p></body></html>`;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const send = (html: string) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    };
    if (path === '/gammal') return send(stub('0; url=/kontakt'));
    if (path === '/gammal-till-langsam') return send(stub('0; url=/kontakt?langsam'));
    if (path === '/om-en-stund') return send(stub('1;url=/kontakt'));
    if (path === '/via-omdirigering') return send(stub('0; url=/flyttad'));
    if (path === '/flyttad') {
      response.writeHead(301, { location: '/kontakt' });
      return response.end();
    }
    if (path === '/las-forst') return send(stub('30; url=/kontakt'));
    if (path === '/bort') return send(stub(`0; url=http://localhost:${(server.address() as AddressInfo).port}/kontakt`));
    const contact = '<!doctype html><html><body><h1>Kontakt</h1><p>Ring oss på 08-123 45 67</p></body></html>';
    if (path === '/kontakt') return send(contact);
    if (path === '/kontakt?langsam') {
      setTimeout(() => send(contact), 300);
      return;
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const LIMITS = { navigationMs: 10_000, settleMs: 1_000, readMs: 5_000 };
const PROBES = { globals: [], selectors: [] };

async function visit(path: string, tabsOf = context) {
  const tab = await tabsOf.newPage();
  try {
    const outcome = await visitPage(tab, `${base}${path}`, PROBES, LIMITS);
    if (!outcome.ok) return { failed: outcome.reason };
    return { path: new URL(outcome.reading.url).pathname, status: outcome.reading.status, text: outcome.reading.blocks.map((block) => block.text).join(' ') };
  } finally {
    // Not awaited, as the crawl's tabs are not: closing a tab caught mid-navigation may not answer.
    void tab.close().catch(() => undefined);
  }
}

describe('a page a quick meta refresh moves on', () => {
  it.each([['/gammal', 4], ['/gammal-till-langsam', 1]])('%s is read where the refresh ends, every time', async (stubPath, rounds) => {
    const visits = [];
    for (let round = 0; round < rounds; round++) visits.push(...await Promise.all([1, 2, 3, 4].map(() => visit(stubPath))));
    for (const visited of visits) expect(visited).toEqual({ path: '/kontakt', status: 200, text: expect.stringContaining('08-123 45 67') });
  });

  it('is read where the refresh ends when it waits a second first', async () => {
    expect(await visit('/om-en-stund')).toEqual({ path: '/kontakt', status: 200, text: expect.stringContaining('08-123 45 67') });
  });

  it('is read at the end of a redirect the refresh leads to', async () => {
    expect(await visit('/via-omdirigering')).toEqual({ path: '/kontakt', status: 200, text: expect.stringContaining('08-123 45 67') });
  });

  it('is no reading when the browser\'s navigation fails: the failure names where the refresh led', async () => {
    // The crawl's network policy refuses every other host so.
    const policed = await browser.newContext();
    await policed.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
    try {
      expect(await visit('/bort', policed)).toEqual({ failed: expect.stringMatching(/^meta refresh to http:\/\/localhost:\d+\/kontakt: ERR_BLOCKED_BY_CLIENT$/) });
    } finally {
      await policed.close();
    }
  });

  it('is read as it is when the refresh is slow: a person reads it first', async () => {
    expect(await visit('/las-forst')).toEqual({ path: '/las-forst', status: 200, text: expect.stringContaining('Sidan har flyttat') });
  });
});
