import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DoneRecord, JournalRecord } from '../../src/batch/journal-record.js';
import { summarize } from '../../src/batch/summary.js';
import { summaryHtml } from '../../src/batch/summary-html.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { documentWidth, openPage, seriousAxeViolations } from '../helpers/page-look.js';

/**
 * summary.html as people meet it, like the single-audit report in test/report/html-look-chromium:
 * on a phone and a desktop, in dark mode, on paper, and checked by axe-core. Renders go to
 * /tmp/summary-look for a person to look at.
 */
const LOOK = join(tmpdir(), 'summary-look');
const NOW = '2026-01-01T00:00:00.000Z';
const none = { phone: null, email: null, form: null, chat: null, address: null, hours: null };
const key = (n: number) => n.toString(16).padStart(16, '0');
let browser: Browser;
let summaryUrl: string;

/** A survey's worth: long names and URLs, a hostile name, several sectors, failed sites, skipped rows and failed rules. */
function records(): JournalRecord[] {
  const sectors = ['telecom', 'energy', 'banking and insurance for private customers', ''];
  const done = Array.from({ length: 24 }, (_, n): DoneRecord => ({
    key: key(n), url: `https://www.${n % 3 === 0 ? 'ett-foretag-med-ett-mycket-langt-namn-och-en-lang-adress' : 'exempel'}${n}.se/kundservice/kontakta-oss?ref=startsidan`,
    name: n === 5 ? 'Evil | Co <script>alert(1)</script>' : `Företaget nummer ${n} Aktiebolag (publ)`, sector: sectors[n % sectors.length]!, country: 'SE',
    finishedAt: NOW, durationMs: 1, by: 'test', status: 'done', file: `sites/${key(n)}.json`,
    row: {
      score: 100 - n * 4, grade: 'ABCDEF'[Math.min(5, Math.floor(n / 4))]!, humanContactClicks: n % 5 === 4 ? null : n % 4, phoneClicks: n % 3, hoursStated: n % 2 === 0,
      premiumRate: n % 7 === 0, chatbotOnly: n % 5 === 4, channelChoice: 3, barriers: n % 2 ? ['consent'] : [], finalUrl: `https://www.exempel${n}.se/`, pagesVisited: 8,
      channelClicks: { ...none, phone: n % 3, email: n % 2 ? 1 : null }, rulePack: n % 2 ? 'se' : 'eu',
      failedRules: n % 3 ? [{ id: 'cancellation-route-shown', title: 'A route for cancelling a contract or subscription is shown within 3 clicks' }] : [],
    },
  }));
  const failed = Array.from({ length: 3 }, (_, n): JournalRecord => ({
    key: key(100 + n), url: `https://www.nere${n}.se/en/mycket/lang/adress/som/inte/svarade/alls/${'x'.repeat(60)}`, name: `Nere ${n}`, sector: 'energy', country: 'SE',
    finishedAt: NOW, durationMs: 1, by: 'test', status: 'failed', reason: 'unreachable', message: `net::ERR_NAME_NOT_RESOLVED at https://www.nere${n}.se/${'y'.repeat(80)}`,
  }));
  return [...done, ...failed];
}

beforeAll(async () => {
  browser = await launchBrowser();
  const folder = mkdtempSync(join(tmpdir(), 'kontaktkoll-summary-look-'));
  const file = join(folder, 'summary.html');
  const summary = summarize(records(), 512 * 1024 * 1024, [{ line: 4, message: `line 4: only http and https addresses can be audited: ftp://${'z'.repeat(90)}` }]);
  writeFileSync(file, summaryHtml(summary, NOW, 'en', { htmlReports: new Set([key(1), key(2)]), toolVersion: '0.1.0' }));
  summaryUrl = pathToFileURL(file).href;
  mkdirSync(LOOK, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const open = (width: number, colorScheme: 'light' | 'dark' = 'light') => openPage(browser, summaryUrl, width, colorScheme, 800);

describe('summary.html on any screen and on paper', () => {
  it.each([360, 390, 1280])('at %i px the document does not scroll sideways; the ranked table scrolls in its own box', async (width) => {
    const { page, close } = await open(width);
    try {
      const { scroll, viewport } = await documentWidth(page);
      expect(scroll).toBeLessThanOrEqual(viewport);
      const box = page.locator('.scroll').first();
      const { boxScroll, boxWidth } = await box.evaluate((element) => ({ boxScroll: element.scrollWidth, boxWidth: element.clientWidth }));
      expect(boxWidth).toBeLessThanOrEqual(viewport);
      if (width < 400) expect(boxScroll).toBeGreaterThan(boxWidth);
      await page.screenshot({ path: join(LOOK, `summary-${width}.png`), fullPage: true });
    } finally {
      await close();
    }
  });

  it('follows a dark colour scheme on screen', async () => {
    const { page, close } = await open(1280, 'dark');
    try {
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('th')!).color)).toBe('rgb(230, 237, 243)');
      await page.screenshot({ path: join(LOOK, 'summary-1280-dark.png'), fullPage: true });
    } finally {
      await close();
    }
  });

  it('prints on A4 with no dark backgrounds and no table cut at the edge, even from a dark screen', async () => {
    const { page, close } = await open(1280, 'dark');
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const backgrounds = await page.evaluate(() => [document.body, document.querySelector('th')].map((element) => getComputedStyle(element!).backgroundColor));
      for (const color of backgrounds) expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(color);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.scroll')!).overflowX)).toBe('visible');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('#methodology')!).breakBefore)).toBe('page');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      writeFileSync(join(LOOK, 'summary.pdf'), pdf);
      // At A4's printable width every table fits: nothing is wider than the page.
      await page.setViewportSize({ width: 680, height: 900 });
      const widest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('table')].map((table) => table.getBoundingClientRect().right)));
      expect(widest).toBeLessThanOrEqual(680);
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)('axe-core finds no serious or critical accessibility problem (%s)', async (scheme) => {
    for (const width of [360, 1280]) {
      const { page, close } = await open(width, scheme);
      try {
        expect(await seriousAxeViolations(page), `${scheme} ${width}px`).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
