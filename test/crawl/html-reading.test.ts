import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlPage } from '../../src/crawl/http/html-page.js';
import { readHtml } from '../../src/crawl/http/html-reading.js';
import { browserReason, chatScriptsOf, controlsOf, KnownControls } from '../../src/crawl/http/needs-browser.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { listActions } from '../../src/interact/page-actions.js';
import { visitPage, type PageReading } from '../../src/crawl/visit-page.js';
import type { SnapshotProbes } from '../../src/model/page-snapshot.js';
import { page, serveTempSite } from '../helpers/temp-site.js';

const PROBES: SnapshotProbes = { globals: ['Intercom'], selectors: ['#chat-launcher'] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The same HTML read by the browser's snapshot script, for comparison. */
async function browserReading(html: string): Promise<PageReading> {
  const site = await serveTempSite({ 'index.html': html });
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const outcome = await visitPage(tab, site.url, PROBES, { navigationMs: 20_000, settleMs: 2_000, readMs: 10_000 });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.reading;
  } finally {
    await context.close();
    await site.close();
  }
}

function httpReading(html: string, url = 'http://127.0.0.1:1/'): PageReading {
  return readHtml(new HtmlPage(html, url), 200, PROBES);
}

/** What the two readings must share; URLs are compared by path, since the test server's port varies. */
function comparable(reading: PageReading) {
  const path = (href: string) => href.replace(/^http:\/\/127\.0\.0\.1:\d+/, '');
  return {
    title: reading.title,
    lang: reading.lang,
    blocks: reading.blocks,
    links: reading.links.map((link) => ({ ...link, href: path(link.href) })),
    buttons: reading.buttons,
    forms: reading.forms.map((form) => ({ ...form, action: path(form.action) })),
    images: reading.images.map((image) => ({ ...image, src: path(image.src) })),
    jsonLd: reading.jsonLd,
  };
}

const STATIC_PAGE = page(`
  <header><a href="/">Hem</a> <a href="kontakt/">Kontakta <b>oss</b></a></header>
  <nav><ul><li><a href="/om-oss.html">Om oss</a></li><li><a href="/villkor.html" title="Köpvillkor"><img src="/v.png" alt="Villkor"></a></li></ul></nav>
  <main>
    <h1>Kundservice</h1>
    <p>Ring oss på <strong>08-123 45 67</strong><br>Öppet vardagar 9–17</p>
    <div>Text <span>inline</span> and <em>more</em><div>nested block</div>after nested</div>
    <table><tr><th>Måndag</th><td>9–17</td></tr><tr><td>Lördag</td><td>Stängt</td></tr></table>
    <p hidden>Dold 08-999 99 99</p>
    <p style="display: none">Också dold 08-888 88 88</p>
    <p style="visibility:hidden">Osynlig</p>
    <p aria-hidden="true">Syns ändå</p>
    <template><p>Mall 08-777 77 77</p></template>
    <noscript><p>Utan skript</p></noscript>
    <details><summary>Visa adress</summary><p>Storgatan 1, 111 22 Stockholm</p></details>
    <form action="/skicka" method="POST"><h2>Skriv till oss</h2>
      <label for="n">Namn</label><input id="n" name="namn" required>
      <label>E-post <input type="email" name="epost" autocomplete="email"></label>
      <textarea name="meddelande" placeholder="Ditt ärende"></textarea>
      <input type="hidden" name="token" value="x">
      <button>Skicka</button>
    </form>
    <script type="application/ld+json">{"@type":"Organization","telephone":"+46 8 123 45 67"}</script>
  </main>
  <footer><p>info@example.se &middot; <a href="mailto:info@example.se">Mejla</a> <a href="tel:+4681234567"><img src="/phone-line.svg" width="30" height="30" alt="">08-123 45 67</a>
    <img src="/karta.png" width="48" height="300" alt="Karta"></p></footer>
`);

