/**
 * The per-page limit: plain Playwright over a fixed list of pages with the same concurrency and
 * reused tabs as kontaktkoll, in its window size, each page loaded to `load` and its HTML read. No
 * crawl logic, and every request let through.
 */
import { chromium } from 'playwright-core';
import { QUIET_FLAGS } from '../../src/crawl/launch-browser.js';
import { ChannelDepths } from './contact-extraction.js';
import type { PeerInput, PeerReport } from './peer-protocol.js';

export async function rawLoop(input: Omit<PeerInput, 'storageDir'>): Promise<PeerReport> {
  const urls = input.urls ?? [input.startUrl];
  const started = performance.now();
  const browser = await chromium.launch({ executablePath: input.executablePath, headless: true, args: [...QUIET_FLAGS, ...(input.browserArgs ?? [])], timeout: 30_000 });
  const { width, height, deviceScaleFactor, reducedMotion } = input.view;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, reducedMotion });
  const found = new ChannelDepths();
  let next = 0;
  let done = 0;
  let failed = 0;
  const deadline = started + input.budgetMs;

  async function worker(): Promise<void> {
    const page = await context.newPage();
    while (next < urls.length && performance.now() < deadline) {
      const url = urls[next++]!;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
        found.add(await page.content(), 0);
        done++;
      } catch {
        failed++;
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: Math.min(input.concurrency, urls.length) }, worker));
  } finally {
    await browser.close();
  }
  return {
    peer: 'raw-playwright', pagesDone: done, pagesFailed: failed, complete: next >= urls.length,
    elapsedMs: performance.now() - started, channels: found.result(),
  };
}
