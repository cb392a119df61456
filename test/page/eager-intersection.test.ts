import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { EAGER_INTERSECTION_SETTINGS, eagerIntersection } from '../../src/page/eager-intersection.js';
import { page as html, serveTempSite } from '../helpers/temp-site.js';

// A hand-written reveal: sections far below the fold get .is-visible while in view, and lose it when they leave.
const REVEAL_PAGE = html(`
  <style>.reveal { opacity: 0 } .reveal.is-visible { opacity: 1 } .spacer { height: 3000px }</style>
  <h1>Välkommen</h1><div class="spacer"></div>
  <section class="reveal" id="contact"><p>Ring 08-123 45 67</p></section>
  <div class="spacer"></div>
  <div class="reveal" id="sentinel"></div>
  <section class="reveal" id="form"><form><input name="e-post"></form></section>
  <div class="reveal" id="logos"><img src="/partner.png" alt="Partner" width="120" height="60"></div>
  <img class="reveal" id="lazy" data-src="/galleri.png" alt="Galleri" width="120" height="60">
  <script>
    window.seen = [];
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        window.seen.push(entry.target.id + ':' + entry.isIntersecting);
        entry.target.classList.toggle('is-visible', entry.isIntersecting);
      }
    });
    document.querySelectorAll('.reveal').forEach((el) => observer.observe(el));
  </script>`);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function loaded(eager: boolean, body = REVEAL_PAGE): Promise<{ page: Page; context: BrowserContext; close: () => Promise<void> }> {
  const site = await serveTempSite({ 'index.html': body });
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  if (eager) await context.addInitScript(eagerIntersection, EAGER_INTERSECTION_SETTINGS);
  const page = await context.newPage();
  await page.goto(site.url);
  // Two frames: the observers' own first answers have come by then.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  return { page, context, close: async () => { await context.close(); await site.close(); } };
}

const visible = (page: Page, id: string) => page.evaluate((el) => document.getElementById(el)!.classList.contains('is-visible'), id);

describe('observers answered at once: what fades in on coming into view is shown without scrolling', () => {
  it('without the init script the sections below the fold stay hidden until scrolled to (the pattern is real)', async () => {
    const { page, close } = await loaded(false);
    try {
      expect(await visible(page, 'contact')).toBe(false);
      expect(await visible(page, 'form')).toBe(false);
      expect(await visible(page, 'logos')).toBe(false);
    } finally {
      await close();
    }
  });

  it('with it, every section with something to read is shown at once, and the browser\'s later "out of view" does not hide it again', async () => {
    const { page, close } = await loaded(true);
    try {
      expect(await visible(page, 'contact')).toBe(true);
      expect(await visible(page, 'form')).toBe(true);
      // A block of pictures alone fades in as text does; an image itself is a lazy loader's, answered only by the browser.
      expect(await visible(page, 'logos')).toBe(true);
      expect(await visible(page, 'lazy')).toBe(false);
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen).not.toContain('contact:false');
      // An empty sentinel is answered only by the browser, truthfully: out of view.
      expect(await visible(page, 'sentinel')).toBe(false);
      expect(seen).toContain('sentinel:false');
    } finally {
      await close();
    }
  });

  it('keeps observers recognisable to the page and tells a document at most a bounded number of elements early', async () => {
    const many = html(`<style>.spacer { height: 2000px }</style><div class="spacer"></div>
      ${Array.from({ length: 600 }, (_, i) => `<p class="r" id="p${i}">Rad ${i}</p>`).join('')}
      <script>
        window.early = 0;
        const observer = new IntersectionObserver((entries) => { for (const e of entries) if (e.isIntersecting) window.early++; });
        window.isObserver = observer instanceof IntersectionObserver;
        document.querySelectorAll('.r').forEach((el) => observer.observe(el));
      </script>`);
    const { page, close } = await loaded(true, many);
    try {
      const { early, isObserver } = await page.evaluate(() => ({ early: (window as unknown as { early: number }).early, isObserver: (window as unknown as { isObserver: boolean }).isObserver }));
      expect(isObserver).toBe(true);
      expect(early).toBeGreaterThanOrEqual(400);
      expect(early).toBeLessThan(600);
    } finally {
      await close();
    }
  });
});
