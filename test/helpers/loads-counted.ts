import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A site from a map of paths, with redirects, counting the documents the browser loads per path
 * (as opposed to pages fetched over HTTP), and every other request as `fetch <path>`; `run`
 * audits it and the server closes after.
 */
export async function withLoadsCounted(files: Record<string, string>, redirects: Record<string, string>, run: (url: string) => Promise<void>): Promise<Map<string, number>> {
  const loads = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const counted = request.headers['sec-fetch-mode'] === 'navigate' ? path : `fetch ${path}`;
    loads.set(counted, (loads.get(counted) ?? 0) + 1);
    const to = redirects[path];
    if (to !== undefined) return void response.writeHead(301, { location: to }).end();
    const html = files[path];
    if (html === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return loads;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
