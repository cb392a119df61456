import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { requestFilter } from '../../src/crawl/blocked-requests.js';
import { prepareCrawlTab } from '../../src/crawl/crawl-tab.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { page as html, serveTempSite } from '../helpers/temp-site.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A block of text a CSS animation keeps transparent for `delay`, then fades in over `fade`. */
const heldBack = (text: string, delay: string, fade = '1s') => `<style>
  @keyframes fram { from { opacity: 0 } to { opacity: 1 } }
  .senare { opacity: 0; animation: fram ${fade} ${delay} forwards }
</style><main><h1>Kundservice</h1><p class="senare">${text}</p></main>`;

describe('a crawl tab runs its animation clock fast', () => {
  it('a ten-second fade has ended a moment after the load, on every document the tab shows', async () => {
    const site = await serveTempSite({ 'index.html': html(heldBack('Hej', '0s', '10s')), 'andra/index.html': html(heldBack('Hej igen', '0s', '10s')) });
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await prepareCrawlTab(tab, { filter: requestFilter(false), inScope: () => true });
      const opacities: string[] = [];
      for (const path of ['', 'andra/']) {
        await tab.goto(site.url + path, { waitUntil: 'load' });
        await tab.waitForTimeout(300);
        opacities.push(await tab.locator('.senare').evaluate((el) => getComputedStyle(el).opacity));
      }
      // At real time the fade would stand at 0.03 after 300 ms.
      expect(opacities).toEqual(['1', '1']);
    } finally {
      await context.close();
      await site.close();
    }
  }, 60_000);

  it('a number a CSS animation holds back for seconds is read at the page\'s own clicks, as a person sees it once the page stands still', async () => {
    const site = await serveTempSite({ 'index.html': html(heldBack('Ring oss på 08-123 456 70', '8s')) });
    try {
      const result = await audit({ url: site.url, engine: 'browser', lang: 'en', timeoutSeconds: 60 }, {}, browser);
      expect(result.channels.phone.found).toBe(true);
      expect(result.channels.phone.clicks).toBe(0);
      expect(result.channels.phone.items.map((item) => item.value)).toEqual(['+46812345670']);
    } finally {
      await site.close();
    }
  }, 120_000);
});
