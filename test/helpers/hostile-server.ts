import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A site that misbehaves on purpose, on 127.0.0.1: each route is one way real sites break or
 * attack a crawler. `/home?to=<route>` is an ordinary home page (phone in the footer) with one
 * link to the trap, so every audit has something to find before the trouble starts.
 */
export interface HostileSite {
  url: string;
  close(): Promise<void>;
}

const HOME_PHONE = '08-123 456 78';
const TRAP_PHONE = '08-765 43 21';

const FRAME_PHONE = '08-555 123 45';
const HIDDEN_PHONE = '08-555 987 65';

export const HOSTILE_PHONES = { home: '+46812345678', trap: '+4687654321', frame: '+46855512345', hidden: '+46855598765' } as const;
export const HOSTILE_EMAILS = { shadow: 'skugga@exempel.se', hidden: 'gomd@exempel.se' } as const;

/** An open shadow root on `#id` with `inner` as its content, attached by script as components do. */
function shadow(id: string, inner: string, hostAttributes = ''): string {
  return `<div id="${id}" ${hostAttributes}></div><script>document.getElementById(${JSON.stringify(id)}).attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(inner)};</script>`;
}

function html(body: string, head = ''): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Fälla</title>${head}</head><body>${body}</body></html>`;
}

function send(response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(body);
}

type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => void;

const ROUTES: Record<string, Route> = {
  '/home': (_q, r, url) => send(r, 200, html(`<main><h1>Välkommen</h1><p><a href="${url.searchParams.get('to') ?? '/'}">Kundtjänst</a></p></main>
    <footer><p>Ring oss: ${HOME_PHONE}</p></footer>`)),
  '/contact': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p>`)),
  '/loop/a': (_q, r) => send(r, 302, '', { location: '/loop/b' }),
  '/loop/b': (_q, r) => send(r, 302, '', { location: '/loop/a' }),
  '/chain': (_q, r, url) => {
    const step = Number(url.searchParams.get('n') ?? '0');
    if (step >= 30) return send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p>`));
    send(r, 302, '', { location: `/chain?n=${step + 1}` });
  },
  '/calendar': (_q, r, url) => {
    const month = Number(url.searchParams.get('m') ?? '0');
    send(r, 200, html(`<p>Månad ${month}</p><a href="/calendar?m=${month + 1}">Nästa månad</a> <a href="/calendar?m=${month - 1}">Förra månaden</a>`));
  },
  '/huge': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    r.write(`<!doctype html><html lang="sv"><body><p>Telefon ${TRAP_PHONE}</p>`);
    const chunk = '<p>utfyllnad utfyllnad utfyllnad utfyllnad utfyllnad utfyllnad</p>\n'.repeat(1000);
    let written = 0;
    const pump = () => {
      while (written < 6 * 1024 * 1024) {
        written += chunk.length;
        if (!r.write(chunk)) return void r.once('drain', pump);
      }
      r.end('</body></html>');
    };
    pump();
  },
  '/never-loads': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p><img src="/hang" alt="">`)),
  '/hang': () => undefined,
  '/busy': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p><script>for(;;){}</script>`)),
  '/busy-later': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p><script>document.addEventListener('DOMContentLoaded', () => setTimeout(() => { for(;;){} }, 0));</script>`)),
  '/dialogs': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p>
    <script>alert('hej'); confirm('säker?'); prompt('namn?'); window.addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });</script>`)),
  '/download': (_q, r) => send(r, 200, 'binary', { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="virus.exe"' }),
  '/popup': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p><a href="/contact" target="_blank">Kontakt</a>
    <script>window.open('/contact'); window.open('https://example.com/');</script>`)),
  '/document': (_q, r) => send(r, 200, Buffer.from('%PDF-1.4\n%âãÏÓ\n'), { 'content-type': 'application/pdf' }),
  '/e404': (_q, r) => send(r, 404, html('<p>Finns inte</p>')),
  '/e500': (_q, r) => send(r, 500, html('<p>Fel</p>')),
  '/e503': (_q, r) => send(r, 503, html('<p>Underhåll</p>'), { 'retry-after': '3600' }),
  '/drip': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const timer = setInterval(() => r.write(' '), 1000);
    r.on('close', () => clearInterval(timer));
  },
  '/many-links': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p>${Array.from({ length: 20_000 }, (_, i) => `<a href="/calendar?m=${i}">${i}</a>`).join(' ')}`)),
  '/refresh': (_q, r) => send(r, 200, html('<p>Flyttad</p>', '<meta http-equiv="refresh" content="0; url=/contact">')),
  '/framed': (_q, r) => send(r, 200, html(`<h1>Kundtjänst</h1><iframe src="/frame-content" title="Kontakt" width="400" height="200"></iframe>`)),
  '/frame-content': (_q, r) => send(r, 200, html(`<footer><p>Telefon ${FRAME_PHONE}</p></footer>`)),
  '/frame-hidden-content': (_q, r) => send(r, 200, html(`<p>Telefon ${HIDDEN_PHONE}</p><p>E-post ${HOSTILE_EMAILS.hidden}</p>`)),
  // The same frame from another origin (localhost is not 127.0.0.1 to the browser): it cannot be read from the page.
  '/cross-frame': (q, r) => {
    const port = /:(\d+)$/.exec(q.headers.host ?? '')?.[1] ?? '80';
    send(r, 200, html(`<h1>Kundtjänst</h1><iframe src="http://localhost:${port}/frame-content" width="400" height="200"></iframe>`));
  },
  '/shadow': (_q, r) => send(r, 200, html(`<h1>Kundtjänst</h1>${shadow('card', `<section><p>Mejla oss: ${HOSTILE_EMAILS.shadow}</p></section>`)}`)),
  // A web component whose button reveals the number inside its shadow root: one click.
  '/shadow-reveal': (_q, r) => send(r, 200, html(`<h1>Kundtjänst</h1><div id="widget"></div><script>
    const root = document.getElementById('widget').attachShadow({ mode: 'open' });
    root.innerHTML = '<button type="button">Visa telefonnummer</button><p hidden>Telefon ${FRAME_PHONE}</p>';
    root.querySelector('button').addEventListener('click', () => { root.querySelector('p').hidden = false; });
  </script>`)),
  // Hidden in every way a frame or a shadow root can hide: none of it is there for a person.
  '/hidden-inside': (_q, r) => send(r, 200, html(`<h1>Kundtjänst</h1>
    <iframe src="/frame-hidden-content" style="display:none"></iframe>
    <iframe src="/frame-hidden-content" width="0" height="0" style="border:0"></iframe>
    <iframe src="/frame-hidden-content" style="position:absolute; left:-5000px"></iframe>
    ${shadow('hidden-host', `<p>E-post ${HOSTILE_EMAILS.hidden}</p>`, 'hidden')}
    ${shadow('hidden-part', `<p style="display:none">Telefon ${HIDDEN_PHONE}</p><p>Vi svarar inom en dag.</p>`)}`)),
  // Every way a page can point the crawler at the local disk or the browser's own pages.
  '/file-links': (_q, r) => send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p>
    <p><a href="file:///etc/passwd">Lösenord</a> <a href="file:///C:/Windows/win.ini">Inställningar</a> <a href="chrome://settings">Krom</a>
    <a href="view-source:file:///etc/hosts">Källa</a></p><iframe src="file:///etc/passwd"></iframe>
    <script>setTimeout(() => { location.href = 'file:///etc/passwd'; }, 50);</script>`, '<meta http-equiv="refresh" content="0; url=file:///etc/passwd">')),
  // Shows the number to a first-time visitor only, remembered by cookie and by localStorage.
  '/remember': (q, r) => {
    const seen = /(?:^|;\s*)seen=1/.test(q.headers.cookie ?? '');
    send(r, 200, html(seen ? '<p>Välkommen tillbaka</p>' : `<p id="first">Telefon ${TRAP_PHONE}</p>
      <script>if (localStorage.getItem('seen')) document.getElementById('first').remove(); localStorage.setItem('seen', '1');</script>`),
    seen ? {} : { 'set-cookie': 'seen=1; Path=/; Max-Age=3600' });
  },
  '/latin1': (_q, r) => send(r, 200, Buffer.from('<!doctype html><html lang="sv"><body><h2>Öppettider</h2><p>Måndag-fredag 08.00-17.00</p><p>Växel 08-765 43 21</p></body></html>', 'latin1'), { 'content-type': 'text/html; charset=iso-8859-1' }),
};

