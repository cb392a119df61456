import type { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closedPort } from '../helpers/closed-port.js';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserDied } from '../../src/crawl/browser-crash.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { visitPage } from '../../src/crawl/visit-page.js';

/**
 * Why a page could not be loaded is taken from what the browser reports about the request (its
 * network error code, or the download the response became), never from an error's wording.
 */
let browser: Browser;
let context: BrowserContext;
let server: Server;
let base: string;
let refusingPort: number;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  server = createServer((request, response) => {
    if (request.url === '/file') {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="price-list.bin"' });
      response.end('binary');
      return;
    }
    if (request.url === '/slow') return; // never answers
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<p>Ring oss</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nobody listens on: the connection is refused.
  refusingPort = await closedPort();
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const LIMITS = { navigationMs: 3_000, settleMs: 500, readMs: 5_000 };
const PROBES = { globals: [], selectors: [] };

async function visit(url: string) {
  const tab = await context.newPage();
  try {
    return await visitPage(tab, url, PROBES, LIMITS);
  } finally {
    await tab.close();
  }
}

describe('a page that cannot be loaded', () => {
  it('names a refused connection by the browser\'s network error code', async () => {
    const outcome = await visit(`http://127.0.0.1:${refusingPort}/`);
    expect(outcome).toMatchObject({ ok: false, reason: 'ERR_CONNECTION_REFUSED', netError: 'ERR_CONNECTION_REFUSED' });
  });

  it('names a response that became a download as such, with no network error', async () => {
    const outcome = await visit(`${base}/file`);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toBe('download, not a web page');
    expect(outcome.netError).toBeUndefined();
  });

  it('says a navigation that ran out of time timed out', async () => {
    const outcome = await visit(`${base}/slow`);
    expect(outcome).toMatchObject({ ok: false, reason: 'navigation timed out', timedOut: 'navigation' });
  });

  it('reads a page that loads, and leaves no listener behind on the tab', async () => {
    const tab = await context.newPage();
    try {
      // A Page is an event emitter, though its type does not say so.
      const listeners = () => ['requestfailed', 'download'].reduce((sum, name) => sum + (tab as unknown as EventEmitter).listenerCount(name), 0);
      const before = listeners();
      const outcome = await visitPage(tab, `${base}/`, PROBES, LIMITS);
      expect(outcome.ok).toBe(true);
      expect(listeners()).toBe(before);
    } finally {
      await tab.close();
    }
  });
});

describe('whether the browser died', () => {
  it('is no for a browser that answers, even when one of its tabs crashed', async () => {
    const tab = await context.newPage();
    await tab.goto('chrome://crash').catch(() => undefined);
    expect(await browserDied(browser)).toBe(false);
    await tab.close().catch(() => undefined);
  });

  it('is yes for a browser that crashed, though a moment ago it was still connected', async () => {
    const doomed = await launchBrowser();
    const session = await doomed.newBrowserCDPSession();
    await session.send('Browser.crash').catch(() => undefined);
    expect(await browserDied(doomed)).toBe(true);
  });
});
