import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { whileAnswering } from '../../src/crawl/while-answering.js';
import { TimeoutError } from '../../src/util/with-timeout.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('work in a page is waited for while the page answers', () => {
  it('gives up on a page whose script never yields, naming the work', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent('<p>Telefon 08-123 45 67</p>');
      await page.evaluate('setTimeout(() => { for (;;) {} }, 0)');
      const read = whileAnswering(page, page.evaluate('document.body.innerText'), 'reading the page');
      await expect(read).rejects.toThrow(TimeoutError);
      await expect(read).rejects.toThrow(/reading the page \(the page stopped answering\)/);
    } finally {
      await context.close();
    }
  });

  it('waits for slow work that yields between its steps, longer than a silent page is given', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent('<p>Telefon 08-123 45 67</p>');
      // Eight seconds of steps, each a short timer: the page answers in between, so this is not a hang.
      const slow = page.evaluate(`(async () => { for (let i = 0; i < 80; i++) await new Promise((r) => setTimeout(r, 100)); return document.body.innerText; })()`);
      await expect(whileAnswering(page, slow, 'reading the page')).resolves.toBe('Telefon 08-123 45 67');
    } finally {
      await context.close();
    }
  });
});
