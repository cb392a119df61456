import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite, type CrawlOptions } from '../../src/crawl/crawl-site.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import type { PageSnapshot } from '../../src/model/page-snapshot.js';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';
import { FIXTURES_DIR } from '../helpers/fixture-sites.js';
import { page, serveTempSite } from '../helpers/temp-site.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function crawl(site: ServedSite, options: Partial<CrawlOptions> = {}, canStop: (next: number, recorded: readonly PageSnapshot[]) => boolean = () => false) {
  const snapshots: PageSnapshot[] = [];
  const deadline = Date.now() + 60_000;
  try {
    const outcome = await crawlSite(browser, {
      startUrl: site.url, maxPages: 60, maxDepth: 4, deadline: () => deadline, device: 'desktop', concurrency: 3,
      probes: { globals: ['kontaktkollProbe'], selectors: ['#chat-launcher'] }, ...options,
    }, { onSnapshot: (snapshot) => snapshots.push(snapshot), canStop: (next) => canStop(next, snapshots) });
    return { outcome, snapshots };
  } finally {
    await site.close();
  }
}

const pathOf = (snapshot: PageSnapshot) => new URL(snapshot.url).pathname;

describe('breadth-first crawl by clicks', () => {
  it('counts clicks along visible links only, with the path of labels', async () => {
    const { outcome, snapshots } = await crawl(await serveStaticSite(join(FIXTURES_DIR, 'deep-contact')));
    expect(outcome.stoppedBecause).toBe('complete');
    const deep = snapshots.find((s) => pathOf(s) === '/kundservice/kontakta-oss/telefon-och-epost/')!;
    // The home page links there directly, but inside display:none: that link is not a click a person can make.
    expect(deep.clicks).toBe(3);
    expect(deep.path.map((step) => step.action)).toEqual(['start', 'link', 'link', 'link']);
    expect(deep.path.slice(1).map((step) => step.label)).toEqual(['Kundservice', 'Kontakta oss', 'Telefon och e-post']);
    const clicks = snapshots.map((s) => s.clicks);
    expect(clicks).toEqual([...clicks].sort((a, b) => a - b));
    expect(new Set(snapshots.map(pathOf)).size).toBe(snapshots.length);
  });

  it('labels a step as its link is written, not in the capitals a stylesheet draws it in', async () => {
    const { snapshots } = await crawl(await serveTempSite({
      'index.html': page(`<style>nav a { text-transform: uppercase } .kort { text-transform: capitalize }</style>
        <nav><a href="/om/">Om oss</a> <a href="/gata/">Storgatan</a></nav><main><a class="kort" href="/kontakt/">kontakta oss</a></main>`),
      'om/index.html': page('<h1>Om oss</h1>'),
      'gata/index.html': page('<h1>Gata</h1>'),
      'kontakt/index.html': page('<h1>Kontakt</h1>'),
    }));
    expect(snapshots[0]!.links.map((link) => link.text)).toEqual(['Om oss', 'Storgatan', 'kontakta oss']);
    expect(snapshots.find((s) => pathOf(s) === '/om/')!.path[1]!.label).toBe('Om oss');
  });

  it('is deterministic whatever the concurrency', async () => {
    const one = await crawl(await serveStaticSite(join(FIXTURES_DIR, 'deep-contact')), { concurrency: 1 });
    const four = await crawl(await serveStaticSite(join(FIXTURES_DIR, 'deep-contact')), { concurrency: 4 });
    expect(four.snapshots.map(pathOf)).toEqual(one.snapshots.map(pathOf));
  });

  it('stops early when told nothing shallower can be found', async () => {
    const { outcome, snapshots } = await crawl(await serveStaticSite(join(FIXTURES_DIR, 'deep-contact')), {}, () => true);
    expect(outcome.stoppedBecause).toBe('early-stop');
    expect(snapshots).toHaveLength(1);
    expect(outcome.unexaminedFromClicks).toBeNull();
  });

  it('stops early in the order views are recorded: pages read while a slow contact page loaded are left out, whatever finished first', async () => {
    const others = ['om', 'priser', 'blogg', 'jobb', 'historia', 'team'];
    const html = (body: string) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const send = (body: string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(body));
      if (path === '/') return send(`<nav><a href="/kontakt/">Kontakt</a> ${others.map((name) => `<a href="/${name}/">${name}</a>`).join(' ')}</nav>`);
      // The contact page, taken first, answers last.
      if (path === '/kontakt/') return void setTimeout(() => send('<h1>Kontakt</h1><p>Ring 08-123 456 78</p>'), 1_500);
      send(`<h1>${path}</h1>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const { outcome, snapshots } = await crawl(
      { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) },
      { engine: 'browser', concurrency: 3 },
      (_next, recorded) => recorded.some((snapshot) => pathOf(snapshot) === '/kontakt/'),
    );
    expect(snapshots.map(pathOf)).toEqual(['/', '/kontakt/']);
    expect(outcome.stoppedBecause).toBe('early-stop');
    expect(outcome.pagesVisited).toBe(2);
    expect(outcome.pages.map((crawled) => new URL(crawled.url).pathname)).toEqual(['/', '/kontakt/']);
    expect(outcome.pagesNotExamined).toBe(others.length);
  });

  it('reports the page budget and from which depth pages were not examined', async () => {
    const { outcome, snapshots } = await crawl(await serveStaticSite(join(FIXTURES_DIR, 'deep-contact')), { maxPages: 2 });
    expect(outcome.stoppedBecause).toBe('max-pages');
    expect(snapshots).toHaveLength(2);
    expect(outcome.unexaminedFromClicks).toBe(1);
    expect(outcome.pagesNotExamined).toBeGreaterThan(0);
    // contact-looking links are taken first within a depth
    expect(pathOf(snapshots[1]!)).toBe('/kundservice/');
  });

  it('reports the depth limit', async () => {
    const { outcome, snapshots } = await crawl(await serveStaticSite(join(FIXTURES_DIR, 'deep-contact')), { maxDepth: 1 });
    expect(outcome.stoppedBecause).toBe('max-depth');
    expect(Math.max(...snapshots.map((s) => s.clicks))).toBe(1);
    expect(outcome.unexaminedFromClicks).toBe(2);
  });

  it('honours robots.txt and stays in scope', async () => {
    const site = await serveTempSite({
      'robots.txt': 'User-agent: *\nDisallow: /hemligt/\n',
      'index.html': page('<a href="/hemligt/">Hemligt</a> <a href="/kontakt/">Kontakt</a> <a href="https://example.com/">Extern</a> <a href="mailto:a@exempel.se">Mejla</a>'),
      'hemligt/index.html': page('<p>secret</p>'),
      'kontakt/index.html': page('<p>Kontakt</p>'),
    });
    const { outcome, snapshots } = await crawl(site);
    expect(snapshots.map(pathOf)).toEqual(['/', '/kontakt/']);
    expect(outcome.blockedByRobots).toBe(1);
  });

  it('opens a menu every page repeats once, and each page\'s own controls and a menu that differs on every page', async () => {
    const toggle = '<script>document.querySelectorAll("[aria-controls]").forEach((b) => b.addEventListener("click", () => { b.setAttribute("aria-expanded", "true"); document.getElementById(b.getAttribute("aria-controls")).hidden = false; }));</script>';
    const menu = (links: string) => `<header><nav><a href="/">Hem</a> <a href="/om/">Om</a> <a href="/priser/">Priser</a>
      <button aria-expanded="false" aria-controls="tjanster">Tjänster</button><ul id="tjanster" hidden>${links}</ul></nav></header>`;
    const siteMenu = menu('<li><a href="/tjanster/bygg/">Bygg</a></li>');
    const body = (menuHtml: string, own: string) => page(`${menuHtml}<main><button aria-expanded="false" aria-controls="mer">Läs mer</button><div id="mer" hidden><p>${own}</p></div></main>${toggle}`);
    const { snapshots } = await crawl(await serveTempSite({
      'index.html': body(siteMenu, 'Om startsidan'),
      'om/index.html': body(siteMenu, 'Om oss, mer'),
      // The same button, but a menu of its own section: what it opens differs, so it is opened here too.
      'priser/index.html': body(menu('<li><a href="/priser/paket/">Paket</a></li>'), 'Priser, mer'),
      'tjanster/bygg/index.html': page('<h1>Bygg</h1>'),
      'priser/paket/index.html': page('<h1>Paket</h1>'),
    }));
    const opened = (label: string) => snapshots.filter((s) => s.path.at(-1)!.label === label).map((s) => `${pathOf(s)} ${s.clicks}`).sort();
    expect(opened('Tjänster')).toEqual(['/ 1', '/priser/ 2']);
    expect(opened('Läs mer')).toEqual(['/ 1', '/om/ 2', '/priser/ 2']);
    expect(snapshots.find((s) => pathOf(s) === '/priser/paket/')!.clicks).toBe(3);
    expect(snapshots.find((s) => pathOf(s) === '/tjanster/bygg/')!.clicks).toBe(2);
  });

  it('does not press again the control that opened a view, whose label now says it closes it', async () => {
    // As a hand-written theme has it: one button whose words flip once its text is shown, with no ARIA to say it is open.
    const flip = '<script>function vaxla(event) { const text = document.getElementById("mer"); text.classList.toggle("visas"); event.target.textContent = text.classList.contains("visas") ? "Läs mindre" : "Läs mer"; }</script>';
    const { snapshots } = await crawl(await serveTempSite({
      'index.html': page(`<style>#mer { display: none } #mer.visas { display: block }</style><main><h1>Om oss</h1><div id="mer"><p>Vi har funnits sedan 1962.</p></div><button class="toggle-btn" onclick="vaxla(event)">Läs mer</button></main>${flip}`),
    }));
    expect(snapshots.map((s) => s.path.slice(1).map((step) => step.label).join(' > '))).toEqual(['', 'Läs mer']);
    expect(snapshots[1]!.blocks.map((block) => block.text)).toContain('Vi har funnits sedan 1962.');
  });

  it('records broken pages and goes on', async () => {
    const site = await serveTempSite({
      'index.html': page('<a href="/saknas/">Saknas</a> <a href="/kontakt/">Kontakt</a>'),
      'kontakt/index.html': page('<p>Kontakt</p>'),
    });
    const { outcome, snapshots } = await crawl(site);
    expect(outcome.errors).toEqual([{ url: expect.stringMatching(/\/saknas\/$/), reason: 'HTTP 404' }]);
    expect(snapshots.map(pathOf)).toContain('/kontakt/');
  });
});

