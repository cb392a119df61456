import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { passConsent } from '../../src/interact/consent.js';
import { listActions, performAction } from '../../src/interact/page-actions.js';
import { serveStaticSite } from '../../src/serve/static-site-server.js';
import { FIXTURES_DIR } from '../helpers/fixture-sites.js';
import { page as html, serveTempSite } from '../helpers/temp-site.js';

let browser: Browser;
let tab: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  tab = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function onPage<T>(body: string, run: (page: Page) => Promise<T>, lang = 'sv'): Promise<T> {
  const site = await serveTempSite({ 'index.html': html(body, lang) });
  try {
    await tab.goto(site.url);
    return await run(tab);
  } finally {
    await site.close();
  }
}

/** Finds the page's first control, reloads (so it is found again by its key) and clicks it: where did that lead? */
async function clickFirstControl(url: string): Promise<{ navigated: boolean; path: string }> {
  await tab.goto(url);
  const [action] = await listActions(tab, [], 5);
  await tab.reload();
  const outcome = await performAction(tab, action!, []);
  return { navigated: outcome.navigated, path: new URL(tab.url()).pathname };
}

/** A picture with a box of its own: a data URL, since tests fetch nothing else. */
const PICTURE = '<img alt="Kundtjänst" width="40" height="30" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">';

describe('in-page actions', () => {
  it.each([
    ['a reveal button', '<button>Visa telefonnummer</button>', { kind: 'reveal', label: 'Visa telefonnummer' }],
    ['a Polish reveal button', '<button>Pokaż numer</button>', { kind: 'reveal', label: 'Pokaż numer' }],
    ['a closed <details>', '<details><summary>Öppettider</summary><p>mån–fre</p></details>', { kind: 'reveal', label: 'Öppettider' }],
    ['an accordion', '<button aria-expanded="false" aria-controls="p">Frågor</button><div id="p" hidden>x</div>', { kind: 'reveal', label: 'Frågor' }],
    ['an icon-only hamburger', '<header><button class="hamburger" aria-label="Meny">☰</button></header>', { kind: 'menu', label: 'Meny' }],
    ['a chat launcher', '<button>Chatta med oss</button>', { kind: 'chat', label: 'Chatta med oss' }],
    ['a script link', '<span role="link" onclick="void 0">Kontakt</span>', { kind: 'link', label: 'Kontakt' }],
    ['a picture that navigates by script', `<div onclick="location.href='/kontakt/'">${PICTURE}</div>`, { kind: 'link', label: 'Kundtjänst' }],
  ])('finds %s', async (_name, body, want) => {
    const actions = await onPage(body, (page) => listActions(page, [], 10));
    expect(actions.map(({ kind, label }) => ({ kind, label }))).toEqual([want]);
  });

  it.each([
    ['a form submit button', '<form><label>Namn <input></label><button>Visa nummer</button></form>'],
    ['a buy button', '<button onclick="void 0">Köp nu</button>'],
    ['a hidden reveal button', '<button style="display:none">Visa nummer</button>'],
    ['an open <details>', '<details open><summary>Öppettider</summary><p>x</p></details>'],
    ['a picture a lightbox opens larger', `<div class="image-container" onclick="openLightbox('a.png', 'Kundtjänst')">${PICTURE}</div>`],
    ['a gallery picture linked to "#"', `<a href="#" title="">${PICTURE}</a>`],
  ])('leaves alone %s', async (_name, body) => {
    expect(await onPage(body, (page) => listActions(page, [], 10))).toEqual([]);
  });

  it('replays a control by its key after a reload and reports a script navigation', async () => {
    const site = await serveTempSite({
      'index.html': html('<span role="link" onclick="location.href=\'/kontakt/\'">Kontakt</span>'),
      'kontakt/index.html': html('<p>Kontakt</p>'),
    });
    try {
      expect(await clickFirstControl(site.url)).toEqual({ navigated: true, path: '/kontakt/' });
    } finally {
      await site.close();
    }
  });

  it('waits for a script navigation that starts while the page reacts to the click, and reads the new page', async () => {
    // The handler first shows that it is working, then navigates: later than the first moment after the click.
    const slow = `this.textContent = 'Laddar…'; setTimeout(function () { location.href = '/kontakt/'; }, 300)`;
    const site = await serveTempSite({
      'index.html': html(`<span role="link" onclick="${slow}">Kontakt</span><p>Välkommen till oss.</p>`),
      'kontakt/index.html': html('<h1>Kontakt</h1><p>Ring oss på 08-123 456 70</p>'),
    });
    try {
      expect(await clickFirstControl(site.url)).toEqual({ navigated: true, path: '/kontakt/' });
      const result = await audit({ url: site.url, engine: 'browser', lang: 'en', timeoutSeconds: 30 }, {}, browser);
      expect(result.channels.phone.clicks).toBe(1);
      expect(result.channels.phone.path.map((step) => new URL(step.url).pathname)).toEqual(['/', '/kontakt/']);
    } finally {
      await site.close();
    }
  });
});

