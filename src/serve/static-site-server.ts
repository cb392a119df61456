import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.mjs': 'text/javascript; charset=utf-8',
  '.mp4': 'video/mp4',
};

/** GitHub Pages' lifetime for every file it serves. */
const CACHE_SECONDS = 600;

/** How a host maps paths that are not files, for sites exported or built for one. */
export interface ServeOptions {
  /** "/about" is served from about.html when it is neither a file nor a folder (GitHub Pages, Netlify). */
  cleanUrls?: boolean;
  /** Any other missing path is served index.html: a single-page app that routes in the browser. */
  spaFallback?: boolean;
}

export interface ServedSite {
  /** Root URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a fixture site from a folder on 127.0.0.1 only: "/" → index.html,
 * "/kontakt/" → kontakt/index.html. Used by `demo` and the tests; never listens beyond loopback.
 */
export async function serveStaticSite(root: string, port = 0, options: ServeOptions = {}): Promise<ServedSite> {
  const server = createServer((request, response) => {
    respond(root, request, response, options).catch(() => {
      // One bad request must not end the process that serves the site.
      if (response.headersSent) response.destroy();
      else send(response, 500, 'server error');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}/`, close: () => closeServer(server) };
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse, options: ServeOptions): Promise<void> {
  const rawUrl = request.url ?? '/';
  let pathname: string;
  let encodedPath: string;
  try {
    encodedPath = new URL(rawUrl, 'http://127.0.0.1').pathname;
    pathname = decodeURIComponent(encodedPath);
  } catch {
    return send(response, 400, 'bad request');
  }
  const resolved = normalize(join(root, pathname));
  if (resolved !== normalize(root) && !resolved.startsWith(normalize(root) + sep) && resolved + sep !== normalize(root)) {
    return send(response, 403, 'forbidden');
  }
  let file = resolved;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // As asked, percent-encoded: a folder named "blomster-på-abonnement" is no valid header as decoded.
      response.writeHead(301, { location: `${encodedPath}/` });
      response.end();
      return;
    }
    file = join(file, 'index.html');
  }
  let fileInfo = await stat(file).catch(() => null);
  if (!fileInfo?.isFile() && !info && options.cleanUrls && !pathname.endsWith('/')) {
    const withExtension = await stat(`${file}.html`).catch(() => null);
    if (withExtension?.isFile()) [file, fileInfo] = [`${file}.html`, withExtension];
  }
  if (!fileInfo?.isFile() && options.spaFallback && !extname(pathname)) {
    const shell = await stat(join(root, 'index.html')).catch(() => null);
    if (shell?.isFile()) [file, fileInfo] = [join(root, 'index.html'), shell];
  }
  if (!fileInfo?.isFile()) {
    const notFound = await stat(join(root, '404.html')).catch(() => null);
    if (notFound?.isFile()) {
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html']! });
      createReadStream(join(root, '404.html')).pipe(response);
      return;
    }
    return send(response, 404, 'not found');
  }
  // Validators and a short lifetime, as GitHub Pages sends them: a browser keeps a site's scripts
  // and stylesheets between its pages, as it does on the real host.
  const etag = `"${fileInfo.size.toString(16)}-${Math.floor(fileInfo.mtimeMs).toString(16)}"`;
  const caching = { etag, 'last-modified': fileInfo.mtime.toUTCString(), 'cache-control': `max-age=${CACHE_SECONDS}` };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, caching);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': fileInfo.size, ...caching });
  createReadStream(file).pipe(response);
}

function send(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