describe('reading a page as a person sees it', () => {
  const hiddenOnes = [
    '<p style="display:none">display-none 08-111 111 11</p>',
    '<p style="visibility:hidden">visibility-hidden</p>',
    '<p style="opacity:0">opacity-zero</p>',
    '<p hidden>hidden-attribute</p>',
    '<p style="position:absolute;left:-10000px">off-screen-left</p>',
    '<p style="position:absolute;top:-5000px">off-screen-top</p>',
    '<p style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">screen-reader-only</p>',
    '<div style="height:0;overflow:hidden"><p>collapsed-panel</p></div>',
    '<details><summary>Mer</summary><p>closed-details</p></details>',
    '<div style="display:none"><a href="/dold/">hidden-link</a></div>',
  ];

  it('keeps visible text in separate blocks and leaves hidden text out', async () => {
    const site = await serveTempSite({
      'index.html': page(`
        <header><nav><a href="/kontakt/">Kontakt</a></nav></header>
        <main>
          <p>Ring <strong>08-</strong>123 456 78</p>
          <p>Storgatan 1<br>111 22 Stockholm</p>
          <table><tr><td>Måndag–fredag</td><td>08.00–17.00</td></tr></table>
          <div style="display:flex"><span>45 67</span><span>Öppettider</span></div>
          ${hiddenOnes.join('\n')}
          <form action="/skicka"><label for="m">Meddelande</label><textarea id="m" name="m"></textarea><input type="hidden" name="t"><button>Skicka</button></form>
        </main>
        <footer><p>Org.nr 556677-8899</p></footer>
        <script>window.kontaktkollProbe = 1;</script>
        <div id="chat-launcher"></div>`),
      'kontakt/index.html': page('<p>Kontakt</p>'),
      'dold/index.html': page('<p>Dold</p>'),
    });
    const { snapshots } = await crawl(site, { maxDepth: 0 });
    const start = snapshots[0]!;
    const texts = start.blocks.map((block) => block.text);
    expect(texts).toContain('Ring 08-123 456 78');
    expect(texts).toContain('Storgatan 1\n111 22 Stockholm');
    expect(texts).toContain('Måndag–fredag | 08.00–17.00');
    expect(texts).toContain('45 67');
    expect(texts).toContain('Öppettider');
    const all = texts.join(' ');
    for (const hidden of ['display-none', 'visibility-hidden', 'opacity-zero', 'hidden-attribute', 'off-screen-left', 'off-screen-top', 'screen-reader-only', 'collapsed-panel', 'closed-details', 'hidden-link']) {
      expect(all, hidden).not.toContain(hidden);
    }
    expect(start.blocks.find((block) => block.text.startsWith('Org.nr'))?.region).toBe('footer');
    expect(start.links.map((link) => [new URL(link.href).pathname, link.text, link.region])).toEqual([['/kontakt/', 'Kontakt', 'nav']]);
    expect(start.forms).toHaveLength(1);
    expect(start.forms[0]!.fields.map((field) => [field.tag, field.label])).toEqual([['textarea', 'Meddelande']]);
    expect(start.forms[0]!.submitText).toBe('Skicka');
    expect(start.globals).toEqual(['kontaktkollProbe']);
    expect(start.selectors).toEqual(['#chat-launcher']);
    expect(start.lang).toBe('sv');
  });
});