export interface HostileOptions {
  /**
   * Kills the browser that asked for a crash route. `/crash` does it on the first request only
   * (read again after a restart, it shows a number and links on to `/after`); `/crash-always`
   * on every request; `/crashers` links to four pages that each kill the browser.
   */
  killBrowser?: () => void;
  /** Served as /robots.txt; without it, robots.txt is missing (404) and everything is allowed. */
  robotsTxt?: string;
  /** Told of every request, before it is answered, and whether a browser sent it to load a page (not a script's or plain HTTP fetch). */
  onRequest?: (url: URL, pageLoad: boolean) => void;
}

export const HOSTILE_AFTER_CRASH_EMAIL = 'efter@exempel.se';

export async function serveHostileSite(options: HostileOptions = {}): Promise<HostileSite> {
  const sockets = new Set<import('node:net').Socket>();
  let crashes = 0;
  // Routes that depend on this server's options and state.
  const siteRoutes: Record<string, Route> = {
    '/crash': (_q, r) => {
      if (crashes++ === 0) return options.killBrowser?.();
      send(r, 200, html(`<p>Telefon ${TRAP_PHONE}</p><p><a href="/after">Mer hjälp</a></p>`));
    },
    '/after': (_q, r) => send(r, 200, html(`<p>E-post ${HOSTILE_AFTER_CRASH_EMAIL}</p>`)),
    '/crash-always': () => options.killBrowser?.(),
    '/robots.txt': (_q, r) => (options.robotsTxt === undefined ? send(r, 404, 'not found') : send(r, 200, options.robotsTxt, { 'content-type': 'text/plain' })),
    '/crashers': (_q, r) => send(r, 200, html(Array.from({ length: 4 }, (_, i) => `<p><a href="/crash-always?n=${i}">Sida ${i}</a></p>`).join(''))),
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    options.onRequest?.(url, request.headers['sec-fetch-mode'] === 'navigate');
    const route = ROUTES[url.pathname] ?? siteRoutes[url.pathname];
    if (route) route(request, response, url);
    else send(response, 404, html('<p>Finns inte</p>'));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
