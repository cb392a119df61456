import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import type { AuditResult, Device } from '../../src/model/audit-result.js';
import { serveStaticSite } from '../../src/serve/static-site-server.js';
import { atMost } from '../helpers/at-most.js';
import { FIXTURES_DIR, fixtureNames, loadExpected } from '../helpers/fixture-sites.js';
import { autoWithReference, expectReferenceVerdict, verdictOf } from '../helpers/engine-verdict.js';
import { page, serveTempSite } from '../helpers/temp-site.js';
import { withLoadsCounted } from '../helpers/loads-counted.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // Every fixture run starts now, a few at a time; each test waits for its own.
  for (const [name, device] of MOBILE_RUNS) void bothEngines(name, device).catch(() => undefined);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Each fixture's parity on desktop, and on mobile where expected.json has a mobile section, is
 * checked beside its expected verdict (test/e2e/fixture-sites.test.ts). Here: the fixtures whose
 * view changes with the viewport (dialogs, scroll-in sections, a chat opening) on mobile alone.
 */
const MOBILE_RUNS: Array<[string, Device]> = fixtureNames()
  .filter((name) => !loadExpected(name).devices && ['consent-onetrust', 'consent-cookiebot', 'chat-opens-handover', 'scroll-reveal'].includes(name))
  .map((name) => [name, 'mobile']);
/** Fixtures audited at once in the one browser. */
const slot = atMost(3);
const runs = new Map<string, Promise<Record<'browser' | 'auto', AuditResult>>>();

/**
 * Both engines on one fixture and device; fixtures run a few at a time in the one shared browser.
 * The browser engine runs only where auto took some view from its HTML: elsewhere auto's reading
 * is a rendered one already, and its own reference (as in fixture-sites.test.ts).
 */
function bothEngines(name: string, device: Device): Promise<Record<'browser' | 'auto', AuditResult>> {
  const key = `${name}/${device}`;
  let run = runs.get(key);
  if (!run) {
    run = slot(async () => {
      const site = await serveStaticSite(join(FIXTURES_DIR, name));
      try {
        const url = new URL(loadExpected(name).startPath, site.url).href;
        const options = { url, device, lang: 'en' as const, timeoutSeconds: 60 };
        // The reference render runs two tabs, as in fixture-sites.test.ts: its verdict does not depend on how many.
        const [viaAuto, viaBrowser] = await autoWithReference(() => audit({ ...options, engine: 'auto' }, {}, browser), () => audit({ ...options, engine: 'browser', concurrency: 2 }, {}, browser));
        return { browser: viaBrowser, auto: viaAuto };
      } finally {
        await site.close();
      }
    });
    runs.set(key, run);
  }
  return run;
}

describe.each(MOBILE_RUNS)('engine auto on fixture %s', (name, device) => {
  it(`gives the same verdicts as the browser engine (${device})`, async () => {
    const { browser: viaBrowser, auto } = await bothEngines(name, device);
    expectReferenceVerdict(auto, viaBrowser);
  }, 180_000);
});

/** A built site audited with the browser engine, then with auto, each on a fresh server. */
/** Both engines on one served site, one after the other: the same addresses, so items named by them compare. */
async function bothEnginesOn(files: Record<string, string>, concurrency: number): Promise<[AuditResult, AuditResult]> {
  const out: AuditResult[] = [];
  const site = await serveTempSite(files);
  try {
    for (const engine of ['browser', 'auto'] as const) out.push(await audit({ url: site.url, engine, lang: 'en', timeoutSeconds: 60, concurrency }, {}, browser));
  } finally {
    await site.close();
  }
  return out as [AuditResult, AuditResult];
}

/**
 * A shop whose "Sortiment" page, read over HTTP alone, hides its link to the phone page with its
 * stylesheet: audited with the browser engine on one server, and with auto on one that counts what
 * the browser loads. Two tests read the one auto audit: its verdict, and what it loaded again when
 * it started over in the browser.
 */
let hiddenLink: Promise<{ viaBrowser: AuditResult; auto: AuditResult; loads: Map<string, number> }> | undefined;
function hiddenLinkAudits(): Promise<{ viaBrowser: AuditResult; auto: AuditResult; loads: Map<string, number> }> {
  hiddenLink ??= (async () => {
    const footer = '<footer><a href="mailto:info@example.se">info@example.se</a></footer>';
    const css = '<style>.closed { display: none }</style>';
    const files: Record<string, string> = {
      '/': page(`${css}<nav><a href="/sortiment/">Sortiment</a></nav><main><h1>Välkommen</h1></main>${footer}`),
      // Read over HTTP alone (nothing new on it); its stylesheet hides the direct link to the phone page.
      '/sortiment/': page(`${css}<nav class="closed"><a href="/telefon/">Telefon</a></nav><main><h1>Sortiment</h1><a href="/mer/">Mer</a></main>${footer}`),
      '/mer/': page(`<main><h1>Mer</h1><a href="/telefon/">Ring oss</a></main>${footer}`),
      '/telefon/': page(`<main><h1>Telefon</h1><p>Ring 08-123 45 67</p></main>${footer}`),
    };
    const site = await serveTempSite(Object.fromEntries(Object.entries(files).map(([path, html]) => [`${path.slice(1)}index.html`, html])));
    let viaBrowser: AuditResult;
    try {
      viaBrowser = await audit({ url: site.url, engine: 'browser', lang: 'en', timeoutSeconds: 60 }, {}, browser);
    } finally {
      await site.close();
    }
    let auto: AuditResult | undefined;
    const loads = await withLoadsCounted(files, {}, async (url) => {
      auto = await audit({ url, engine: 'auto', lang: 'en', timeoutSeconds: 60 }, {}, browser);
    });
    return { viaBrowser, auto: auto!, loads };
  })();
  return hiddenLink;
}

/**
 * A shop whose questions page (rendered anyway: a number in its text) holds `faq`, one of whose
 * answers, under "Kan jag mejla?", gives an e-mail address: the browser engine opens every one of
 * its `questions`, auto only that one, and both find the address two clicks from the start.
 */
async function expectOnlyMailAnswerOpened(faq: string, questions: number): Promise<void> {
  const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/fragor/">Frågor</a></nav></header><main><h1>${title}</h1>${extra}</main><footer><a href="/kontakt/">Kontakt</a></footer>`);
  const [viaBrowser, auto] = await bothEnginesOn({
    'index.html': body('Välkommen', '<p>Vi säljer och lagar symaskiner i Lund sedan 1962.</p>'),
    'fragor/index.html': body('Frågor', `<p>Ring oss på 046-12 34 56 om du inte hittar svaret.</p>${faq}`),
    'kontakt/index.html': body('Kontakt', '<p>Besök oss på Stora Södergatan 8, 222 23 Lund.</p>'),
  }, 2);
  expect(viaBrowser.channels.email.clicks).toBe(2);
  expect(viaBrowser.channels.email.path.at(-1)?.label).toBe('Kan jag mejla?');
  expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
  const opened = (result: AuditResult) => (result.crawl.pages ?? []).filter((entry) => entry.path.at(-1)?.action === 'reveal').length;
  expect(opened(viaBrowser)).toBe(questions);
  expect(opened(auto)).toBe(1);
  // Counted apart from the pages: views no engine could read from HTML.
  expect([viaBrowser.crawl.viewsByAction, auto.crawl.viewsByAction]).toEqual([questions, 1]);
}

/**
 * Built sites, and a fixture on the phone. What auto reads of the desktop fixtures (script-chrome,
 * footer-contact) is checked in fixture-sites.test.ts, on the audits that file runs of them anyway.
 */