describe('a click that lands late', () => {
  it('is never repeated by the fallback: a slow toggle stays open instead of being closed by a second click', async () => {
    // The handler opens the panel, then keeps the page busy past the real click's bound (as a loaded machine does).
    const slowToggle = `var p = document.getElementById('p'); p.hidden = !p.hidden; this.setAttribute('aria-expanded', String(!p.hidden));
      var until = Date.now() + 3500; while (Date.now() < until) {}`;
    const body = `<button aria-expanded="false" aria-controls="p" onclick="${slowToggle}">Telefon</button><div id="p" hidden><p>Ring 08-123 456 70</p></div>`;
    const opened = await onPage(body, async (page) => {
      const [action] = await listActions(page, [], 5);
      await performAction(page, action!, []);
      return page.evaluate(() => !document.getElementById('p')!.hidden);
    });
    expect(opened).toBe(true);
  });
});

describe('cookie consent', () => {
  const dialog = (accept: string, reject: string) => `
    <p>Innehåll</p><footer><a href="tel:+4681234567">08-123 45 67</a></footer>
    <div role="dialog" style="position:fixed;inset:0;background:#fff">
      <p>Cookies / cookie consent</p>
      <button onclick="document.title='accepted';this.parentElement.remove()">${accept}</button>
      <button onclick="document.title='necessary';this.parentElement.remove()">${reject}</button>
    </div>`;
  it.each([
    ['sv', 'Acceptera alla', 'Endast nödvändiga'],
    ['da', 'Tillad alle', 'Afvis alle'],
    ['nb', 'Godta alle', 'Kun nødvendige'],
    ['fi', 'Hyväksy kaikki', 'Vain välttämättömät'],
    ['pl', 'Akceptuj wszystkie', 'Odrzuć wszystkie'],
    ['de', 'Alle akzeptieren', 'Nur notwendige'],
    ['en', 'Accept all', 'Reject all'],
  ])('%s: prefers "%s"’s alternative, the privacy-minded button', async (lang, accept, reject) => {
    const outcome = await onPage(dialog(accept, reject), async (page) => ({ pass: await passConsent(page), title: await page.title() }), lang);
    expect(outcome).toEqual({
      pass: { platform: 'generic', label: reject, clicks: 1, covered: true, passed: true },
      title: 'necessary',
    });
  });

  it.each([
    ['sv', 'Ok, jag förstår', 'Vår webbplats använder sig av cookies.'],
    ['da', 'Jeg forstår', 'Vi bruger cookies.'],
    ['en', 'OK, I understand', 'This site uses cookies.'],
  ])('%s: a banner script\'s own button (a span named "…agreeBtn") saying "%s" is pressed', async (lang, label, text) => {
    // A cookie bar with no choice but to acknowledge it: the one button is the way on.
    const bar = `<p>Innehåll</p><div id="cookieBar" style="position:fixed;bottom:0;left:0;right:0;background:#000;color:#fff">${text}
      <a href="/integritet">Läs mer</a><span id="cookieBar-agreeBtn" style="cursor:pointer;display:inline-block;padding:5px"
      onclick="document.title='acknowledged';this.parentElement.remove()">${label}</span></div>`;
    const outcome = await onPage(bar, async (page) => ({ pass: await passConsent(page), title: await page.title() }), lang);
    expect(outcome).toEqual({ pass: { platform: 'generic', label, clicks: 1, covered: false, passed: true }, title: 'acknowledged' });
  });

  it('a bar at the foot of a page that glides every scroll (`scroll-behavior: smooth`) does not cover a footer it leaves free', async () => {
    // The footer is scrolled to the middle of the view to be tested; a glide would still be far above it, with the bar under the point tested.
    const body = `<style>html { scroll-behavior: smooth }</style><p>Innehåll</p><div style="height:4000px"></div>
      <footer style="padding:40px"><a href="tel:+4681234567">08-123 45 67</a></footer><div style="height:600px"></div>
      <div id="cookieBar" style="position:fixed;bottom:0;left:0;right:0;height:120px;background:#000;color:#fff">Vi använder cookies.
      <button onclick="document.title='necessary';this.parentElement.remove()">Endast nödvändiga</button>
      <button onclick="this.parentElement.remove()">Acceptera alla</button></div>`;
    const outcome = await onPage(body, async (page) => ({ pass: await passConsent(page), title: await page.title() }));
    expect(outcome).toEqual({ pass: { platform: 'generic', label: 'Endast nödvändiga', clicks: 1, covered: false, passed: true }, title: 'necessary' });
  });

  it('presses as a person does: a dialog that answers only a pointer\'s own click, and one still sliding in by script, are each passed in one click', async () => {
    const trusted = `<p>Innehåll</p><div id="bar" style="position:fixed;bottom:0;left:0;right:0;background:#000;color:#fff">Vi använder cookies.
      <button id="ok">Endast nödvändiga</button></div>
      <script>document.getElementById('ok').addEventListener('click', (event) => { if (event.isTrusted) { document.title = 'necessary'; document.getElementById('bar').remove(); } });</script>`;
    // The box glides up from below the fold a pixel a frame for its first half second, as a script animates it: pressed once in view.
    const sliding = `<p>Innehåll</p><div id="bar" style="position:fixed;left:0;right:0;bottom:-30px;background:#000;color:#fff">Vi använder cookies.
      <button onclick="document.title='necessary';document.getElementById('bar').remove()">Endast nödvändiga</button></div>
      <script>const start = performance.now(); const bar = document.getElementById('bar');
        const step = () => { const t = performance.now() - start; bar.style.bottom = Math.min(0, -30 + t / 16) + 'px'; if (t < 500) requestAnimationFrame(step); };
        requestAnimationFrame(step);</script>`;
    for (const body of [trusted, sliding]) {
      const outcome = await onPage(body, async (page) => ({ pass: await passConsent(page), title: await page.title() }));
      expect(outcome).toEqual({ pass: { platform: 'generic', label: 'Endast nödvändiga', clicks: 1, covered: false, passed: true }, title: 'necessary' });
    }
  });

  it('reports nothing when there is no dialog', async () => {
    expect(await onPage('<p>Välkommen</p>', (page) => passConsent(page))).toBeNull();
  });
});

