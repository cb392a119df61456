import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHAT_WIDGET, navScript, renderPage } from './render-page.js';
import type { SiteModel } from './site-model.js';

export interface ServedSyntheticSite {
  /** Home page URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** HTML pages served so far (assets, robots.txt and 404s not counted). */
  pagesServed(): number;
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';
const SCRIPT = 'text/javascript; charset=utf-8';

/** Serves a synthetic site from memory on 127.0.0.1 only; pages are rendered on request. */
export async function serveSyntheticSite(model: SiteModel): Promise<ServedSyntheticSite> {
  const nav = navScript(model);
  let served = 0;
  const server = createServer((request, response) => {
    let pathname: string;
    try {
      pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'bad request');
    }
    if (pathname === '/robots.txt') return send(response, 200, 'text/plain; charset=utf-8', 'User-agent: *\nAllow: /\n');
    if (pathname === '/chat/widget.js') return send(response, 200, SCRIPT, CHAT_WIDGET, true);
    if (pathname === '/assets/nav.js') return send(response, 200, SCRIPT, nav, true);
    const page = model.pages.get(pathname) ?? (pathname.endsWith('/') ? undefined : model.pages.get(`${pathname}/`));
    if (page && page.path !== pathname) {
      response.writeHead(301, { location: page.path });
      response.end();
      return;
    }
    if (!page) return send(response, 404, HTML, '<!doctype html><html lang="sv"><title>Sidan finns inte</title><h1>Sidan finns inte</h1></html>');
    served++;
    return send(response, 200, HTML, renderPage(model, page));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    pagesServed: () => served,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string, cacheable = false): void {
  response.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...(cacheable ? { 'cache-control': 'public, max-age=3600' } : {}),
  });
  response.end(body);
}