describe('HTML reading without a browser', () => {
  it('splits text into the blocks the snapshot script makes, skipping what is certainly hidden', () => {
    const reading = httpReading(STATIC_PAGE);
    const texts = reading.blocks.map((block) => block.text);
    expect(texts).toContain('Ring oss på 08-123 45 67\nÖppet vardagar 9–17');
    expect(texts).toContain('Måndag | 9–17');
    expect(texts).toContain('Lördag | Stängt');
    // As in the browser: the outer block's own text, with the nested block apart and the line it interrupts ended.
    expect(texts).toContain('Text inline and more\nafter nested');
    expect(texts).toContain('nested block');
    expect(texts).toContain('Syns ändå');
    expect(texts).toContain('Visa adress');
    const all = texts.join('\n');
    for (const hidden of ['Dold', 'Också dold', 'Osynlig', 'Mall', 'Utan skript', 'Storgatan']) expect(all).not.toContain(hidden);
    expect(reading.blocks.find((block) => block.text === 'Kundservice')).toMatchObject({ tag: 'h1', region: 'main' });
  });

  it('ends a line where a block box interrupts it, as a link with an icon wrapped in a <div> does: two links side by side are two lines, in both readings', async () => {
    // As an image component writes a top bar: each link's icon in a <div>, no space between the links.
    const icon = '<div class="icon" style="width:24px"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="24" height="24"></div>';
    const html = page(`<header><div class="contact"><a href="tel:0622059139">${icon}<span>06-22059139</span></a><a href="mailto:info@bloem.nl">${icon}<span>info@bloem.nl</span></a></div></header><main><h1>Kwekerij</h1><p>Wij kweken chrysanten.</p></main>`);
    const texts = httpReading(html).blocks.map((block) => block.text);
    expect(texts).toContain('06-22059139\ninfo@bloem.nl');
    expect(comparable(httpReading(html))).toEqual(comparable(await browserReading(html)));
  });

  it('reads an entrance\'s first frame (transparent, moved aside or fading) as shown, as the browser does once scrolled to; a transparent box kept out of reach stays hidden', () => {
    const reading = httpReading(page(`<main>
      <div style="opacity:0;transform:translateY(32px);transition:opacity 0.8s ease 0s, transform 0.8s ease 0s"><p>Ring 08-123 45 67</p></div>
      <div style="opacity: 0; transition: opacity .5s"><p>Öppet vardagar 9–17</p></div>
      <div style="opacity:0; animation: fadeIn 1s forwards"><p>Storgatan 1</p></div>
      <div style="opacity:0"><p>Genomskinlig</p></div>
      <div style="opacity:0;transform:translateY(32px);visibility:hidden"><p>Utom räckhåll</p></div>
    </main>`));
    const all = reading.blocks.map((block) => block.text).join('\n');
    for (const shown of ['Ring 08-123 45 67', 'Öppet vardagar 9–17', 'Storgatan 1']) expect(all).toContain(shown);
    for (const hidden of ['Genomskinlig', 'Utom räckhåll']) expect(all).not.toContain(hidden);
  });

  it('resolves links against the page (and <base>), with the label a person reads', () => {
    const reading = httpReading(STATIC_PAGE, 'http://example.se/kundservice/');
    expect(reading.links).toEqual(expect.arrayContaining([
      { href: 'http://example.se/kundservice/kontakt/', text: 'Kontakta oss', region: 'header' },
      // No text: aria-label, then title, then image alt, as the snapshot script takes them.
      { href: 'http://example.se/villkor.html', text: 'Köpvillkor', region: 'nav' },
      { href: 'tel:+4681234567', text: '08-123 45 67', region: 'footer' },
    ]));
    const based = httpReading('<html><head><base href="http://example.se/sv/"></head><body><a href="hjalp">Hjälp</a></body></html>', 'http://example.se/');
    expect(based.links[0]!.href).toBe('http://example.se/sv/hjalp');
  });

  it('gives the browser snapshot script\'s reading of a static page', async () => {
    const http = httpReading(STATIC_PAGE);
    expect(comparable(http)).toEqual(comparable(await browserReading(STATIC_PAGE)));
    // An image both of whose declared sides are small is an icon, in both readings; a tall narrow one is not.
    expect(http.images.map((image) => [image.src.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), image.icon ?? false])).toEqual([['/v.png', false], ['/phone-line.svg', true], ['/karta.png', false]]);
  });

  it('reads a form\'s action and id from its attributes, even when fields named "action" and "id" shadow the properties', async () => {
    const html = page(`<form id="lead" action="/wp-admin/admin-post.php" method="post"><h2>Få offert</h2>
      <input type="hidden" name="action" value="lead_submit"><input type="hidden" name="id" value="7">
      <label>Namn <input name="namn"></label><label>Telefon <input type="tel" name="tel"></label><button>Skicka</button></form>
      <form><label>Namn <input name="namn"></label><input name="action" type="hidden"><button>Skicka</button></form>`);
    const rendered = await browserReading(html);
    expect(rendered.forms.map((form) => form.action.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''))).toEqual(['/wp-admin/admin-post.php', '/']);
    expect(rendered.forms[0]!.context).toContain('lead');
    expect(rendered.forms[0]!.context).not.toContain('object');
    expect(comparable(httpReading(html)).forms).toEqual(comparable(rendered).forms);
  });

  it('decodes the declared charset', async () => {
    const { decodeHtml } = await import('../../src/crawl/http/fetch-html.js');
    const latin1 = Buffer.from('<meta charset="iso-8859-1"><p>Öppettider</p>', 'latin1');
    expect(decodeHtml(latin1, 'text/html')).toContain('Öppettider');
    expect(decodeHtml(Buffer.from('<p>Kundtjänst</p>', 'utf8'), 'text/html; charset=utf-8')).toContain('Kundtjänst');
  });
});