describe('actions in the breadth-first audit', () => {
  it('takes no action that leaves the site', async () => {
    let outsideHits = 0;
    const outside = createServer((_request, response) => {
      outsideHits++;
      response.end('<p>Telefon 08-123 45 67</p>');
    });
    await new Promise<void>((resolve) => outside.listen(0, '127.0.0.1', resolve));
    // Another host name for the loopback address is another site to the scope rules.
    const away = `http://localhost:${(outside.address() as AddressInfo).port}/`;
    const site = await serveTempSite({
      'index.html': html(`<span role="link" onclick="location.href='${away}'">Kontakt</span><p>E-post: info@exempel.se</p>`
        // A popup a script opens, on loading and on a click, is not a view and must not reach another site either.
        + `<button type="button" onclick="window.open('${away}?button')">Chatta med oss</button><script>window.open('${away}?load')</script>`),
    });
    try {
      const result = await audit({ url: site.url, lang: 'en', timeoutSeconds: 30 }, {}, browser);
      expect({ outsideHits, phone: result.channels.phone.found, email: result.channels.email.clicks }).toEqual({ outsideHits: 0, phone: false, email: 0 });
    } finally {
      await site.close();
      await new Promise((resolve) => outside.close(resolve));
    }
  });

  it('saves screenshots of each found channel and of the consent barrier', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-shots-'));
    const site = await serveStaticSite(join(FIXTURES_DIR, 'consent-wall'));
    try {
      const result = await audit({ url: site.url, lang: 'en', timeoutSeconds: 30, screenshots: dir }, {}, browser);
      expect(result.channels.phone.screenshot).toBe(join(dir, 'desktop-phone.png'));
      expect(result.barriers[0]?.screenshot).toBe(join(dir, 'desktop-barrier-consent.png'));
      const files = [result.channels.phone.screenshot, result.channels.email.screenshot, result.barriers[0]?.screenshot];
      expect(files.map((file) => file !== undefined && existsSync(file))).toEqual([true, true, true]);
    } finally {
      await site.close();
    }
  });
});
