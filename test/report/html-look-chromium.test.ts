import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedScreenshots } from '../../src/cli/embed-screenshots.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import type { AuditResult } from '../../src/model/audit-result.js';
import { render } from '../../src/report/index.js';
import { documentWidth as overflow, openPage, seriousAxeViolations } from '../helpers/page-look.js';
import { bothDevices, buildResult, foundAt, START } from './result-builder.js';

/**
 * The HTML report as people meet it: on a phone and a desktop, in dark mode, on paper, and with
 * a screen reader's needs checked by axe-core. Renders of each go to /tmp/report-look for a person to look at.
 */
const LOOK = join(tmpdir(), 'report-look');
const folder = mkdtempSync(join(tmpdir(), 'kontaktkoll-look-'));
let browser: Browser;
let reportUrl: string;

/** A full report: long URLs and values, several values per channel, both devices, a barrier and an embedded screenshot. */
async function richResult(): Promise<AuditResult> {
  const shot = await browser.newPage({ viewport: { width: 900, height: 500 } });
  await shot.setContent('<body style="font:28px sans-serif;background:#fff"><h1 style="outline:4px solid red">Kundservice 08-123 456 78</h1></body>');
  writeFileSync(join(folder, 'desktop-phone.png'), await shot.screenshot());
  await shot.close();
  const longUrl = 'https://www.exempel.se/kundservice/kontakta-oss/telefon-och-e-post/oppettider-for-privatkunder-och-foretagskunder?ref=startsidan&utm_source=nyhetsbrev';
  const deep = { action: 'link' as const, label: 'Kundservice och vanliga frågor om fakturor och leveranser', url: longUrl };
  const base = buildResult();
  const phone = foundAt([START, deep], {
    value: '+46812345678', display: '08-123 456 78', evidence: 'Ring oss på 08-123 456 78, vardagar 8–17', numberType: 'FIXED_LINE', premiumRate: false, sharedCost: false, country: 'SE', whatsapp: false,
  });
  const more = (display: string, clicks: number) => ({ ...phone.items[0]!, value: display, display, clicks, pageUrl: longUrl });
  const result = buildResult({
    channels: {
      phone: { ...phone, items: [...phone.items, more('020-11 22 33', 1), more('0771-123 123', 2)], screenshot: 'desktop-phone.png' } as AuditResult['channels']['phone'],
      email: foundAt([START], { value: 'kundservice.privatkunder.och.foretag@exempel-med-langt-namn.se', display: 'kundservice.privatkunder.och.foretag@exempel-med-langt-namn.se', evidence: 'E-post: kundservice.privatkunder.och.foretag@exempel-med-langt-namn.se', obfuscated: false }),
    },
    over: { finalUrl: longUrl },
  });
  return embedScreenshots({ ...result, devices: bothDevices(base) }, folder);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const file = join(folder, 'kontaktkoll.html');
  writeFileSync(file, render(await richResult(), 'html', { color: false }));
  reportUrl = pathToFileURL(file).href;
  mkdirSync(LOOK, { recursive: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const open = (width: number, colorScheme: 'light' | 'dark' = 'light') => openPage(browser, reportUrl, width, colorScheme);

describe('the HTML report on any screen and on paper', () => {
  it.each([360, 390, 1280])('at %i px the page is no wider than the screen; wide tables scroll in their own box', async (width) => {
    const { page, close } = await open(width);
    try {
      const { scroll, viewport } = await overflow(page);
      expect(scroll).toBeLessThanOrEqual(viewport);
      // The screenshot was embedded: it shows with no file beside the report.
      expect(await page.locator('[data-channel="phone"] img.screenshot').evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      if (width !== 360) await page.screenshot({ path: join(LOOK, `report-${width}.png`), fullPage: true });
      if (width === 390) {
        await page.screenshot({ path: join(LOOK, 'report-390-top.png') });
        await page.locator('#devices').screenshot({ path: join(LOOK, 'report-390-devices.png') });
        await page.locator('#rules').screenshot({ path: join(LOOK, 'report-390-rules.png') });
      }
    } finally {
      await close();
    }
  });

  it('every value of a channel opens from its <details>, with no script', async () => {
    const { page, close } = await open(390);
    try {
      const details = page.locator('[data-channel="phone"] details.more');
      expect(await details.locator('ul.values').isVisible()).toBe(false);
      await details.locator('summary').click();
      expect(await details.locator('ul.values li').allInnerTexts()).toEqual([expect.stringContaining('020-11 22 33'), expect.stringContaining('0771-123 123')]);
      expect((await overflow(page)).scroll).toBeLessThanOrEqual(390);
    } finally {
      await close();
    }
  });

  it('follows a dark colour scheme on screen', async () => {
    const { page, close } = await open(1280, 'dark');
    try {
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(13, 17, 23)');
      await page.screenshot({ path: join(LOOK, 'report-1280-dark.png'), fullPage: true });
    } finally {
      await close();
    }
  });

  it('prints on A4 with no dark backgrounds, even from a dark screen', async () => {
    const { page, close } = await open(1280, 'dark');
    try {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const backgrounds = await page.evaluate(() => [document.body, document.querySelector('.grade'), document.querySelector('.verdict'), document.querySelector('th')]
        .map((element) => getComputedStyle(element!).backgroundColor));
      for (const color of backgrounds) expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(color);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('#rules')!).breakBefore)).toBe('page');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // More than one page: sections start on pages of their own.
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
      writeFileSync(join(LOOK, 'report.pdf'), pdf);
    } finally {
      await close();
    }
  });

  it.each(['light', 'dark'] as const)('axe-core finds no serious or critical accessibility problem (%s)', async (scheme) => {
    for (const width of [390, 1280]) {
      const { page, close } = await open(width, scheme);
      try {
        expect(await seriousAxeViolations(page), `${scheme} ${width}px`).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
