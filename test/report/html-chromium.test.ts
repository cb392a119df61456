import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { render } from '../../src/report/index.js';
import { buildResult, hostileResult } from './result-builder.js';

let browser: Browser;
const folder = mkdtempSync(join(tmpdir(), 'kontaktkoll-html-'));

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Opens a rendered report from disk as a person would, recording every request it makes. */
async function openReport(result: AuditResult, name: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, render(result, 'html', { color: false }));
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { timeout: 15_000 });
  return { page, requests, dialogs };
}

describe('the HTML report in Chromium', () => {
  it('shows the verdict first, click paths as steps, the rules with marked sources, and crawl facts', async () => {
    // A screenshot beside the report, as `audit` would leave it.
    const shot = await browser.newPage();
    await shot.setContent('<body style="background:#c00"><h1>Kundservice 08-123 456 78</h1></body>');
    writeFileSync(join(folder, 'phone.png'), await shot.screenshot());
    await shot.close();
    const base = buildResult();
    const result = buildResult({ channels: { phone: { ...base.channels.phone, screenshot: 'phone.png' } } });

    const { page, requests } = await openReport(result, 'report');
    try {
      const first = await page.locator('body > *').first().locator('#verdict').count();
      expect(first).toBe(1);
      expect(await page.locator('#verdict .grade').innerText()).toBe('D');
      expect(await page.locator('#verdict .score').innerText()).toBe('Grade D · 62/100');
      expect(await page.locator('#verdict').isVisible()).toBe(true);

      const phoneSteps = page.locator('[data-channel="phone"] ol.path li');
      expect(await phoneSteps.allInnerTexts()).toEqual([
        expect.stringContaining('Start page'),
        expect.stringMatching(/^Kundservice · found here/),
      ]);
      expect(await page.locator('[data-channel="phone"] blockquote.evidence').innerText()).toBe('Ring oss: 08-123 456 78');
      expect(await page.locator('[data-channel="email"]').getAttribute('class')).toContain('missing');
      const image = page.locator('[data-channel="phone"] img.screenshot');
      expect(await image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

      expect(await page.locator('table.rules tbody tr').count()).toBe(result.rules.length);
      expect(await page.locator('tr[data-rule="email-given"] .kind').innerText()).toBe('law');
      expect(await page.locator('tr[data-rule="human-contact-within-2-clicks"] .kind').innerText()).toBe('principle');
      expect(await page.locator('tr[data-rule="email-given"] a').getAttribute('href')).toBe('https://www.riksdagen.se/sv/dokument-och-lagar/');
      expect(await page.locator('#crawl').innerText()).toMatch(/Pages examined\s+9/);
      expect(await page.locator('#barriers').innerText()).toContain('cookie-wall');

      // Self-contained: the only things loaded are the file and the screenshot beside it.
      expect(requests.map((url) => url.replace(/^.*\//, ''))).toEqual(['report.html', 'phone.png']);
      const screenshot = join(tmpdir(), 'kontaktkoll-report-screenshot.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    } finally {
      await page.close();
    }
  });

  it('is in Swedish for a Swedish result', async () => {
    const { page } = await openReport(buildResult({ lang: 'sv' }), 'report-sv');
    try {
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      expect(await page.locator('#verdict .score').innerText()).toBe('Betyg D · 62/100');
      expect(await page.locator('tr[data-rule="email-given"] .kind').innerText()).toBe('lag');
    } finally {
      await page.close();
    }
  });

  it('runs nothing a hostile page injected', async () => {
    const { page, requests, dialogs } = await openReport(hostileResult(), 'hostile');
    try {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(requests).toHaveLength(1);
      expect(await page.locator('[data-channel="phone"] blockquote.evidence').innerText()).toContain('<script>');
      // Clicking every link in the report still runs nothing.
      for (const link of await page.locator('a').all()) expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    } finally {
      await page.close();
    }
  });
});
