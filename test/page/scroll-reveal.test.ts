import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { evaluateInPage, inPage } from '../../src/page/in-page.js';
import { REVEALED, SCROLL_REVEAL_BOUNDS, scrollReveal } from '../../src/page/scroll-reveal.js';
import { page as html, serveTempSite } from '../helpers/temp-site.js';

// A theme's glows (large blurred shapes behind the content), a photo blended over the hero, and a reveal on the scroll event, as AOS and WOW.js do it.
const GLOW_PAGE = html(`
  <style>
    .glow { position: absolute; top: 0; left: 0; width: 900px; height: 2600px; background: #8cf; filter: blur(120px); }
    .panel { backdrop-filter: blur(12px); }
    .photo { position: absolute; top: 0; left: 0; width: 100%; height: 600px; background: #963; mix-blend-mode: luminosity; }
    .fade { opacity: 0 } .fade.in { opacity: 1 } .spacer { height: 1800px }
  </style>
  <div class="glow" id="glow"></div><div class="photo" id="photo"></div>
  <h1>Välkommen</h1><div class="spacer"></div>
  <section class="fade panel" id="contact"><p>Ring 08-123 45 67</p></section>
  <script>
    window.filtersWhileScrolled = [];
    addEventListener('scroll', () => {
      const glow = document.getElementById('glow');
      window.filtersWhileScrolled.push(getComputedStyle(glow).filter + ' ' + getComputedStyle(document.getElementById('photo')).mixBlendMode);
      for (const el of document.querySelectorAll('.fade')) if (el.getBoundingClientRect().top < innerHeight) el.classList.add('in');
    });
  </script>`);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the scroll pass', () => {
  it('scrolls without the page\'s blur filters and blend modes, which it paints in software on every frame, and gives them back after', async () => {
    const site = await serveTempSite({ 'index.html': GLOW_PAGE });
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(site.url);
      const revealed = await evaluateInPage(page, inPage(scrollReveal, { ...SCROLL_REVEAL_BOUNDS, maxMs: 10_000 }));
      expect(revealed).toBe(1);
      const after = await page.evaluate((name) => ({
        remembered: (window as unknown as Record<string, WeakSet<Element>>)[name]!.has(document.getElementById('contact')!),
        whileScrolled: (window as unknown as { filtersWhileScrolled: string[] }).filtersWhileScrolled,
        glow: getComputedStyle(document.getElementById('glow')!).filter,
        panel: getComputedStyle(document.getElementById('contact')!).backdropFilter,
        photo: getComputedStyle(document.getElementById('photo')!).mixBlendMode,
        sheets: document.adoptedStyleSheets.length,
      }), REVEALED);
      expect(after.remembered).toBe(true);
      expect(after.whileScrolled.length).toBeGreaterThan(0);
      expect(new Set(after.whileScrolled)).toEqual(new Set(['none normal']));
      expect(after).toMatchObject({ glow: 'blur(120px)', panel: 'blur(12px)', photo: 'luminosity', sheets: 0 });
    } finally {
      await context.close();
      await site.close();
    }
  });
});
