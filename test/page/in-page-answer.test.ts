import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { evaluateInPage, inPage } from '../../src/page/in-page.js';

/** An in-page function whose answer has what JSON alone would lose or a page's library would spoil. */
function awkwardAnswer(settings: { label: string }) {
  return {
    label: settings.label,
    lists: [['a', 'b'], []],
    numbers: [0, -1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
    text: document.title,
  };
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('an in-page call\'s answer, crossing as JSON text', () => {
  it('comes back whole, its numbers too, on a page whose library put toJSON on the built-in prototypes', async () => {
    // As Prototype.js does: JSON.stringify would call these on every array and string of the answer.
    await page.setContent(`<title>Kontakt</title><script>
      Array.prototype.toJSON = function () { return 'array:' + this.length; };
      String.prototype.toJSON = function () { return 'spoilt'; };
      Object.prototype.toJSON = function () { return 'spoilt'; };
    </script>`);
    const answer = await evaluateInPage(page, inPage(awkwardAnswer, { label: 'svar' }));
    expect(answer).toEqual({
      label: 'svar', lists: [['a', 'b'], []], numbers: [0, -1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], text: 'Kontakt',
    });
    // The page's own toJSON is back in place once the answer is written.
    expect(await page.evaluate(() => JSON.stringify([1, 2]))).toBe('"array:2"');
  });

  it('an answer of nothing stays undefined, and an async call is awaited', async () => {
    await page.setContent('<p>Hej</p>');
    expect(await evaluateInPage(page, inPage(() => undefined, null))).toBeUndefined();
    const later = (settings: { ms: number }) => new Promise<string>((resolve) => setTimeout(() => resolve(document.body.innerText), settings.ms));
    expect(await evaluateInPage(page, inPage(later, { ms: 20 }))).toBe('Hej');
  });
});
