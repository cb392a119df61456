import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { highlightFinding } from '../../src/page/highlight-finding.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a finding\'s screenshot outlines where it was found', () => {
  it('outlines the smallest visible element showing the value, and for a form the form itself', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(`<main><section id="outer"><p>Kundtjänst</p><p id="phone">Ring  08-123 45 67</p></section>
        <p style="display:none">08-123 45 67</p><form id="form"><input name="e-post"></form></main>`);
      const outline = (id: string) => page.evaluate((el) => document.getElementById(el)!.style.getPropertyValue('outline'), id);
      expect(await page.evaluate(highlightFinding, ['Ring 08-123 45 67', 'phone'] as [string, 'phone'])).toBe(true);
      expect(await outline('phone')).toContain('rgb(228, 0, 124)');
      expect(await outline('outer')).toBe('');
      expect(await page.evaluate(highlightFinding, ['', 'form'] as [string, 'form'])).toBe(true);
      expect(await outline('form')).toContain('rgb(228, 0, 124)');
      expect(await page.evaluate(highlightFinding, ['08-999 99 99', 'phone'] as [string, 'phone'])).toBe(false);
    } finally {
      await page.close();
    }
  });
});