describe('which pages need the browser', () => {
  const reason = (html: string) => {
    const parsed = new HtmlPage(html, 'http://example.se/');
    return browserReason(parsed, readHtml(parsed, 200, PROBES), PROBES, controlsOf(parsed, PROBES))?.reason ?? null;
  };

  it('a plain static page does not', () => {
    expect(reason(page('<nav><a href="/kontakt/">Kontakt</a></nav><main><h1>Om oss</h1><p>Vi säljer kaffe sedan 1932 i hela Sverige och Norden, med egen rosteri och butiker i tre städer. Välkommen in!</p></main>'))).toBeNull();
  });

  it('a script shell, controls, consent dialogs, refreshes and chat scripts do', () => {
    expect(reason(page('<div id="app"></div><script src="/app.js"></script>'))).toBe('script shell');
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><button aria-expanded="false">Meny</button>`))).toMatch(/in-page control "Meny"/);
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><details><summary>Öppettider</summary><p>9–17</p></details>`))).toMatch(/in-page control/);
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><a href="#" onclick="show()">Visa nummer</a>`))).toMatch(/in-page control/);
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><div id="cookie-banner"><p>Vi använder kakor</p></div>`))).toBe('consent or dialog markup');
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><form class="cookie-consent"><p>Vi använder kakor</p><button>OK</button></form>`))).toBe('consent or dialog markup');
    // A contact form's consent checkbox, or a footer's "cookie settings" button, is no dialog box.
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><form action="/skicka"><div class="field consent"><label><input type="checkbox" name="consent"> Jag godkänner</label></div><button>Skicka</button></form>`))).toBeNull();
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><footer><a href="/integritet/" class="footer-cookie-settings">Kakinställningar</a></footer>`))).toBeNull();
    expect(reason('<html><head><meta http-equiv="Refresh" content="0; url=/ny/"></head><body><p>Flyttad</p></body></html>')).toBe('meta refresh');
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><script>window.Intercom('boot', {})</script>`))).toBe('script names Intercom');
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><script>location.href = '/annan/'</script>`))).toBe('script navigation');
  });

  it('a chat snippet is no reason once a render showed the chat it starts; another snippet, or one whose chat the browser did not show, still is', () => {
    const text = `<p>${'Lång text. '.repeat(40)}</p>`;
    const snippet = (id: string) => `<script>(function (w) { w.Intercom = w.Intercom || function () {}; w.Intercom('boot', { app_id: '${id}' }); })(window);</script>`;
    const reasonWith = (html: string, known: KnownControls) => {
      const parsed = new HtmlPage(html, 'http://example.se/');
      return browserReason(parsed, readHtml(parsed, 200, PROBES), PROBES, controlsOf(parsed, PROBES), known)?.reason ?? null;
    };
    const learnt = (html: string, shown: string[]) => {
      const known = new KnownControls();
      known.learnChat(chatScriptsOf(new HtmlPage(html, 'http://example.se/'), PROBES), shown);
      return known;
    };
    const first = page(`${text}${snippet('a1')}`);
    expect(reasonWith(first, new KnownControls())).toBe('script names Intercom');
    expect(reasonWith(page(`<p>${'Annan text. '.repeat(40)}</p>${snippet('a1')}`), learnt(first, ['Intercom']))).toBeNull();
    expect(reasonWith(page(`${text}${snippet('b2')}`), learnt(first, ['Intercom']))).toBe('script names Intercom');
    expect(reasonWith(page(`${text}${snippet('a1')}`), learnt(first, []))).toBe('script names Intercom');
  });

  it('a navigation that follows only a form being sent is not the page moving on by itself; one on a click or on load is', () => {
    const text = `<p>${'Lång text. '.repeat(40)}</p>`;
    // Contact Form 7's "sent, go to the thank-you page", as WordPress themes write it.
    expect(reason(page(`${text}<script>document.addEventListener( 'wpcf7mailsent', function( event ) {\n  location = 'dank-je/index.html';\n}, false );</script>`))).toBeNull();
    expect(reason(page(`${text}<script>jQuery('form').submit(function () { window.location.href = '/tack/'; });</script>`))).toBeNull();
    expect(reason(page(`${text}<script>document.querySelector('.kort').addEventListener('click', function () { location.href = '/kontakt/'; });</script>`))).toBe('script navigation');
    expect(reason(page(`${text}<script>window.addEventListener('load', () => { location.replace('/ny/'); });</script>`))).toBe('script navigation');
    // A function only a link's onclick calls (Google Ads' conversion snippet) runs on a click; one the script calls runs on load.
    const conversion = "function gtag_report_conversion(url) { var callback = function () { if (typeof(url) != 'undefined') { window.location = url; } }; gtag('event', 'conversion', { event_callback: callback }); return false; }";
    expect(reason(page(`${text}<script>${conversion}</script><a href="tel:+358631273" onclick="return gtag_report_conversion('tel:+358631273')">(06) 321 7300</a>`))).not.toBe('script navigation');
    expect(reason(page(`${text}<script>function flytta() { location.href = '/ny/'; } flytta();</script>`))).toBe('script navigation');
    // A handler that ends before the navigation leaves it outside.
    expect(reason(page(`${text}<script>document.addEventListener('submit', function () { track(); }); location.href = '/annan/';</script>`))).toBe('script navigation');
  });

  it('a picture a lightbox opens larger is not an in-page control, as the action finder has it; a picture that navigates by script, or a menu button drawn as one, is', () => {
    const text = `<p>${'Lång text. '.repeat(40)}</p>`;
    const picture = '<img src="/a.jpg" alt="Fasad">';
    expect(reason(page(`${text}<div class="image-container" onclick="openLightbox('/a.jpg')">${picture}</div><a href="#" title="">${picture}</a>`))).toBeNull();
    expect(reason(page(`${text}<div onclick="location.href='/kontakt/'">${picture}</div>`))).toMatch(/in-page control "Fasad"/);
    expect(reason(page(`${text}<a href="#" class="menu-toggle"><img src="/m.svg" alt="Meny"></a>`))).toMatch(/in-page control "Meny"/);
    expect(reason(page(`${text}<a href="#" aria-expanded="false">${picture}</a>`))).toMatch(/in-page control/);
  });

  it('a link whose onclick only tells a tracking pixel is the link it names, in both engines; one whose onclick may do more is a control', async () => {
    const text = `<p>${'Lång text. '.repeat(40)}</p>`;
    const tracked = `<footer><a href="tel:+35863217300" onclick="fbq('track','Contact',{content_name:'phone_click'});">(06) 321 7300</a> `
      + `<a href="https://maps.example.com/?q=Gerbyntie+18" target="_blank" onclick="gtag('event', 'click'); dataLayer.push({event: 'map'})">Gerbyntie 18, 65230 Vaasa</a></footer>`;
    const more = `<a href="/boka/" onclick="fbq('track','Schedule'); openBooking(event)">Boka tid</a>`
      + ` <a href="tel:+358631273" onclick="return gtag_report_conversion('tel:+358631273')">Soita 063 1273</a>`;
    expect(reason(page(`${text}${tracked}`))).toBeNull();
    expect(reason(page(`${text}${more}`))).toMatch(/in-page control "Boka tid"/);
    const tab = await browser.newPage();
    try {
      await tab.setContent(page(`${text}${tracked} ${more}`));
      const labels = (await listActions(tab, [], 24)).map((action) => action.label);
      expect(labels).toEqual(['Boka tid', 'Soita 063 1273']);
    } finally {
      await tab.close();
    }
  });

  it('a control the action finder never presses (cookie settings, share, print) is no reason to render; one beside it still is', () => {
    const text = `<p>${'Lång text. '.repeat(40)}</p>`;
    expect(reason(page(`${text}<footer><a href="#" onclick="openCookieSettings()">Cookie-Einstellungen</a> <button onclick="share()">Share this</button> <a href="javascript:print()">Skriv ut</a></footer>`))).toBeNull();
    expect(reason(page(`${text}<footer><a href="#" onclick="openCookieSettings()">Cookie-Einstellungen</a> <button onclick="showHours()">Öppettider</button></footer>`))).toMatch(/in-page control "Öppettider"/);
  });

  it('a control inside a form, or a link that goes somewhere, is not an in-page control', () => {
    expect(reason(page(`<p>${'Lång text. '.repeat(40)}</p><form><input name="q"><button>Sök</button></form><a href="/kontakt/">Kontakt</a>`))).toBeNull();
  });

  it('controls whose boxes the HTML holds are no reason when what they open is judged to add nothing; one whose box a script builds still is', () => {
    const text = `<p>${'Lång text. '.repeat(40)}</p>`;
    const opened: string[][] = [];
    const judged = (html: string, verdict: boolean) => {
      const parsed = new HtmlPage(html, 'http://example.se/');
      return browserReason(parsed, readHtml(parsed, 200, PROBES), PROBES, controlsOf(parsed, PROBES), undefined, (boxes) => {
        const reading = readHtml(parsed.withOpened(boxes), 200, PROBES);
        opened.push(reading.blocks.map((block) => block.text));
        return verdict;
      })?.reason ?? null;
    };
    const questions = `${text}<details><summary>Öppettider?</summary><p>Vardagar 9–17</p></details>`
      + '<button class="faq-toggle" aria-expanded="false">Parkering?</button><div hidden><p>Gratis på gården</p></div>'
      + '<button aria-controls="svar">Leverans?</button><div id="svar" style="display: none"><p>Inom två dagar</p></div>'
      + '<div class="carousel"><button aria-label="Next slide">›</button><figure hidden><figcaption>Verkstaden</figcaption></figure></div>';
    expect(judged(questions, true)).toBeNull();
    // Read opened, every box shows, and nothing outside them that was hidden.
    expect(opened.at(-1)).toEqual(expect.arrayContaining(['Vardagar 9–17', 'Gratis på gården', 'Inom två dagar', 'Verkstaden']));
    expect(judged(questions, false)).toMatch(/in-page control "Öppettider\?"/);
    // A menu button naming no panel opens the menu it stands in.
    expect(judged(`${text}<nav><a href="/om/">Om oss</a> <a href="/kontakt/">Kontakt</a><button class="menu-btn" aria-expanded="false" aria-label="Menü"></button></nav>`, true)).toBeNull();
    expect(opened.at(-1)).toContain('Om oss Kontakt');
    // A panel its script fills, a button over nothing written: the browser must press them.
    expect(judged(`${text}<button aria-controls="tom">Visa mer</button><div id="tom"></div>`, true)).toMatch(/in-page control "Visa mer"/);
    expect(judged(`${text}<button class="open-contact">Kontakt aufnehmen</button><p>Mer text</p>`, true)).toMatch(/in-page control "Kontakt aufnehmen"/);
    // Not read opened, the same HTML hides them.
    const closed = new HtmlPage(questions, 'http://example.se/');
    expect(readHtml(closed, 200, PROBES).blocks.map((block) => block.text)).not.toContain('Gratis på gården');
  });
});
