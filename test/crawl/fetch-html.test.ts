import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHtml, type FetchSettings } from '../../src/crawl/http/fetch-html.js';

let server: Server;
let base: string;
const hanging: Array<() => void> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Kundtjänst</p>');
    if (path === '/hop') return void res.writeHead(302, { location: '/page' }).end();
    if (path === '/away') return void res.writeHead(301, { location: 'https://elsewhere.example/' }).end();
    if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (path === '/pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(64 * 1024)}</p>`;
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', pump);
        else res.end();
      };
      return void pump();
    }
    if (path === '/hang') {
      hanging.push(() => res.destroy());
      return;
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end('<p>Saknas</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const end of hanging) end();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const settings = (extra: Partial<FetchSettings> = {}): FetchSettings => ({
  userAgent: 'kontaktkoll-test', inScope: (url) => url.startsWith(base), ...extra,
});

describe('fetching a page over HTTP', () => {
  it('follows redirects within the site, one hop at a time, and decodes the page', async () => {
    const fetched = await fetchHtml(`${base}/hop`, settings(), 5_000);
    expect(fetched).toMatchObject({ ok: true, url: `${base}/page`, status: 200 });
    expect(fetched.ok && fetched.html).toContain('Kundtjänst');
  });

  it('stops at a redirect off the site, at a loop, at an error status', async () => {
    expect(await fetchHtml(`${base}/away`, settings(), 5_000)).toMatchObject({ ok: false, kind: 'failed', reason: 'redirected out of scope to https://elsewhere.example/' });
    expect(await fetchHtml(`${base}/loop`, settings(), 5_000)).toMatchObject({ ok: false, kind: 'failed', reason: 'too many redirects' });
    expect(await fetchHtml(`${base}/missing`, settings(), 5_000)).toMatchObject({ ok: false, kind: 'failed', reason: 'HTTP 404' });
  });

  it('says a non-HTML response is not a page, and cuts a body over 5 MB', async () => {
    expect(await fetchHtml(`${base}/pdf`, settings(), 5_000)).toMatchObject({ ok: false, kind: 'not-html', reason: 'not a web page (application/pdf)' });
    expect(await fetchHtml(`${base}/huge`, settings(), 20_000)).toMatchObject({ ok: false, kind: 'failed', reason: 'page too large or cut off' });
  });

  it('gives up on a server that never answers within the time given', async () => {
    expect(await fetchHtml(`${base}/hang`, settings(), 500)).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('asks the guard before every hop', async () => {
    const asked: string[] = [];
    const guard = {
      check: async (url: string) => {
        asked.push(new URL(url).pathname);
        return url.endsWith('/page') ? { ok: false as const, reason: 'refused: private address' } : { ok: true as const };
      },
      wait: async () => undefined,
    };
    expect(await fetchHtml(`${base}/hop`, settings({ network: guard }), 5_000)).toMatchObject({ ok: false, reason: 'refused: private address' });
    expect(asked).toEqual(['/hop', '/page']);
  });
});
