import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { pressWhereItLands } from '../../src/interact/press-where-it-lands.js';
import { page as html, serveTempSite } from '../helpers/temp-site.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each button, and the sheet over one of them, writes who a click reached, and whether it came from a pointer. */
const BODY = `<style>button { width: 160px; height: 40px } .spacer { height: 3000px }</style>
  <button id="top">Visa telefon</button>
  <div style="position:relative"><button id="under">Visa e-post</button>
    <div id="sheet" style="position:absolute;inset:0;background:#fff"></div></div>
  <div class="spacer"></div><button id="bottom">Visa adress</button>
  <script>
    window.reached = [];
    for (const id of ['top', 'under', 'bottom', 'sheet']) {
      document.getElementById(id).addEventListener('click', (event) => window.reached.push(id + (event.isTrusted ? '' : ' (script)')));
    }
  </script>`;

async function onPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const site = await serveTempSite({ 'index.html': html(BODY) });
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    return await run(page);
  } finally {
    await context.close();
    await site.close();
  }
}

const reached = (page: Page) => page.evaluate(() => (window as unknown as { reached: string[] }).reached);

describe('pressing an element where a person\'s click lands on it', () => {
  it('presses with the pointer what is in view, and what is below the fold once scrolled to', async () => {
    const pressed = await onPage(async (page) => ({ top: await pressWhereItLands(page, '#top'), bottom: await pressWhereItLands(page, '#bottom'), reached: await reached(page) }));
    expect(pressed).toEqual({ top: true, bottom: true, reached: ['top', 'bottom'] });
  });

  it('presses nothing where something else lies over the element, or where there is no such element', async () => {
    const pressed = await onPage(async (page) => ({ under: await pressWhereItLands(page, '#under'), missing: await pressWhereItLands(page, '#gone'), reached: await reached(page) }));
    expect(pressed).toEqual({ under: false, missing: false, reached: [] });
  });
});