describe.concurrent('engine auto renders only what can change a verdict', () => {
  it('renders every page of a site whose menu is a button on the phone: opening it is a click no HTML reading can offer', async () => {
    const { browser: viaBrowser, auto } = await bothEngines('mobile-menu', 'mobile');
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.pagesRendered).toBe(auto.crawl.pagesVisited);
    // Each page's own menu button is why, not a distrust of the whole site: its menu links are learnt as hidden.
    const pages = (auto.crawl.pages ?? []).filter((page) => page.path.at(-1)!.action === 'link');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.renderedBecause).toMatch(/in-page control|finding|signal|contact route/);
  }, 180_000);

  it('never lets a link hidden by a stylesheet on a page read over HTTP make a finding look nearer', async () => {
    const { viaBrowser, auto } = await hiddenLinkAudits();
    expect(viaBrowser.channels.phone.clicks).toBe(3);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toMatch(/sortiment.*telefon.*not shown in the browser.*started over in the browser/);
  }, 180_000);

  it('a link that redirects to a page the crawl already has ("/om" beside "/om-oss/") is not rendered for nothing', async () => {
    const footer = '<footer><a href="mailto:info@example.se">info@example.se</a></footer>';
    const nav = '<nav><a href="/om">Om oss</a> <a href="/om-oss/">Vilka vi är</a></nav>';
    const files: Record<string, string> = {
      '/': page(`${nav}<main><h1>Välkommen</h1></main>${footer}`),
      '/om-oss/': page(`${nav}<main><h1>Om oss</h1><p>Ring 08-123 45 67</p></main>${footer}`),
    };
    const loads = await withLoadsCounted(files, { '/om': '/om-oss/' }, async (url) => {
      const auto = await audit({ url, engine: 'auto', lang: 'en', timeoutSeconds: 60 }, {}, browser);
      expect(auto.channels.phone.clicks).toBe(1);
    });
    // The page behind the phone is rendered once, for the link straight to it; the redirect to it not at all.
    expect(loads.get('/om-oss/')).toBe(1);
    expect(loads.get('/om') ?? 0).toBe(0);
  }, 180_000);

  it('with every page rendered, a redirect to a page the crawl already read is followed but not read again: not settled, not scrolled through', async () => {
    const footer = '<footer><a href="mailto:info@example.se">info@example.se</a></footer>';
    // Something a theme fades in below the fold, which the scroll pass goes down to; the page tells the server when it is scrolled.
    const below = '<div style="height: 3000px"></div><p data-aos="fade-up" style="opacity: 0; transition: opacity 0.2s">Vi finns i Lund sedan 1962.</p>';
    const beacon = "<script>addEventListener('scroll', () => fetch('/scrolled'), { once: true });</script>";
    const files: Record<string, string> = {
      '/': page(`<nav><a href="/om-oss/">Om oss</a> <a href="/tjanster/">Tjänster</a></nav><main><h1>Välkommen</h1></main>${footer}`),
      '/om-oss/': page(`<main><h1>Om oss</h1><p>Ring 08-123 45 67</p>${below}</main>${footer}${beacon}`),
      '/tjanster/': page(`<main><h1>Tjänster</h1><p>Läs mer <a href="/om">om oss</a>.</p></main>${footer}`),
    };
    const loads = await withLoadsCounted(files, { '/om': '/om-oss/' }, async (url) => {
      const result = await audit({ url, engine: 'browser', lang: 'en', timeoutSeconds: 60 }, {}, browser);
      expect(result.channels.phone.clicks).toBe(1);
      expect(result.channels.phone.path.at(-1)?.label).toBe('Om oss');
      // Logged as a view examined, kept out of the result as before.
      expect((result.crawl.pages ?? []).filter((entry) => new URL(entry.url).pathname === '/om')).toHaveLength(1);
    });
    // Only its document tells where a link ends: the redirect is followed, and the page loaded twice.
    expect(loads.get('/om')).toBe(1);
    expect(loads.get('/om-oss/')).toBe(2);
    // It is scrolled through once, when read at 1 click.
    expect(loads.get('fetch /scrolled')).toBe(1);
  }, 180_000);

  it('an audit started over in the browser reads the views it already rendered as they were, without loading them again', async () => {
    const { auto, loads } = await hiddenLinkAudits();
    expect(auto.crawl.browserFallback).toMatch(/started over in the browser/);
    expect(auto.channels.phone.clicks).toBe(3);
    // The start page and the page that disagreed were rendered before the audit started over: once each in all.
    expect(loads.get('/')).toBe(1);
    expect(loads.get('/sortiment/')).toBe(1);
    expect(Math.max(...[...loads].filter(([path]) => !path.startsWith('fetch ')).map(([, count]) => count))).toBe(1);
  }, 180_000);

  it('a consent dialog a script shows on every page is passed once and does not make every later page a render', async () => {
    // As consent platforms do: a script draws the dialog unless the consent cookie is set, and the answer sets it.
    const consent = `(function () {
  if (document.cookie.indexOf('consent=') !== -1) return;
  var box = document.createElement('div');
  box.id = 'cookie-consent'; box.setAttribute('role', 'dialog'); box.setAttribute('aria-modal', 'true');
  box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;background:#fff;padding:2rem;border-top:2px solid #333';
  box.innerHTML = '<p>Vi använder kakor för statistik.</p><button type="button" id="consent-deny">Avvisa alla</button><button type="button" id="consent-accept">Acceptera alla</button>';
  document.body.appendChild(box);
  box.addEventListener('click', function (event) {
    if (event.target.localName !== 'button') return;
    document.cookie = 'consent=' + (event.target.id === 'consent-deny' ? 'no' : 'yes') + '; path=/';
    box.remove();
  });
})();`;
    // Enough text on each page that it is no script shell a script must fill.
    const tail = `<p>${'Vi flyttar hem och kontor i hela Skåne, packar, städar och magasinerar, med egna bilar och fast pris. '.repeat(3)}</p>`
      + '<footer><a href="/kontakt/">Kontakt</a></footer><script src="/consent.js"></script>';
    const files = {
      'consent.js': consent,
      'index.html': page(`<nav><a href="/om/">Om oss</a><a href="/tjanster/">Tjänster</a><a href="/priser/">Priser</a><a href="/kontakt/">Kontakt</a></nav><main><h1>Välkommen</h1></main>${tail}`),
      'om/index.html': page(`<main><h1>Om oss</h1><p>Ett familjeföretag i Malmö sedan 1952.</p></main>${tail}`),
      'tjanster/index.html': page(`<main><h1>Tjänster</h1><p>Flytt, städning och magasinering.</p></main>${tail}`),
      'priser/index.html': page(`<main><h1>Priser</h1><p>Flyttstädning från 2 500 kr.</p></main>${tail}`),
      'kontakt/index.html': page(`<main><h1>Kontakt</h1><p>Ring 08-123 45 67</p><p><a href="mailto:info@example.se">info@example.se</a></p></main>${tail}`),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 1);
    expect(viaBrowser.channels.phone.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesFetched!);
  }, 180_000);

  it('a chat widget loaded on the contact page alone does not make the site distrusted; loaded on a page read over HTTP, it does', async () => {
    const widget = `window.zE = function () {};
document.addEventListener('DOMContentLoaded', function () {
  var box = document.createElement('div');
  box.innerHTML = '<p>Prata med en handläggare i chatten.</p><button type="button" class="chat-launcher">Chatta med oss</button>';
  document.body.appendChild(box);
});`;
    const footer = '<footer><a href="/kontakt/">Kontakt</a></footer>';
    const shop = (scripts: string) => ({
      'chat/widget.js': widget,
      'index.html': page(`${scripts}<nav><a href="/kontakt/">Kontakt</a><a href="/om/">Om oss</a><a href="/sortiment/">Sortiment</a></nav><main><h1>Välkommen</h1></main>${footer}`),
      'om/index.html': page(`${scripts}<main><h1>Om oss</h1><p>Ett företag i Malmö.</p></main>${footer}`),
      'sortiment/index.html': page(`${scripts}<main><h1>Sortiment</h1><a href="/sortiment/a/">Vara A</a></main>${footer}`),
      'sortiment/a/index.html': page(`<main><h1>Vara A</h1></main>${footer}`),
      'kontakt/index.html': page(`<script src="/chat/widget.js"></script><main><h1>Kontakt</h1><p>Ring 08-123 45 67</p>
        <p><a href="mailto:info@example.se">info@example.se</a></p></main>${footer}`),
    });
    const both = (files: Record<string, string>) => bothEnginesOn(files, 1);
    const [alone, aloneAuto] = await both(shop(''));
    expect(alone.channels.chat.clicks).toBe(1);
    expect(verdictOf(aloneAuto)).toEqual(verdictOf(alone));
    expect(aloneAuto.crawl.browserFallback).toBeNull();
    expect(aloneAuto.crawl.pagesRendered).toBeLessThan(aloneAuto.crawl.pagesFetched!);

    // Here "Om oss", read over HTTP alone before the contact page, loads the widget too: what it adds there went unseen.
    const about = `<p>${'Ett familjeföretag i Malmö sedan 1952, med butiker i hela Skåne och en webbutik. '.repeat(4)}</p>`;
    const [unseen, unseenAuto] = await both({
      'chat/widget.js': widget,
      'index.html': page(`<nav><a href="/om/">Om oss</a></nav><main><h1>Välkommen</h1></main><footer><a href="/om/">Om oss och kontakt</a></footer>`),
      'om/index.html': page(`<script src="/chat/widget.js"></script><main><h1>Om oss</h1>${about}</main>${footer}`),
      'kontakt/index.html': page(`<script src="/chat/widget.js"></script><main><h1>Kontakt</h1><p>Ring 08-123 45 67</p></main>${footer}`),
    });
    expect(verdictOf(unseenAuto)).toEqual(verdictOf(unseen));
    expect(unseenAuto.crawl.browserFallback).toMatch(/started over in the browser/);
  }, 180_000);

  it('a menu whose dropdowns a stylesheet hides, on every page, is learnt from one render and does not make every page a render', async () => {
    // As WordPress themes draw it: submenus shown on hover only, menu labels in capitals by CSS.
    const css = `<style>.menu { display: flex; gap: 1rem; list-style: none } .menu li { position: relative; text-transform: uppercase }
      .sub-menu { display: none; position: absolute } .menu li:hover > .sub-menu { display: block }</style>`;
    const header = `${css}<header><nav><ul class="menu">
      <li><a href="/tjanster/">Tjänster</a><ul class="sub-menu"><li><a href="/tjanster/flytt/">Flytt</a></li><li><a href="/tjanster/stad/">Städning</a></li></ul></li>
      <li><a href="/om/">Om oss</a><ul class="sub-menu"><li><a href="/om/historia/">Historia</a></li></ul></li>
      <li><a href="/nyheter/">Nyheter</a></li></ul></nav></header>`;
    const footer = '<footer><a href="/kontakt/">Kontakt</a></footer>';
    const text = (topic: string) => `<p>${`${topic}: vi flyttar hem och kontor i hela Skåne, med egna bilar och fast pris. `.repeat(3)}</p>`;
    const body = (title: string, extra = '') => page(`${header}<main><h1>${title}</h1>${text(title)}${extra}</main>${footer}`);
    const files = {
      'index.html': body('Välkommen'),
      'tjanster/index.html': body('Tjänster', '<a href="/tjanster/flytt/">Läs om flytt</a>'),
      'tjanster/flytt/index.html': body('Flytt'),
      'tjanster/stad/index.html': body('Städning'),
      'om/index.html': body('Om oss'),
      'om/historia/index.html': body('Historia', '<p>Frågor om vår historia? Ring 08-123 45 67</p>'),
      'nyheter/index.html': body('Nyheter'),
      'kontakt/index.html': body('Kontakt', '<p>Ring 08-123 45 67</p><p><a href="mailto:info@example.se">info@example.se</a></p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    // The dropdown's items are a hover away, which no click opens: reached through their parents' pages.
    expect(viaBrowser.channels.phone.clicks).toBe(1);
    expect(viaBrowser.channels.phone.path.map((step) => step.label)).toContain('Kontakt');
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesVisited);
  }, 180_000);

  it('an icon link a stylesheet\'s font draws, before the worded link to the same page, is named by the words, and the HTML reading agrees', async () => {
    // As WordPress service blocks draw it: a chevron from an icon font linking where the title links.
    const css = '<style>i[class^="icon-"] { display: inline-block; width: 1em; height: 1em } .icon-chevron-right::before { content: ">"; font-family: IconFont }</style>';
    const block = (href: string, title: string) => `<div class="service"><a href="${href}"><i class="icon-chevron-right"></i></a><h3><a href="${href}">${title}</a></h3></div>`;
    const footer = '<footer><a href="/kontakt/">Kontakt</a></footer>';
    const text = (topic: string) => `<p>${`${topic}: vi bygger och bygger om skolor, kontor och bostäder i hela Skåne. `.repeat(3)}</p>`;
    const body = (title: string, extra = '') => page(`${css}<header><nav><a href="/">Hem</a> <a href="/om/">Om oss</a></nav></header><main><h1>${title}</h1>${text(title)}${extra}</main>${footer}`);
    const files = {
      'index.html': body('Välkommen'),
      'om/index.html': body('Om oss', block('/om/affarside/', 'Affärsidé') + block('/om/miljo/', 'Miljöpolicy')),
      'om/affarside/index.html': body('Affärsidé', '<p>Frågor om vår affärsidé? Ring 046-38 51 30</p>'),
      'om/miljo/index.html': body('Miljöpolicy'),
      'kontakt/index.html': body('Kontakt', '<p><a href="mailto:info@example.se">info@example.se</a></p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(2);
    expect(viaBrowser.channels.phone.path.slice(1).map((step) => step.label)).toEqual(['Om oss', 'Affärsidé']);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
  }, 180_000);

  it('a comment count a stylesheet hides, linking where a post\'s title links, does not name the post, and the HTML reading agrees', async () => {
    // As WordPress themes write a post list: the comment count first, shown only where the theme wants it.
    const css = '<style>.comments-link { display: none }</style>';
    const post = (href: string, title: string) => `<article><a class="comments-link" href="${href}#comments">0</a><h2><a href="${href}">${title}</a></h2><p>${`${title}: nytt från oss. `.repeat(4)}</p></article>`;
    const footer = '<footer><a href="/kontakt/">Kontakt</a></footer>';
    const body = (title: string, extra = '') => page(`${css}<header><nav><a href="/">Hem</a> <a href="/nyheter/">Nyheter</a></nav></header><main><h1>${title}</h1>${extra}</main>${footer}`);
    const files = {
      'index.html': body('Välkommen', '<p>Betaltjänster för handlare i hela Norden sedan 2004, enkla och prisvärda.</p>'),
      'nyheter/index.html': body('Nyheter', post('/nyheter/kundtjanst/', 'Vår kundtjänst har nya öppettider') + post('/nyheter/flyg/', 'Flygbolaget väljer oss')),
      'nyheter/kundtjanst/index.html': body('Vår kundtjänst har nya öppettider', '<p>Ring kundtjänst på 08-120 300 40.</p>'),
      'nyheter/flyg/index.html': body('Flygbolaget väljer oss', '<p>Ett nytt avtal.</p>'),
      'kontakt/index.html': body('Kontakt', '<p><a href="mailto:info@example.se">info@example.se</a></p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(2);
    expect(viaBrowser.channels.phone.path.slice(1).map((step) => step.label)).toEqual(['Nyheter', 'Vår kundtjänst har nya öppettider']);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
  }, 180_000);

  it('a chat snippet a template writes into every page is rendered once: the chat it starts is found by then, and later pages with it are read from their HTML', async () => {
    // As a WordPress theme writes a chat vendor's loader inline into every page (a queue under the vendor's global).
    const snippet = '<script async src="https://service.giosg.com/live2/c78ea380"></script><script>(function (w, t, f) { var o = \'_giosg\'; '
      + 'w[o] = w[o] || function () { (w[o]._e = w[o]._e || []).push(arguments); }; w[o]._c = f; })(window, document, \'c78ea380\');</script>';
    const footer = '<footer><a href="/kontakt/">Kontakt</a> · Ring oss på 08-123 45 67</footer>';
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/tjanster/">Tjänster</a> <a href="/om-oss/">Om oss</a></nav></header><main><h1>${title}</h1><p>${`${title}: juridisk rådgivning i Helsingfors sedan 1995. `.repeat(3)}</p>${extra}</main>${footer}${snippet}`);
    const files: Record<string, string> = {
      'index.html': body('Tervetuloa'),
      'kontakt/index.html': body('Kontakt', '<p><a href="mailto:info@example.fi">info@example.fi</a></p>'),
      'om-oss/index.html': body('Om oss'),
      'tjanster/index.html': body('Tjänster', ['arv', 'bostad', 'foretag', 'familj'].map((slug) => `<a href="/tjanster/${slug}/">${slug}</a>`).join(' ')),
      ...Object.fromEntries(['arv', 'bostad', 'foretag', 'familj'].map((slug) => [`tjanster/${slug}/index.html`, body(`Tjänst ${slug}`)])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.chat.found).toBe(true);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    const forSnippet = (auto.crawl.pages ?? []).filter((visited) => visited.renderedBecause?.startsWith('script names _giosg'));
    expect(forSnippet.length).toBeLessThanOrEqual(1);
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesVisited / 2);
  }, 180_000);

  it('a chat snippet written inline alone (no script of the vendor\'s in the HTML), on a page rendered for another reason once the snippet is known, is no reason to distrust the site', async () => {
    // As LiveChat's installation code: a queue under the vendor's global, its loader added by the snippet itself.
    const snippet = '<script>window.__lc = window.__lc || {}; window.__lc.license = 12345678; (function (n) { var e = { _q: [], _h: null, on: function () { e._q.push(["on", arguments]); } }; n.LiveChatWidget = n.LiveChatWidget || e; })(window);</script>';
    const footer = '<footer><a href="/kontakt/">Kontakt</a> · Soita 09-123 4567</footer>';
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Etusivu</a> <a href="/palvelut/">Palvelut</a> <a href="/meista/">Meistä</a></nav></header><main><h1>${title}</h1><p>${`${title}: ilmalämpöpumput Helsingissä vuodesta 2005. `.repeat(3)}</p>${extra}</main>${footer}${snippet}`);
    // A button its own script opens: the contact page is rendered for it, after the snippet was learnt on the start page.
    const reveal = '<button type="button" onclick="document.getElementById(\'kartta\').hidden = false">Näytä kartta</button><div id="kartta" hidden><p>Mannerheimintie 1, 00100 Helsinki</p></div>';
    const files: Record<string, string> = {
      'index.html': body('Tervetuloa'),
      'kontakt/index.html': body('Yhteystiedot', `<p><a href="mailto:info@example.fi">info@example.fi</a></p>${reveal}`),
      'meista/index.html': body('Meistä'),
      'palvelut/index.html': body('Palvelut'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.chat.found).toBe(true);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect((auto.crawl.pages ?? []).some((visited) => visited.renderedBecause?.startsWith('in-page control'))).toBe(true);
  }, 180_000);

  it('a page that moves on by itself (a meta refresh to another page) is followed over HTTP as the browser follows it: not rendered, and ending elsewhere is no reason to distrust the site', async () => {
    // As a site keeps an old address: a bare page whose refresh sends the visitor to the new one.
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/produkter/">Produkter</a> <a href="/om-oss/">Om oss</a></nav></header><main><h1>${title}</h1><p>${`${title}: vi säljer ventilation i Borås sedan 1998. `.repeat(3)}</p>${extra}</main><footer><a href="/kontakt/">Kontakt</a></footer>`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen', '<p><a href="/gamla-produkter/">Våra äldre produkter</a> <a href="/flyttat/">Vår gamla butik</a></p>'),
      'flyttat/index.html': '<html><head><meta http-equiv="refresh" content="30; url=/om-oss/"></head><body><p>Butiken har flyttat. Om en halv minut kommer du till sidan om oss.</p><a href="/om-oss/">Om oss</a></body></html>',
      'gamla-produkter/index.html': '<html><head><meta http-equiv="refresh" content="0; url=/produkter/"></head><body><a href="/produkter/">Produkter</a></body></html>',
      'produkter/index.html': body('Produkter'),
      'om-oss/index.html': body('Om oss'),
      'kontakt/index.html': body('Kontakt', '<p>Ring 033-12 34 56.</p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    const entry = (result: AuditResult, path: string) => (result.crawl.pages ?? []).find((visited) => new URL(visited.url).pathname === path);
    // A quick refresh ends where the browser ends, read from the HTML of the page it sends to.
    for (const result of [viaBrowser, auto]) expect(new URL(entry(result, '/gamla-produkter/')!.finalUrl).pathname).toBe('/produkter/');
    expect(entry(auto, '/gamla-produkter/')).toMatchObject({ engine: 'http' });
    // A slow one is a page a person reads first: neither engine follows it, and auto renders it to see what it shows meanwhile.
    for (const result of [viaBrowser, auto]) expect(new URL(entry(result, '/flyttat/')!.finalUrl).pathname).toBe('/flyttat/');
    expect(entry(auto, '/flyttat/')?.renderedBecause).toBe('meta refresh');
  }, 180_000);

  it('staff pages that each add a person\'s own number beside the number the start page shows are read from their HTML: they change no verdict', async () => {
    // As a law firm lists its lawyers: a page each, with a direct number and address, under a start page with the switchboard.
    const footer = '<footer><a href="/kontakt/">Kontakt</a> · Växel 08-123 45 67 · info@exempel.se · Storgatan 1, 111 22 Stockholm</footer>';
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/medarbetare/">Medarbetare</a></nav></header><main><h1>${title}</h1><p>${`${title}: affärsjuridik i Stockholm sedan 1990. `.repeat(3)}</p>${extra}</main>${footer}`);
    const staff = ['anna', 'bo', 'cecilia', 'david', 'eva', 'fredrik'];
    const files: Record<string, string> = {
      'index.html': body('Välkommen'),
      'kontakt/index.html': body('Kontakt'),
      'medarbetare/index.html': body('Medarbetare', staff.map((name) => `<a href="/medarbetare/${name}/">${name}</a>`).join(' ')),
      ...Object.fromEntries(staff.map((name, index) => [`medarbetare/${name}/index.html`, body(`Advokat ${name}`, `<p>Direkt: 08-765 43 ${10 + index}, ${name}@exempel.se</p>`)])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.items.length).toBeGreaterThan(staff.length);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect((auto.crawl.pages ?? []).filter((visited) => visited.renderedBecause === 'a finding nearer than any kept')).toHaveLength(0);
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesVisited / 2);
  }, 180_000);

  it('a page named with and without its trailing slash is one page: a link the server redirects to its slash, a router that drops it, and a form posting to its own page', async () => {
    // As a Gatsby build writes links without the slash its static host redirects to, and its router shows the address without it.
    const router = '<script>history.replaceState(null, "", location.pathname.replace(/(.)\\/$/, "$1"));</script>';
    const footer = '<footer><a href="/kontakt">Kontakt</a></footer>';
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/tjanster">Tjänster</a></nav></header><main><h1>${title}</h1><p>${`${title}: vi bygger altaner i Uppsala. `.repeat(3)}</p>${extra}</main>${footer}${router}`);
    const form = '<form><label>Namn <input name="namn"></label><label>E-post <input type="email" name="email"></label><label>Meddelande <textarea name="meddelande"></textarea></label><button>Skicka</button></form>';
    const files: Record<string, string> = {
      'index.html': body('Välkommen'),
      'tjanster/index.html': body('Tjänster', '<p><a href="/tjanster/jour">Jour dygnet runt</a></p>'),
      'tjanster/jour/index.html': body('Jour', '<p>Ring jouren på 018-12 34 56.</p>'),
      'kontakt/index.html': body('Kontakta oss', form),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(2);
    expect(viaBrowser.channels.form.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
  }, 180_000);

  it('links to one page with and without its trailing slash are one page to examine, whichever engine reads each: neither is dropped as read elsewhere, nor read twice', async () => {
    // As a Gatsby build: its menu writes "/tjanster/", its footer "/tjanster"; the host redirects to the slash, the router drops it.
    // The cookie box on that page alone has the first of the two links rendered, the second read from its HTML once the box is learnt.
    const router = '<script>history.replaceState(null, "", location.pathname.replace(/(.)\\/$/, "$1"));</script>';
    const cookieBox = '<div class="cookie-notice"><p>Vi använder kakor.</p></div>';
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/tjanster/">Tjänster</a> <a href="/om-oss/">Om oss</a></nav></header><main><h1>${title}</h1><p>${`${title}: vi bygger altaner och trädäck i Uppsala med omnejd sedan 1985. `.repeat(6)}</p>${extra}</main><footer><a href="/tjanster">Våra tjänster</a></footer>${router}`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen'),
      'om-oss/index.html': body('Om oss'),
      'tjanster/index.html': body('Tjänster', `<p><a href="/tjanster/jour/">Jour dygnet runt</a></p>${cookieBox}`),
      'tjanster/jour/index.html': body('Jour', '<p>Ring jouren på 018-12 34 56.</p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    const examined = (result: AuditResult) => (result.crawl.pages ?? []).filter((visited) => new URL(visited.url).pathname.replace(/\/$/, '') === '/tjanster');
    for (const result of [viaBrowser, auto]) {
      expect(result.channels.phone.clicks).toBe(2);
      expect(examined(result)).toHaveLength(1);
    }
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
  }, 180_000);

  it('a language switcher a stylesheet hides until hovered, linking each page\'s own translation, is learnt from two pages: it steers nothing and does not distrust the site', async () => {
    // As a theme writes it (WPML, Polylang, a framework's i18n): the flags in a dropdown, each naming this page in the other language.
    const css = '<style>.lang ul { display: none } .lang:hover ul { display: block }</style>';
    const nl: Record<string, [string, string]> = { '': ['Welkom', ''], 'over-ons/': ['Over ons', 'about/'], 'diensten/': ['Diensten', 'services/'], 'nieuws/': ['Nieuws', 'news/'], 'contact/': ['Contact', 'contact/'] };
    const shell = (nav: string, flag: string, title: string, extra: string, footer: string) => page(`${css}<header><nav>${nav}<div class="lang"><span>Taal</span><ul><li><a href="${flag}">${flag.startsWith('/en/') ? 'en' : 'nl'}</a></li></ul></div></nav></header><main><h1>${title}</h1><p>${`${title}: wij kweken chrysanten in Zuilichem sinds 1993. `.repeat(4)}</p>${extra}</main><footer>${footer}</footer>`);
    const nlNav = Object.entries(nl).map(([slug, [title]]) => `<a href="/${slug}">${title}</a>`).join(' ');
    const files: Record<string, string> = {
      ...Object.fromEntries(Object.entries(nl).map(([slug, [title, en]]) => [`${slug}index.html`, shell(nlNav, `/en/${en}`, title, slug === 'contact/' ? '<p>Bel ons: 0418-12 34 56.</p>' : '', '<a href="/en/">English</a>')])),
      'en/index.html': shell('<a href="/en/">Home</a> <a href="/en/about/">About us</a>', '/', 'Welcome', '', '<a href="/">Nederlands</a>'),
      'en/about/index.html': shell('<a href="/en/">Home</a> <a href="/en/about/">About us</a>', '/over-ons/', 'About us', '<p>Export: <a href="mailto:export@bloem.nl">export@bloem.nl</a></p>', '<a href="/">Nederlands</a>'),
      ...Object.fromEntries(['services', 'news', 'contact'].map((slug) => [`en/${slug}/index.html`, shell('<a href="/en/">Home</a>', '/', slug, '', '<a href="/">Nederlands</a>')])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.email.clicks).toBe(2);
    expect(viaBrowser.channels.email.path.map((step) => new URL(step.url).pathname)).toEqual(['/', '/en/', '/en/about/']);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect((auto.crawl.pages ?? []).filter((visited) => visited.renderedBecause === 'a chrome link hidden in its place on another page').length).toBeLessThanOrEqual(2);
    // Pages of the first depth read once a render learnt the place are taken from their HTML (two render side by side at most, read at once before it).
    expect((auto.crawl.pages ?? []).filter((visited) => visited.clicks === 1 && visited.engine === 'http').length).toBeGreaterThanOrEqual(2);
  }, 180_000);

  it('a top bar a stylesheet lays out side by side (hours beside a number) reads as the browser shows it once a render showed it: hours are not taken for the phone line\'s', async () => {
    // As a theme writes its top bar: two spans in a flex row, no space or break between them in the markup's layout.
    const css = '<style>.topbar { display: flex; justify-content: space-between; gap: 1rem }</style>';
    const bar = '<div class="topbar"><span>Öppet vardagar 8–16</span><span>Ring 08-123 45 67 · <a href="mailto:info@exempel.se">info@exempel.se</a></span></div>';
    const body = (title: string, extra = '') => page(`${css}${bar}<header><nav><a href="/">Hem</a> <a href="/tjanster/">Tjänster</a> <a href="/om-oss/">Om oss</a> <a href="/kontakt/">Kontakt</a></nav></header><main><h1>${title}</h1><p>${`${title}: vi lägger tak i Gävle sedan 1987. `.repeat(3)}</p>${extra}</main>`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen'),
      'tjanster/index.html': body('Tjänster'),
      'om-oss/index.html': body('Om oss'),
      'kontakt/index.html': body('Kontakt', '<form><label>Namn <input name="namn"></label><label>Meddelande <textarea name="meddelande"></textarea></label><button>Skicka</button></form>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.hours.items.map((item) => 'appliesTo' in item && item.appliesTo)).toEqual(['general']);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesVisited);
  }, 180_000);

  it('a logo linking to the start page that a script draws (wordless, so no link in the HTML) is no reason to distrust the site: it steers nothing', async () => {
    // As an image component draws a site's logo once its script runs: the link has no box in the markup.
    const logo = '<a class="logo" href="/"><span class="logo-slot"></span></a><script>document.querySelectorAll(".logo-slot").forEach((slot) => { const img = document.createElement("img"); img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw="; img.width = 120; img.height = 30; img.alt = ""; slot.appendChild(img); });</script>';
    const footer = '<footer><a href="/kontakt/">Kontakt</a></footer>';
    const body = (title: string, extra = '') => page(`<header>${logo}<nav><a href="/tjanster/">Tjänster</a> <a href="/om-oss/">Om oss</a></nav></header><main><h1>${title}</h1><p>${`${title}: vi målar hus och fasader i Västerås med omnejd sedan 1985. `.repeat(5)}</p>${extra}</main>${footer}`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen'),
      'tjanster/index.html': body('Tjänster', '<p><a href="/tjanster/fasad/">Fasadmålning</a></p>'),
      'tjanster/fasad/index.html': body('Fasad', '<p>Boka en besiktning: 021-12 34 56.</p>'),
      'om-oss/index.html': body('Om oss'),
      'kontakt/index.html': body('Kontakt', '<p><a href="mailto:info@exempel.se">info@exempel.se</a></p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(2);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesVisited);
  }, 180_000);

  it('a byline a stylesheet hides on every post list is no reason to distrust the site, and a finding behind such a link is not taken as near', async () => {
    // As WordPress themes write a post list: the author's link in a byline the theme's stylesheet hides.
    const css = '<style>.byline { display: none }</style>';
    const post = (href: string, title: string) => `<article><h2><a href="${href}">${title}</a></h2><div class="byline">av <a href="/author/anna/">anna</a></div><p>${`${title}: nytt från oss. `.repeat(4)}</p></article>`;
    const footer = '<footer><a href="/kontakt/">Kontakt</a></footer>';
    const body = (title: string, extra = '') => page(`${css}<header><nav><a href="/">Hem</a> <a href="/nyheter/">Nyheter</a> <a href="/arkiv/">Arkiv</a></nav></header><main><h1>${title}</h1>${extra}</main>${footer}`);
    const files = {
      'index.html': body('Välkommen', '<p>Betaltjänster för handlare i hela Norden sedan 2004, enkla och prisvärda.</p>'),
      'nyheter/index.html': body('Nyheter', post('/nyheter/ett/', 'Vi öppnar i Malmö') + post('/nyheter/tva/', 'Nytt avtal')),
      'arkiv/index.html': body('Arkiv', post('/nyheter/tre/', 'Sommaröppet') + post('/nyheter/fyra/', 'Ny webbplats')),
      ...Object.fromEntries(['ett', 'tva', 'tre', 'fyra'].map((slug) => [`nyheter/${slug}/index.html`, body(`Nyhet ${slug}`, `<p>${'Mer om nyheten. '.repeat(6)}</p>`)])),
      // Only the hidden byline links here: the number on it is not one a person finds in two clicks.
      'author/anna/index.html': body('Anna', '<p>Ring Anna direkt på 08-765 43 21.</p>'),
      'kontakt/index.html': body('Kontakt', '<p><a href="mailto:info@example.se">info@example.se</a></p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.found).toBe(false);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toMatch(/not shown in the browser/);
    // With nothing to find behind the byline, the site stays trusted and the post pages are read over HTTP alone.
    files['author/anna/index.html'] = body('Anna', '<p>Anna skriver om betalningar.</p>');
    const [browserAgain, autoAgain] = await bothEnginesOn(files, 2);
    expect(verdictOf(autoAgain)).toEqual(verdictOf(browserAgain));
    expect(autoAgain.crawl.browserFallback).toBeNull();
    expect(autoAgain.crawl.pagesRendered).toBeLessThan(autoAgain.crawl.pagesVisited / 2);
  }, 240_000);

  it('link words a stylesheet draws in capitals, or shows in one language of three, steer the crawl alike and do not distrust the site', async () => {
    // As a multilingual hand-made site writes its cards: every language in the markup, the stylesheet showing one.
    const css = '<style>nav a { text-transform: uppercase } [data-lang]:not(.show) { display: none }</style>';
    const card = (href: string, fi: string, sv: string) => `<a class="card" href="${href}"><span class="kicker">Esimerkki Oy</span><h3 class="show" data-lang="fi">${fi}</h3><h3 data-lang="sv">${sv}</h3></a>`;
    const footer = '<footer><a href="/yhteystiedot/">Yhteystiedot</a></footer>';
    const text = (topic: string) => `<p>${`${topic}: hoidamme lemmikkejä Vaasassa vuodesta 1998, ystävällisesti ja huolella. `.repeat(3)}</p>`;
    const body = (title: string, extra = '') => page(`${css}<header><nav><a href="/">Etusivu</a> <a href="/palvelut/">Palvelut</a> <a href="/hinnasto/">Hinnasto</a></nav></header><main><h1>${title}</h1>${text(title)}${extra}</main>${footer}`);
    const files = {
      'index.html': body('Tervetuloa'),
      'palvelut/index.html': body('Palvelut', card('/palvelut/rokotukset/', 'Rokotukset', 'Vaccinationer') + card('/palvelut/hammashoito/', 'Hammashoito', 'Tandvård')),
      'palvelut/rokotukset/index.html': body('Rokotukset', '<p>Varaa rokotus numerosta 06 321 7300.</p>'),
      'palvelut/hammashoito/index.html': body('Hammashoito'),
      'hinnasto/index.html': body('Hinnasto'),
      'yhteystiedot/index.html': body('Yhteystiedot', '<p><a href="mailto:info@example.fi">info@example.fi</a></p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(2);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    expect(auto.crawl.pagesRendered).toBeLessThan(auto.crawl.pagesVisited);
  }, 180_000);

  it('questions and carousels whose answers and slides the HTML holds are read from it, opened, when nothing in them could count; an answer with a number is rendered and counted one click further', async () => {
    // As hand-made sites write an FAQ: `<details>` per question, a theme's accordion, and a gallery's arrows.
    const faq = (question: string, answer: string) => `<details><summary>${question}</summary><p>${answer}</p></details>`;
    const accordion = (question: string, answer: string, id: string) => `<button class="faq-toggle" aria-expanded="false" aria-controls="${id}">${question}</button><div id="${id}" hidden><p>${answer}</p></div>`;
    const gallery = '<div class="gallery"><button class="gallery-prev" aria-label="Previous image">‹</button><figure><img src="/a.png" alt="Verkstaden"><figcaption>Vår verkstad i Lund</figcaption></figure><figure hidden><img src="/b.png" alt="Butiken"><figcaption>Butiken</figcaption></figure><button class="gallery-next" aria-label="Next image">›</button></div>';
    const footer = '<footer><a href="/kontakt/">Kontakt</a></footer>';
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/tjanster/">Tjänster</a> <a href="/fragor/">Frågor</a> <a href="/galleri/">Galleri</a></nav></header><main><h1>${title}</h1><p>${`${title}: vi lagar cyklar i Lund sedan 1987. `.repeat(3)}</p>${extra}</main>${footer}`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen'),
      'tjanster/index.html': body('Tjänster', faq('Hur lång tid tar en service?', 'Oftast en dag, ibland två när delar ska beställas.') + faq('Lagar ni elcyklar?', 'Ja, alla märken.')),
      'fragor/index.html': body('Frågor', accordion('Kan jag boka tid?', 'Nej, kom förbi när du vill under dagen.', 'svar-1') + accordion('Har ni lånecykel?', 'Ja, mot en mindre avgift.', 'svar-2')),
      'galleri/index.html': body('Galleri', gallery),
      'kontakt/index.html': body('Kontakt', '<p><a href="mailto:info@example.se">info@example.se</a></p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    const engineOf = (result: AuditResult, path: string) => (result.crawl.pages ?? []).find((entry) => new URL(entry.url).pathname === path && entry.path.at(-1)?.action === 'link')?.engine;
    for (const path of ['/tjanster/', '/fragor/', '/galleri/']) expect(engineOf(auto, path), path).toBe('http');
    // The browser opens every question and steps the gallery; auto takes those pages as their HTML reads.
    expect(auto.crawl.pagesVisited).toBeLessThan(viaBrowser.crawl.pagesVisited);

    // A number in an answer: a person finds it by opening the question, one click past the page.
    files['tjanster/index.html'] = body('Tjänster', faq('Hur lång tid tar en service?', 'Oftast en dag. Ring verkstaden på 046-12 34 56 för att höra.'));
    const [browserAgain, autoAgain] = await bothEnginesOn(files, 2);
    expect(browserAgain.channels.phone.clicks).toBe(2);
    expect(verdictOf(autoAgain)).toEqual(verdictOf(browserAgain));
    expect(engineOf(autoAgain, '/tjanster/')).toBe('browser');
  }, 240_000);

  it('pages read before the site\'s region is decided are taken from their HTML when, under every region it could be, they add nothing to the pages held back', async () => {
    // German with nothing else on the start page: Germany, Austria or Switzerland until the imprint says.
    const footer = '<footer><p>Praxis Beispiel · Tel. 07242 12345</p><a href="/kontakt/">Kontakt</a> <a href="/impressum/">Impressum</a></footer>';
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Start</a> <a href="/leistungen/">Leistungen</a> <a href="/team/">Team</a> <a href="/praxis/">Praxis</a></nav></header><main><h1>${title}</h1><p>${`${title}: wir behandeln Sie mit Sorgfalt und Zeit. `.repeat(3)}</p>${extra}</main>${footer}`, 'de');
    const files: Record<string, string> = {
      'index.html': body('Willkommen'),
      'leistungen/index.html': body('Leistungen'),
      'team/index.html': body('Team'),
      'praxis/index.html': body('Praxis'),
      'kontakt/index.html': body('Kontakt', '<p><a href="mailto:praxis@example.at">praxis@example.at</a></p>'),
      'impressum/index.html': body('Impressum', '<p>Praxis Beispiel, Stadtplatz 5, 4600 Wels, Österreich</p>'),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.region).toBe('AT');
    const fromHttp = (auto.crawl.pages ?? []).filter((entry) => entry.engine === 'http' && entry.clicks === 1).map((entry) => new URL(entry.url).pathname);
    expect(fromHttp).toEqual(expect.arrayContaining(['/leistungen/', '/team/', '/praxis/']));
  }, 180_000);

  it('a cookie box on every page is learnt from the first page rendered for it: pages read meanwhile wait for that render rather than render too', async () => {
    // As a hand-made theme writes it: the notice in every page's markup, a script hiding it once consent is stored.
    const cookieBox = '<div class="cookie-notice"><p>Vi använder kakor.</p></div>';
    const pages = ['a', 'b', 'c', 'd', 'e', 'f'];
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> ${pages.map((s) => `<a href="/${s}/">Sida ${s.toUpperCase()}</a>`).join(' ')}</nav></header><main><h1>${title}</h1><p>${`${title}: vi gör det noggrant och i tid. `.repeat(4)}</p>${extra}</main><footer><a href="/kontakt/">Kontakt</a></footer>${cookieBox}`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen'),
      'kontakt/index.html': body('Kontakt', '<p>Ring 08-123 45 67.</p>'),
      ...Object.fromEntries(pages.map((s) => [`${s}/index.html`, body(`Sida ${s.toUpperCase()}`)])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 4);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    const forTheBox = (auto.crawl.pages ?? []).filter((entry) => entry.renderedBecause === 'consent or dialog markup');
    expect(forTheBox.length).toBe(1);
    expect((auto.crawl.pages ?? []).filter((entry) => entry.engine === 'http').length).toBeGreaterThanOrEqual(pages.length - 1);
  }, 180_000);

  it('a script button in each page\'s own hero that opens the same contact box is opened on two pages, not on every page', async () => {
    // As a small firm's hand-written site has it: the hero differs per page, the box it opens is the one the footer holds.
    const services = ['umzug', 'garten', 'hausmeister', 'reinigung'];
    const modal = '<section class="contact-modal"><h2>Kontaktieren Sie uns</h2><form action="https://forms.example.de/f/abc" method="post"><label for="n">Name</label><input id="n" name="name"><label for="e">E-Mail</label><input id="e" type="email" name="email"><label for="m">Nachricht</label><textarea id="m" name="message"></textarea><button type="submit">Senden</button></form></section>';
    const script = '<style>.contact-modal { display: none } .contact-modal.open { display: block }</style><script>document.querySelectorAll(".open-contact").forEach((b) => b.addEventListener("click", () => document.querySelector(".contact-modal").classList.add("open")));</script>';
    const body = (title: string, links = '') => page(`<header><nav><a href="/">Start</a>${links}</nav></header><div class="hero"><h1>${title}</h1><p>${title}: zuverlässig und sorgfältig in ganz Köln.</p><a href="javascript:void(0)" class="btn open-contact">Kontakt aufnehmen</a></div><main><p>${`${title} seit 2009. `.repeat(4)}</p></main><footer><p>Haus Service Köln</p>${modal}</footer>${script}`, 'de');
    const files: Record<string, string> = {
      'index.html': body('Willkommen', services.map((name) => ` <a href="/${name}/">${name}</a>`).join('')),
      ...Object.fromEntries(services.map((name) => [`${name}/index.html`, body(name[0]!.toUpperCase() + name.slice(1))])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 4);
    expect(viaBrowser.channels.form.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    for (const result of [viaBrowser, auto]) {
      const opened = (result.crawl.pages ?? []).filter((entry) => entry.path.at(-1)!.label === 'Kontakt aufnehmen').map((entry) => new URL(entry.url).pathname);
      expect(opened).toEqual(['/', '/umzug/']);
    }
  }, 180_000);

  it('a page whose finding the contact page beside it also shows is judged after that page, however soon its HTML came: it is not rendered for it', async () => {
    const nav = '<header><nav><a href="/">Hem</a> <a href="/kontakt/">Kontakt</a> <a href="/tjanster/">Tjänster</a> <a href="/galleri/">Galleri</a></nav></header>';
    const body = (title: string, extra = '') => page(`${nav}<main><h1>${title}</h1><p>${`${title}: vi lägger om tak i hela Västerås. `.repeat(3)}</p>${extra}</main><footer><p>Exempel Tak AB</p></footer>`);
    const phone = '<p>Ring oss på 021-12 34 56.</p>';
    const files = {
      'index.html': body('Välkommen'),
      // Taken first in its depth, and rendered (its number is the nearest yet): its HTML's neighbours are read long before.
      'kontakt/index.html': body('Kontakt', phone),
      'tjanster/index.html': body('Tjänster', phone),
      'galleri/index.html': body('Galleri', phone),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 4);
    expect(viaBrowser.channels.phone.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    const rendered = (auto.crawl.pages ?? []).filter((entry) => entry.engine !== 'http').map((entry) => new URL(entry.url).pathname);
    expect(rendered).toEqual(['/', '/kontakt/']);
  }, 180_000);

  it('pages whose menu and footer lack a contact route, as a page the browser read alike shows them, are taken from their HTML; a page with a chrome of its own is rendered', async () => {
    // As a small firm's theme writes it: the start page's menu names the contact page, the other pages' menus do not.
    const sections = ['tjanster', 'galleri', 'referenser', 'priser', 'om'];
    const nav = (extra = '') => `<header><nav><a href="/">Hem</a> ${sections.map((s) => `<a href="/${s}/">${s[0]!.toUpperCase()}${s.slice(1)}</a>`).join(' ')}${extra}</nav></header>`;
    const body = (title: string, extra = '', footer = '<footer><p>Exempel Bygg AB · Sedan 1998</p></footer>', menu = nav()) => page(`${menu}<main><h1>${title}</h1><p>${`${title}: vi bygger om kök och badrum i hela Uppsala. `.repeat(3)}</p>${extra}</main>${footer}`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen', '<p><a href="/kampanj/">Vårens kampanj</a></p>', undefined, nav(' <a href="/om/">Kontakta oss</a>')),
      'om/index.html': body('Om oss', '<p>Ring oss på 018-12 34 56.</p>'),
      // Its footer is its own: what a person sees of it is not settled by any other page.
      'kampanj/index.html': body('Kampanj', '', '<footer><p>Kampanjen gäller till och med maj</p></footer>'),
      ...Object.fromEntries(sections.filter((s) => s !== 'om').map((s) => [`${s}/index.html`, body(s)])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 4);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    // Read at once, the pages of the common chrome wait for the one rendered for it rather than render too.
    const forTheRoute = (auto.crawl.pages ?? []).filter((entry) => entry.renderedBecause === 'no contact route in its header, nav or footer').map((entry) => new URL(entry.url).pathname);
    expect(forTheRoute).toHaveLength(2);
    expect(forTheRoute).toContain('/kampanj/');
    const fromHttp = (auto.crawl.pages ?? []).filter((entry) => entry.engine === 'http').map((entry) => new URL(entry.url).pathname);
    expect(fromHttp.filter((path) => ['/tjanster/', '/galleri/', '/referenser/', '/priser/'].includes(path))).toHaveLength(3);
  }, 180_000);

  it('a menu copied into every page, its logo\'s alt text edited on some, is one chrome: pages lacking a contact route in it wait for one render, not one each', async () => {
    // As a hand-made site is kept: each page a copy of the last, the logo's alt text written on some and not on others.
    const sections = ['laser', 'peeling', 'lashes', 'preise', 'team'];
    const alts = ['', 'Logo', 'Logo Natural Beauty', 'Natural Beauty Baden', 'Logo Natural Beauty Baden'];
    const logo = (alt: string) => `<a class="brand" href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${alt}" width="180" height="80"></a>`;
    const nav = (alt: string) => `<nav>${logo(alt)}<a href="/">Home</a> ${sections.map((s) => `<a href="/${s}.html">${s[0]!.toUpperCase()}${s.slice(1)}</a>`).join(' ')}</nav>`;
    const body = (title: string, alt: string, extra = '') => page(`${nav(alt)}<main><h1>${title}</h1><p>${`${title}: Kosmetik und Laserbehandlungen in Baden. `.repeat(3)}</p>${extra}</main><footer><a href="/">Zurück zur Startseite</a></footer>`);
    const files: Record<string, string> = {
      'index.html': body('Willkommen', '', '<p><a href="/kontakt.html">Termin vereinbaren</a></p>'),
      'kontakt.html': body('Kontakt', '', '<p>Rufen Sie an: 0664 123 45 67</p>'),
      ...Object.fromEntries(sections.map((s, index) => [`${s}.html`, body(s, alts[index]!)])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    const forTheRoute = (auto.crawl.pages ?? []).filter((entry) => entry.renderedBecause === 'no contact route in its header, nav or footer');
    expect(forTheRoute.length).toBeLessThanOrEqual(2);
    expect((auto.crawl.pages ?? []).filter((entry) => entry.engine === 'http').length).toBeGreaterThanOrEqual(sections.length - 2);
  }, 180_000);

  it('sections a framework writes as an entrance\'s first frame, revealed on scrolling, read alike over HTTP: the site is not distrusted', async () => {
    // As a Next.js export with Framer Motion writes them: each section transparent and moved down, a bundle fading it in.
    const reveal = (inner: string) => `<section style="opacity:0;transform:translateY(32px);transition:opacity 0.8s ease 0s, transform 0.8s ease 0s">${inner}</section>`;
    const script = 'const io = new IntersectionObserver((entries) => entries.forEach((e) => { if (e.isIntersecting) { e.target.style.opacity = "1"; e.target.style.transform = "none"; } }));'
      + 'document.querySelectorAll("section").forEach((s) => io.observe(s));';
    const body = (title: string, inner: string) => page(`<header><nav><a href="/">Hjem</a> <a href="/tjenester/">Tjenester</a> <a href="/om-oss/">Om oss</a></nav></header><main><h1>${title}</h1>${reveal(`<p>${`${title}: takst og tilstandsrapporter i Tromsø siden 2006. `.repeat(3)}</p>`)}${inner}</main><script src="/app.js"></script>`, 'nb');
    const files = {
      'index.html': body('Velkommen', ''),
      'tjenester/index.html': body('Tjenester', reveal('<p>Verditakst, tilstandsrapport og skadetakst.</p>')),
      'om-oss/index.html': body('Om oss', reveal('<p>Ring oss på 906 49 008 eller send en e-post til <a href="mailto:post@example.no">post@example.no</a>.</p>')),
      'app.js': script,
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    // Read alike, the bundle is no script that adds what the HTML lacks: a page with nothing new is taken from its HTML.
    const services = (auto.crawl.pages ?? []).find((entry) => new URL(entry.url).pathname === '/tjenester/');
    expect(services?.engine).toBe('http');
  }, 180_000);

  it('a "book now" link with a script on it, in a header whose language link names each page, is one control of the site: taken once, learnt from one render', async () => {
    // As a clinic's theme writes it: the booking system's address, a pixel and the theme's own handler in its onclick
    // (a pixel alone would leave it a plain link: see html-reading.test.ts), and a language switch to this page's twin.
    const sections = ['tjanster', 'priser', 'personal', 'om'];
    const header = (self: string) => `<header><a href="https://boka.example.net/klinik" onclick="fbq('track','Schedule'); themeBooking(this);" class="btn">Boka tid</a> <a href="/en${self}">EN</a></header>`;
    const body = (self: string, title: string, extra = '') => page(`${header(self)}<nav><a href="/">Hem</a> ${sections.map((s) => `<a href="/${s}/">${s}</a>`).join(' ')}</nav><main><h1>${title}</h1><p>${`${title}: djursjukvård i Vasa sedan 1990. `.repeat(3)}</p>${extra}</main><footer><a href="/om/">Kontakt</a></footer>`);
    const files: Record<string, string> = {
      'index.html': body('/', 'Välkommen'),
      'om/index.html': body('/om/', 'Om oss', '<p>Ring 06-321 73 00.</p>'),
      ...Object.fromEntries(sections.filter((s) => s !== 'om').map((s) => [`${s}/index.html`, body(`/${s}/`, s)])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 4);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    const booked = (result: AuditResult) => (result.crawl.pages ?? []).filter((entry) => entry.path.at(-1)?.label === 'Boka tid').length;
    expect(booked(viaBrowser)).toBe(1);
    expect(booked(auto)).toBe(1);
    // Pages read at once wait for the one render that learns the control rather than render too.
    const forTheLink = (auto.crawl.pages ?? []).filter((entry) => entry.renderedBecause === 'in-page control "Boka tid"');
    expect(forTheLink.length).toBeLessThanOrEqual(1);
  }, 180_000);

  it('every question of a long FAQ is one click past its page, the twelfth as the first; auto opens only those whose answers could count', async () => {
    // The page is rendered anyway (a number in its text); of its twelve questions one answer holds an e-mail address.
    const questions = Array.from({ length: 12 }, (_, i) => i === 10
      ? '<details><summary>Kan jag mejla?</summary><p>Ja, till <a href="mailto:fragor@example.se">fragor@example.se</a>.</p></details>'
      : `<details><summary>Fråga ${i + 1}?</summary><p>Svar nummer ${i + 1}, utan något mer.</p></details>`).join('');
    await expectOnlyMailAnswerOpened(questions, 12);
  }, 180_000);

  it('an FAQ whose question buttons sit in items its class names an accordion, and toggles whose details are named as their summaries, are judged from the HTML all the same: only the answer that could count is opened', async () => {
    // As an Astro or Bootstrap theme writes it: the button names its hidden answer; the item around both is
    // named by the HTML reading too (a class saying "accordion", a box with words after it), under the same words.
    const questions = Array.from({ length: 8 }, (_, i) => {
      const answer = i === 5 ? 'Ja, till <a href="mailto:fragor@example.se">fragor@example.se</a>.' : `Svar nummer ${i + 1}, utan något mer.`;
      const question = i === 5 ? 'Kan jag mejla?' : `Fråga ${i + 1}?`;
      return `<div class="accordion-item"><button class="accordion-header" aria-expanded="false" aria-controls="svar-${i}"><span>${question}</span></button>`
        + `<div id="svar-${i}" class="accordion-content" hidden><p>${answer}</p></div></div>`;
    }).join('');
    // And closed <details> whose class names a toggle, a box of links after each: the details is named by its
    // summary's words as the summary is, but opens that box, not its own answer.
    const topics = Array.from({ length: 4 }, (_, i) => `<details class="info-toggle"><summary>Tema ${i + 1}</summary><p>Om tema ${i + 1}, utan något mer.</p></details>`
      + '<div class="info-actions"><a href="/">Till start</a></div>').join('');
    const script = `<script>document.addEventListener('DOMContentLoaded', function () {
      document.querySelectorAll('.accordion-header').forEach(function (button) {
        button.addEventListener('click', function () {
          var answer = document.getElementById(button.getAttribute('aria-controls'));
          answer.hidden = !answer.hidden;
          button.setAttribute('aria-expanded', String(!answer.hidden));
        });
      });
    });</script>`;
    await expectOnlyMailAnswerOpened(`${script}<div class="accordion">${questions}</div>${topics}`, 12);
  }, 180_000);

  it('what a stylesheet hides outside an FAQ (a call bar shown on phones only) is not taken for what its answers open; the answer repeating its number still is', async () => {
    const css = '<style>.call-bar { display: none } @media (max-width: 600px) { .call-bar { display: block } }</style>';
    const questions = Array.from({ length: 6 }, (_, i) => (i === 3
      ? '<details><summary>Kan jag ringa?</summary><p>Ja, på 046-12 34 56 vardagar.</p></details>'
      : `<details><summary>Fråga ${i + 1}?</summary><p>Svar nummer ${i + 1}, utan något mer.</p></details>`)).join('');
    const body = (title: string, extra = '') => page(`${css}<header><nav><a href="/">Hem</a> <a href="/fragor/">Frågor</a></nav></header><main><h1>${title}</h1>${extra}</main>`
      + '<footer><a href="mailto:info@example.se">info@example.se</a><div class="call-bar"><a href="tel:+4646123456">Ring 046-12 34 56</a></div></footer>');
    const [viaBrowser, auto] = await bothEnginesOn({
      'index.html': body('Välkommen', '<p>Vi säljer och lagar symaskiner i Lund sedan 1962.</p>'),
      'fragor/index.html': body('Frågor', questions),
    }, 2);
    // On a computer the number shows in the one answer alone, two clicks from the start.
    expect(viaBrowser.channels.phone.clicks).toBe(2);
    expect(viaBrowser.channels.phone.path.at(-1)?.label).toBe('Kan jag ringa?');
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    const opened = (result: AuditResult) => (result.crawl.pages ?? []).filter((entry) => entry.path.at(-1)?.action === 'reveal').length;
    expect(opened(viaBrowser)).toBe(6);
    expect(opened(auto)).toBe(1);
  }, 180_000);

  it('an answer read by itself is judged without the document\'s structured data: a number the JSON-LD states and every footer shows is not the answer\'s, while the site\'s country is still open', async () => {
    // German, with no imprint: Germany, Austria or Switzerland until the end, so every view is judged under each.
    const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Nähmaschinen Berg","telephone":"+49 30 1234567"}</script>';
    const questions = Array.from({ length: 6 }, (_, i) => (i === 4
      ? '<details><summary>Kann ich Ihnen schreiben?</summary><p>Gern, an <a href="mailto:fragen@example.de">fragen@example.de</a>.</p></details>'
      : `<details><summary>Frage ${i + 1}?</summary><p>Antwort Nummer ${i + 1}, sonst nichts.</p></details>`)).join('');
    const body = (title: string, extra = '') => page(`${jsonLd}<header><nav><a href="/">Start</a> <a href="/fragen/">Fragen</a></nav></header><main><h1>${title}</h1>${extra}</main>`
      + '<footer><a href="tel:+49301234567">030 1234567</a></footer>', 'de');
    const [viaBrowser, auto] = await bothEnginesOn({
      'index.html': body('Willkommen', '<p>Wir reparieren Nähmaschinen aller Marken seit 1962.</p>'),
      'fragen/index.html': body('Fragen', questions),
    }, 2);
    expect(viaBrowser.channels.email.clicks).toBe(2);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    const opened = (result: AuditResult) => (result.crawl.pages ?? []).filter((entry) => entry.path.at(-1)?.action === 'reveal').length;
    expect(opened(viaBrowser)).toBe(6);
    expect(opened(auto)).toBe(1);
  }, 180_000);

  it('a theme\'s toggle the HTML writes without words, which a stylesheet draws as "+", is seen in the HTML and does not distrust the site', async () => {
    // As a WordPress theme writes its contact cards: an icon-font "+" before a box its stylesheet hides until opened.
    const css = '<style>.toggle_header i { display: inline-block; width: 1em } .icon-plus::before { content: "+" } .box_content { display: none } .open .box_content { display: block }</style>';
    const script = '<script>document.querySelectorAll(".toggle_header").forEach((el) => el.addEventListener("click", () => el.parentElement.classList.toggle("open")));</script>';
    const card = (name: string, phone: string) => `<div class="card"><h3>${name}</h3><div class="tm_toggle"><span class="toggle_header"><i class="icon-plus"></i></span><div class="box_content"><p>Telefon ${phone}</p></div></div></div>`;
    const body = (title: string, extra = '') => page(`${css}<header><nav><a href="/">Hem</a> <a href="/om/">Om oss</a> <a href="/kontakt/">Kontakt</a></nav></header><main><h1>${title}</h1><p>${`${title}: konsulter inom bygg och fastighet sedan 2004. `.repeat(3)}</p>${extra}</main><footer><p>Exempel Konsult AB, <a href="mailto:info@example.se">info@example.se</a></p></footer>${script}`);
    const files = {
      'index.html': body('Välkommen'),
      'om/index.html': body('Om oss'),
      'kontakt/index.html': body('Kontakt', `<p>Besök oss på Storgatan 5, 411 38 Göteborg.</p>${card('Anna Andersson', '0705-38 51 34')}`),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    expect(viaBrowser.channels.phone.clicks).toBe(2);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
  }, 180_000);

  it('social icons that are script links and a cookie box every page repeats are learnt from one render, and not opened again on every page', async () => {
    // As a hand-made theme writes them: share icons as `href="#"` with a title, a cookie box its script hides once consent is stored.
    const icons = '<div class="social-links"><a href="#" target="_blank" title="LinkedIn"><i class="fab"></i></a> <a href="#" target="_blank" title="YouTube"><i class="fab"></i></a></div>';
    const cookieBox = '<style>.fab { display: inline-block; width: 16px; height: 16px }</style><div class="cookie-notice"><p>Vi använder kakor.</p></div>';
    const footer = `<footer><p>Exempel AB</p>${icons}<a href="/kontakt/">Kontakt</a></footer>`;
    const body = (title: string, extra = '') => page(`<header><nav><a href="/">Hem</a> <a href="/tjanster/">Tjänster</a> <a href="/om/">Om oss</a></nav></header><main><h1>${title}</h1>${extra}</main>${footer}${cookieBox}`);
    const files: Record<string, string> = {
      'index.html': body('Välkommen', '<p>Vi hjälper företag med bokföring och lön sedan 1998, i hela landet.</p>'),
      'tjanster/index.html': body('Tjänster', ['a', 'b', 'c', 'd'].map((s) => `<p><a href="/tjanster/${s}/">Tjänst ${s.toUpperCase()}</a></p>`).join('')),
      'om/index.html': body('Om oss', '<p>Ett litet kontor med stora ambitioner.</p>'),
      'kontakt/index.html': body('Kontakt', '<p>Ring 08-123 45 67 eller skriv till <a href="mailto:info@example.se">info@example.se</a>.</p>'),
      ...Object.fromEntries(['a', 'b', 'c', 'd'].map((s) => [`tjanster/${s}/index.html`, body(`Tjänst ${s.toUpperCase()}`, `<p>Om tjänst ${s}: ${'vi gör det noggrant. '.repeat(5)}</p>`)])),
    };
    const [viaBrowser, auto] = await bothEnginesOn(files, 2);
    const opened = (result: AuditResult) => (result.crawl.pages ?? []).filter((p) => p.path.at(-1)!.label === 'LinkedIn').map((p) => new URL(p.url).pathname);
    expect(opened(viaBrowser)).toEqual(['/']);
    expect(opened(auto)).toEqual(['/']);
    expect(viaBrowser.channels.phone.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toBeNull();
    // The four service pages are alike and show nothing new: none is rendered.
    const rendered = (auto.crawl.pages ?? []).filter((p) => p.engine === 'browser').map((p) => new URL(p.url).pathname);
    expect(rendered.filter((path) => path.startsWith('/tjanster/') && path !== '/tjanster/')).toEqual([]);
  }, 180_000);

  it('a rendered page that disagrees for its own reasons costs a re-check of the pages read over HTTP alone, not a restart', async () => {
    const footer = '<footer><a href="mailto:info@example.se">info@example.se</a></footer>';
    // An inline script adds a link: no page read over HTTP alone loads it, yet an inline script could stand anywhere.
    const addsLink = `<script>document.addEventListener('DOMContentLoaded', function () {
  var link = document.createElement('a'); link.href = '/jobb/'; link.textContent = 'Jobba hos oss';
  document.querySelector('main').appendChild(link);
});</script>`;
    const news = page(`<main><h1>Nyheter</h1><p>Frågor? Ring 08-123 45 67</p></main>${addsLink}${footer}`);
    const run = (files: Record<string, string>) => bothEnginesOn(files, 2);

    const [viaBrowser, auto] = await run({
      'index.html': page(`<nav><a href="/historia/">Vår historia</a><a href="/sortiment/">Sortiment</a><a href="/recept/">Recept</a>`
        + `<a href="/nyheter/">Nyheter</a></nav><main><h1>Välkommen</h1></main>${footer}`),
      'historia/index.html': page(`<main><h1>Vår historia</h1><p>Sedan 1952.</p></main>${footer}`),
      'sortiment/index.html': page(`<main><h1>Sortiment</h1><a href="/sortiment/a/">Vara A</a></main>${footer}`),
      'sortiment/a/index.html': page(`<main><h1>Vara A</h1></main>${footer}`),
      'recept/index.html': page(`<main><h1>Recept</h1><p>Kanelbullar.</p></main>${footer}`),
      'nyheter/index.html': news,
      'jobb/index.html': page(`<main><h1>Jobb</h1></main>${footer}`),
    });
    expect(viaBrowser.channels.phone.clicks).toBe(1);
    expect(verdictOf(auto)).toEqual(verdictOf(viaBrowser));
    expect(auto.crawl.browserFallback).toMatch(/nyheter.*links differ.*read over HTTP alone rendered again; all agreed/);
    expect(auto.crawl.browserFallback).not.toMatch(/started over/);
    // The crawl stood: its HTTP fetches are its own (an audit started over in the browser fetches none), and no page was rendered twice.
    expect(auto.crawl.pagesFetched).toBeGreaterThan(0);
    expect(auto.crawl.pagesRendered).toBeLessThanOrEqual(auto.crawl.pagesVisited);

    // Here "Vår historia", read over HTTP alone, hides a link with its stylesheet, and the page behind it shows the e-mail:
    // the path to that finding is confirmed step by step, the hidden step is found, and the audit starts over.
    const [hiddenBrowser, hiddenAuto] = await run({
      'index.html': page(`<nav><a href="/historia/">Vår historia</a><a href="/nyheter/">Nyheter</a></nav><main><h1>Välkommen</h1></main>${footer}`),
      'historia/index.html': page(`<style>.closed { display: none }</style><main><h1>Vår historia</h1><nav class="closed"><a href="/arkiv/">Arkiv</a></nav></main>${footer}`),
      'arkiv/index.html': page(`<main><h1>Arkiv</h1></main>${footer}`),
      'nyheter/index.html': news,
      'jobb/index.html': page(`<main><h1>Jobb</h1></main>${footer}`),
    });
    expect(verdictOf(hiddenAuto)).toEqual(verdictOf(hiddenBrowser));
    expect(hiddenAuto.crawl.browserFallback).toMatch(/historia.*arkiv.*not shown in the browser.*started over in the browser/);
  }, 180_000);

  it('engine http renders nothing', async () => {
    const site = await serveStaticSite(join(FIXTURES_DIR, 'footer-contact'));
    try {
      const result = await audit({ url: site.url, engine: 'http', lang: 'en', timeoutSeconds: 60 });
      expect(result.crawl.engine).toBe('http');
      expect(result.crawl.pagesRendered).toBe(0);
      expect(result.crawl.pagesFetched).toBe(result.crawl.pagesVisited);
      expect(result.channels.phone.found).toBe(true);
    } finally {
      await site.close();
    }
  }, 120_000);
});
