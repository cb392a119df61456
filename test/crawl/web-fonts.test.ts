import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { withLoadsCounted } from '../helpers/loads-counted.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose stylesheet and script both ask for a web font, and which says what became of it once the fonts are ready. */
const FONT_PAGE = `<!doctype html><html lang="sv"><head><style>
  @font-face { font-family: Brand; src: url(/brand.woff2) format("woff2"); }
  body { font-family: Brand, sans-serif; }
</style></head><body><h1>Kundservice</h1><p id="font">väntar</p><script>
  const face = new FontFace('Scripted', 'url(/scripted.woff2)');
  document.fonts.add(face);
  const loaded = face.load().then(() => 'loaded', (error) => 'failed: ' + error.name);
  Promise.all([loaded, document.fonts.ready]).then(([how]) => { document.getElementById('font').textContent = how + ', ' + document.fonts.status; });
</script></body></html>`;

describe('the browser as kontaktkoll launches it', () => {
  it('asks for no web font, even in a tab without the crawl\'s request rules, and a page waiting on its fonts goes on as when they fail', async () => {
    let said = '';
    const loads = await withLoadsCounted({ '/': FONT_PAGE }, {}, async (url) => {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        await tab.goto(url, { waitUntil: 'load' });
        await tab.waitForFunction(() => document.getElementById('font')?.textContent !== 'väntar', undefined, { timeout: 5_000 });
        said = await tab.locator('#font').innerText();
      } finally {
        await context.close();
      }
    });
    expect([...loads.keys()].filter((path) => path.endsWith('.woff2'))).toEqual([]);
    expect(said).toBe('failed: NetworkError, loaded');
  });
});
