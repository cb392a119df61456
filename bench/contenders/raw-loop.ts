/**
 * The per-view limit: plain Playwright over a fixed list of views with the same concurrency and
 * reused tabs as kontaktkoll, in its window size: each page loaded to `load`, the controls a view
 * was opened by clicked in turn (as Playwright's `click` does it: once the control is there), and
 * its HTML read. No crawl logic, no waiting for the page to settle, and every request let through.
 */
import { chromium, type Page } from 'playwright-core';
import { QUIET_FLAGS } from '../../src/crawl/launch-browser.js';
import { ChannelDepths } from './contact-extraction.js';
import type { PeerInput, PeerReport, ViewToShow } from './peer-protocol.js';

/** A control found that cannot be clicked within this long (covered, moving) fails its view. */
const PRESS_MS = 5_000;

export async function rawLoop(input: Omit<PeerInput, 'storageDir'>): Promise<PeerReport> {
  const views = input.views ?? [{ url: input.startUrl, presses: [] }];
  const started = performance.now();
  const browser = await chromium.launch({ executablePath: input.executablePath, headless: true, args: [...QUIET_FLAGS, ...(input.browserArgs ?? [])], timeout: 30_000 });
  const { width, height, deviceScaleFactor, reducedMotion } = input.view;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, reducedMotion });
  const found = new ChannelDepths();
  let next = 0;
  let done = 0;
  let pressed = 0;
  let failed = 0;
  const deadline = started + input.budgetMs;

  async function worker(): Promise<void> {
    const page = await context.newPage();
    while (next < views.length && performance.now() < deadline) {
      const view = views[next++]!;
      try {
        await show(page, view);
        found.add(await page.content(), 0);
        done++;
        if (view.presses.length > 0) pressed++;
      } catch {
        failed++;
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.min(input.concurrency, views.length) }, worker));
  } finally {
    await browser.close();
  }
  return {
    peer: 'raw-playwright', pagesDone: done, pagesFailed: failed, viewsPressed: pressed, complete: next >= views.length,
    elapsedMs: performance.now() - started, channels: found.result(),
  };
}

async function show(page: Page, view: ViewToShow): Promise<void> {
  await page.goto(view.url, { waitUntil: 'load', timeout: 20_000 });
  for (const label of view.presses) {
    // The control by the name a person reads on it: a button's or a link's accessible name, else its text.
    const control = page.getByRole('button', { name: label, exact: true })
      .or(page.getByRole('link', { name: label, exact: true }))
      .or(page.getByText(label, { exact: true }))
      .filter({ visible: true })
      .first();
    // One not there once the page has loaded fails its view at once: the loop's rate is not held up by a name it cannot find.
    if (await control.count() === 0) throw new Error(`no control named "${label}"`);
    await control.click({ timeout: PRESS_MS });
  }
}