describe('what the crawl\'s tabs request', () => {
  /** A site whose every page uses one script, one stylesheet, an image and a web font; the server counts each request by path. */
  async function countingSite(): Promise<{ site: ServedSite; requests: Map<string, number> }> {
    const requests = new Map<string, number>();
    const head = '<link rel="stylesheet" href="/site.css"><script src="/app.js"></script>';
    const files: Record<string, [string, string]> = {
      '/': ['text/html', page(`${head}<a href="/a">A</a> <a href="/b">B</a><img src="/logo.png" alt="logo"><p>Ring 08-123 456 78</p>`)],
      '/a': ['text/html', page(`${head}<a href="/">Hem</a> <a href="/b">B</a><img src="/logo.png" alt="logo"><p>Sida A</p>`)],
      '/b': ['text/html', page(`${head}<a href="/">Hem</a> <a href="/a">A</a><img src="/logo.png" alt="logo"><p>Sida B</p>`)],
      '/app.js': ['text/javascript', 'document.documentElement.dataset.ran = "1";'],
      '/site.css': ['text/css', '@font-face { font-family: Brand; src: url(/brand.woff2) format("woff2"); } body { font-family: Brand, sans-serif; }'],
      '/logo.png': ['image/png', 'not really a png'],
      '/brand.woff2': ['font/woff2', 'not really a font'],
    };
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      requests.set(path, (requests.get(path) ?? 0) + 1);
      const file = files[path];
      if (!file) return void response.writeHead(404).end();
      // As a real host sends them: the browser may keep each file for a while.
      response.writeHead(200, { 'content-type': file[0], 'cache-control': 'max-age=600' }).end(file[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return { site: { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }, requests };
  }

  it('fetches no image or font, and takes a script and a stylesheet every page shares from the browser\'s cache', async () => {
    const { site, requests } = await countingSite();
    const { snapshots } = await crawl(site, { concurrency: 1 });
    expect(snapshots.map(pathOf).sort()).toEqual(['/', '/a', '/b']);
    expect({
      image: requests.get('/logo.png') ?? 0, font: requests.get('/brand.woff2') ?? 0,
      script: requests.get('/app.js'), stylesheet: requests.get('/site.css'),
    }).toEqual({ image: 0, font: 0, script: 1, stylesheet: 1 });
  });
});
