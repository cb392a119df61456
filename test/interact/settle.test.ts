import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { SCRIPT_WATCH, waitForSettle } from '../../src/interact/settle.js';
import { settlePage, type SettleSettings } from '../../src/page/settle-page.js';
import { page as html, serveTempSite } from '../helpers/temp-site.js';

let browser: Browser;
let watched: BrowserContext;
let plain: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  watched = await browser.newContext();
  await watched.addInitScript(...SCRIPT_WATCH);
  plain = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function settledOn(body: string, context = watched): Promise<string> {
  const site = await serveTempSite({ 'index.html': html(body), 'frame.html': html('<p>Ram</p>') });
  const tab = await context.newPage();
  try {
    await tab.goto(site.url, { waitUntil: 'load' });
    return await waitForSettle(tab);
  } finally {
    await tab.close();
    await site.close();
  }
}

describe('a page that can run no code is settled once loaded', () => {
  it('a page of text and links does not wait for a quiet spell', async () => {
    expect(await settledOn('<h1>Kontakt</h1><p>Ring <a href="tel:+46812345670">08-123 456 70</a></p>')).toBe('static');
  });

  it.each([
    ['a script', '<p>Hej</p><script>void 0</script>'],
    ['a script that removed itself after it ran', '<p>Hej</p><script>document.currentScript.remove()</script>'],
    ['an inline event handler (an image that fails fires onerror)', '<img src="/saknas.png" alt="" onerror="void 0"><p>Hej</p>'],
    ['a frame, whose script may reach its parent', '<iframe src="/frame.html" title="Ram"></iframe>'],
    ['a shadow root, which the scan cannot see into', '<div><template shadowrootmode="open"><p>Inne</p></template></div>'],
  ])('a page with %s waits for a quiet spell', async (_name, body) => {
    expect(await settledOn(body)).toBe('quiet');
  });

  it('a page that can run no code is settled once its CSS fade-in has ended, not the moment it loaded', async () => {
    // At real time here (no crawl tab's fast clock): the fade takes 600 ms after a 300-ms delay; beside it a spinner that never ends.
    const body = `<style>@keyframes fram { from { opacity: 0 } to { opacity: 1 } } @keyframes snurr { to { transform: rotate(1turn) } }
      .senare { opacity: 0; animation: fram 600ms 300ms forwards } .snurra { animation: snurr 1s linear infinite }</style>
      <p class="senare">Ring 08-123 456 70</p><span class="snurra">·</span>`;
    const site = await serveTempSite({ 'index.html': html(body) });
    const tab = await watched.newPage();
    try {
      await tab.goto(site.url, { waitUntil: 'load' });
      expect(await waitForSettle(tab)).toBe('static');
      expect(await tab.locator('.senare').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    } finally {
      await tab.close();
      await site.close();
    }
  });

  it('without the watcher (a context the crawl did not set up) every page waits', async () => {
    expect(await settledOn('<h1>Kontakt</h1><p>Hej</p>', plain)).toBe('quiet');
  });

  it('a slider that sets its slides\' attributes on every frame, forever, is an animation: the page is quiet while it runs', async () => {
    const slider = `<ul class="slides"><li id="s1">Ett</li><li>Två</li></ul><p>Hej</p><script>
      const slide = document.getElementById('s1');
      (function tick() { slide.style.opacity = String(Math.random()); slide.className = slide.className === 'on' ? 'off' : 'on'; requestAnimationFrame(tick); })();
    </script>`;
    expect(await settledOn(slider)).toBe('quiet');
  });

  it('a ticker that keeps putting in new nodes is still changing', async () => {
    const ticker = `<ul id="t"></ul><script>
      setInterval(function () { const li = document.createElement('li'); li.textContent = String(Date.now()); document.getElementById('t').replaceChildren(li); }, 50);
    </script>`;
    expect(await settledOn(ticker)).toBe('busy');
  });

  it('counters that run up by writing their numbers anew (textContent) are an animation: the page is quiet while they run', async () => {
    const counters = `<p>Nöjda kunder: <span class="stat-number">0</span>, år i branschen: <span class="stat-number">0</span></p><script>
      for (const el of document.querySelectorAll('.stat-number')) { let n = 0; setInterval(function () { el.textContent = String(n += 7); }, 16); }
    </script>`;
    expect(await settledOn(counters)).toBe('quiet');
  });

  it('a ticker that writes each message anew into one element, forever, is an animation too', async () => {
    const messages = `<p id="bar"></p><script>
      const bar = document.getElementById('bar'); let i = 0;
      setInterval(function () { bar.textContent = ['Fri frakt', 'Öppet köp', 'Snabb leverans'][i++ % 3]; }, 50);
    </script>`;
    expect(await settledOn(messages)).toBe('quiet');
  });

  it('a line a typewriter writes out letter by letter is waited for to its end, however often its text is set', async () => {
    // About a second to write out: longer than the quiet spell after a few letters, within the settle bound (2 s).
    const line = 'Tel. 08-123 456 70';
    // A page a person can already read and move on from, so not waited for as an empty shell filling in.
    const typed = `<nav><a href="/">Hem</a> <a href="/om/">Om oss</a></nav><main><h1>Kundservice</h1>
      <p>Vi säljer och lagar symaskiner i Lund sedan 1962, och svarar gärna på frågor om allt vi säljer.</p><p id="typed"></p></main><script>
      const el = document.getElementById('typed'); let i = 0;
      const timer = setInterval(function () { el.textContent = ${JSON.stringify(line)}.slice(0, ++i); if (i >= ${line.length}) clearInterval(timer); }, 60);
    </script>`;
    const site = await serveTempSite({ 'index.html': html(typed) });
    try {
      const result = await audit({ url: site.url, engine: 'browser', lang: 'en', timeoutSeconds: 60 }, {}, browser);
      // The whole number, not the few letters written when the page first fell quiet.
      expect(result.channels.phone.items.map((item) => item.value)).toEqual(['+46812345670']);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('a number written late, beside a slider that never stops, is still read', async () => {
    const late = `<main><h1>Kundservice</h1><p id="nr"></p><div id="slide">Erbjudande</div></main><script>
      const slide = document.getElementById('slide');
      (function tick() { slide.style.transform = 'translateX(' + (Date.now() % 100) + 'px)'; requestAnimationFrame(tick); })();
      setTimeout(function () { document.getElementById('nr').textContent = 'Ring oss på 08-123 456 70'; }, 200);
    </script>`;
    const site = await serveTempSite({ 'index.html': html(late) });
    try {
      const result = await audit({ url: site.url, engine: 'browser', lang: 'en', timeoutSeconds: 60 }, {}, browser);
      expect(result.channels.phone.clicks).toBe(0);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('a number written late by a script that removed itself is still read', async () => {
    const late = `<main><h1>Kundservice</h1><p id="nr"></p></main><script>
      document.currentScript.remove();
      setTimeout(function () { document.getElementById('nr').textContent = 'Ring oss på 08-123 456 70'; }, 200);
    </script>`;
    const site = await serveTempSite({ 'index.html': html(late) });
    try {
      const result = await audit({ url: site.url, engine: 'browser', lang: 'en', timeoutSeconds: 60 }, {}, browser);
      expect(result.channels.phone.found).toBe(true);
      expect(result.channels.phone.clicks).toBe(0);
    } finally {
      await site.close();
    }
  }, 120_000);
});

/**
 * A header, menu or footer a script fetches from the site and writes in (an "include loader"):
 * nothing in the DOM changes while the request is on its way, and on a busy machine it is on its
 * way longer than a quiet spell. The server here holds the footer back for 1.7 s.
 */
describe('content a script fetches from the site is waited for', () => {
  const FOOTER = '<footer><a href="/kontakt/">Kontakt</a> · <a href="mailto:info@exempel.se">info@exempel.se</a></footer>';
  const loaders = {
    fetch: "fetch('/includes/footer.html').then(function (r) { return r.text(); }).then(function (t) { document.getElementById('footer').innerHTML = t; });",
    XMLHttpRequest: "var x = new XMLHttpRequest(); x.open('GET', '/includes/footer.html'); x.onload = function () { document.getElementById('footer').innerHTML = x.responseText; }; x.send();",
  };
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const send = (body: string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      if (path === '/includes/footer.html') return void setTimeout(() => send(FOOTER), 1_700);
      // A long poll to another host (a chat vendor's) that never answers: no content the page waits for.
      if (path === '/poll' || path === '/hang') return;
      if (path === '/kontakt/') return send(html('<h1>Kontakt</h1><p>Vi svarar vardagar.</p>'));
      const loader = path === '/xhr/' ? loaders.XMLHttpRequest
        : path === '/poll-elsewhere/' ? "fetch('http://localhost:' + location.port + '/poll');"
          : path === '/hang-own/' ? "fetch('/hang');" : loaders.fetch;
      send(html(`<main><h1>Välkommen</h1><p>Vi säljer cyklar.</p></main><div id="footer"></div><script>${loader}</script>`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it.each([['fetch', '/'], ['XMLHttpRequest', '/xhr/']])('a footer fetched with %s is in the page once it is settled', async (_how, path) => {
    const tab = await watched.newPage();
    try {
      await tab.goto(origin + path, { waitUntil: 'load' });
      expect(await waitForSettle(tab)).toBe('quiet');
      // Read at once, as the crawl reads: no waiting for the element to appear.
      expect(await tab.evaluate(() => document.body.innerText)).toContain('info@exempel.se');
    } finally {
      await tab.close();
    }
  });

  it.each([
    ['a request to another site that never answers does not hold the page', '/poll-elsewhere/', 'quiet'],
    ['a request of its own that never answers is given up on: the page is read as it is', '/hang-own/', 'busy'],
  ])('%s', async (_name, path, settled) => {
    const tab = await watched.newPage();
    try {
      await tab.goto(origin + path, { waitUntil: 'load' });
      expect(await waitForSettle(tab)).toBe(settled);
    } finally {
      await tab.close();
    }
  });

  it.each(['browser', 'auto'] as const)('engine %s finds the footer\'s e-mail on the start page, and the contact page it links to', async (engine) => {
    const result = await audit({ url: `${origin}/`, engine, lang: 'en', timeoutSeconds: 60 }, {}, browser);
    expect(result.channels.email.clicks).toBe(0);
    expect((result.crawl.pages ?? []).map((page) => new URL(page.url).pathname)).toContain('/kontakt/');
  }, 120_000);
});

describe('a freshly loaded page is read after its scripts\' queued work, not after an idle frame', () => {
  /** The loaded page's settling with its bound on the scripts' work far beyond the test's own limit. */
  const loaded: SettleSettings = {
    mode: 'loaded', maxMs: 2_000, requestMaxMs: 2_000, requestGraceMs: 500, quietMs: 250, briefMs: 50, watcher: SCRIPT_WATCH[1], growMaxMs: 2_000,
    idleMs: 600_000, shellText: 100, shellMs: 3_000, shellLinks: 1, repeatsCounted: 3, animationMs: 2_000,
  };

  it('a page that animates every frame with no time to spare still settles after a hydration chain, and not before its end', async () => {
    // A chain of tasks each queuing the next (as React's scheduler hydrates), beside an animation whose every frame
    // takes longer than a frame lasts: the main thread never has an idle period, but is free between tasks.
    const body = `<h1>Kontakt</h1><p>${'Vi svarar på frågor om el, gas och fjärrvärme, vardagar och helger. '.repeat(3)}</p>
      <a href="/kontakt/">Kontakt</a> <a href="/om/">Om oss</a><div id="spinner">·</div><script>
      const spinner = document.getElementById('spinner');
      (function frame() { const until = performance.now() + 30; while (performance.now() < until) {} spinner.style.opacity = String(Math.random()); requestAnimationFrame(frame); })();
      const channel = new MessageChannel();
      let left = 30;
      channel.port1.onmessage = () => { const until = performance.now() + 5; while (performance.now() < until) {} if (--left > 0) channel.port2.postMessage(null); else window.hydrated = true; };
      channel.port2.postMessage(null);
    </script>`;
    const site = await serveTempSite({ 'index.html': html(body) });
    const tab = await watched.newPage();
    try {
      await tab.goto(site.url, { waitUntil: 'load' });
      // Far beyond the milliseconds it takes; an idle callback would wait out the 600 s bound.
      const held = new Promise<'held'>((resolve) => setTimeout(() => resolve('held'), 60_000).unref());
      const settled = tab.evaluate(settlePage, loaded).then(() => tab.evaluate(() => (window as unknown as { hydrated?: boolean }).hydrated === true));
      expect(await Promise.race([settled, held])).toBe(true);
    } finally {
      await tab.close();
      await site.close();
    }
  }, 120_000);
});

/**
 * A page settles sooner than the quiet spell when nothing it has coming could change it; what it
 * has coming is waited for. Each page here writes its number 150 ms after it loaded — after the
 * brief spell, within the full one — by a way the watcher follows.
 */
describe('what a page has coming keeps it from settling sooner', () => {
  const NUMBER = 'Ring oss på 08-123 456 70';
  const write = `function (text) { var p = document.createElement('p'); p.textContent = text; document.querySelector('main').appendChild(p); }`;
  const pages: Record<string, string> = {
    '/timer/': `setTimeout(${write}, 150, ${JSON.stringify(NUMBER)});`,
    '/timer-replaced/': `var t = setTimeout(function () {}, 20); clearTimeout(t); setTimeout(function () { (${write})(${JSON.stringify(NUMBER)}); }, 150);`,
    '/interval/': `var n = 0, i = setInterval(function () { if (++n === 3) { clearInterval(i); (${write})(${JSON.stringify(NUMBER)}); } }, 50);`,
    '/script/': "window.addEventListener('load', function () { var s = document.createElement('script'); s.src = '/late.js'; document.head.appendChild(s); });",
    '/style/': "window.addEventListener('load', function () { var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = '/late.css'; document.head.appendChild(l); });",
  };
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      const send = (type: string, body: string) => response.writeHead(200, { 'content-type': type }).end(body);
      if (path === '/late.js') return void setTimeout(() => send('text/javascript', `(${write})(${JSON.stringify(NUMBER)});`), 150);
      if (path === '/late.css') return void setTimeout(() => send('text/css', '#nr { display: block }'), 150);
      const script = pages[path] ?? '';
      send('text/html; charset=utf-8', html(`<style>.later { display: none }</style><main><h1>Kundservice</h1><p>Vi svarar vardagar.</p><p id="nr" class="later">${path === '/style/' ? NUMBER : ''}</p></main><script>${script}</script>`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it.each([
    ['a timer its script set (given its arguments)', '/timer/'],
    ['a timer set after another was cleared', '/timer-replaced/'],
    ['an interval, on its third tick', '/interval/'],
    ['a script it added, on its way from the server', '/script/'],
    ['a style sheet it added, on its way from the server, that shows the number', '/style/'],
  ])('%s', async (_name, path) => {
    const tab = await watched.newPage();
    try {
      await tab.goto(origin + path, { waitUntil: 'load' });
      expect(await waitForSettle(tab)).toBe('quiet');
      // Read at once, as the crawl reads.
      expect(await tab.evaluate(() => document.body.innerText)).toContain('08-123 456 70');
    } finally {
      await tab.close();
    }
  });

  it('the page\'s own timers keep working as the page wrote them', async () => {
    const tab = await watched.newPage();
    try {
      await tab.goto(`${origin}/timer/`, { waitUntil: 'load' });
      const answers = await tab.evaluate(() => new Promise<unknown[]>((resolve) => {
        const seen: unknown[] = [typeof setTimeout(() => undefined, 0)];
        const cleared = setTimeout(() => seen.push('cleared timer ran'), 10);
        clearTimeout(cleared);
        let ticks = 0;
        const every = setInterval(() => {
          if (++ticks < 3) return;
          clearInterval(every);
          setTimeout((a: string, b: number) => resolve([...seen, a, b, ticks]), 20, 'a', 2);
        }, 10);
      }));
      expect(answers).toEqual(['number', 'a', 2, 3]);
    } finally {
      await tab.close();
    }
  });
});
