/**
 * What a user would write instead of kontaktkoll with a browser: Crawlee's PlaywrightCrawler,
 * a full crawl of the site (same hostname), the same contact extraction on every page, each page
 * in kontaktkoll's window size.
 */
import { Configuration, LogLevel, PlaywrightCrawler, log } from '@crawlee/playwright';
import { chromium } from 'playwright';
import { QUIET_FLAGS } from '../../src/crawl/launch-browser.js';
import { ChannelDepths } from './contact-extraction.js';
import { printReport, readPeerInput } from './peer-protocol.js';

log.setLevel(LogLevel.OFF);
const input = readPeerInput();
const found = new ChannelDepths();
let done = 0;
let failed = 0;
let budgetHit = false;
const started = performance.now();

const crawler = new PlaywrightCrawler({
  launchContext: { launcher: chromium, launchOptions: { executablePath: input.executablePath, headless: true, args: [...QUIET_FLAGS, ...(input.browserArgs ?? [])] } },
  minConcurrency: input.concurrency,
  maxConcurrency: input.concurrency,
  maxRequestRetries: 1,
  preNavigationHooks: [async ({ page }) => {
    await page.setViewportSize({ width: input.view.width, height: input.view.height });
    await page.emulateMedia({ reducedMotion: input.view.reducedMotion });
  }],
  async requestHandler({ page, request, enqueueLinks }) {
    const depth = Number(request.userData.depth ?? 0);
    found.add(await page.content(), depth);
    done++;
    await enqueueLinks({ strategy: 'same-hostname', userData: { depth: depth + 1 } });
  },
  failedRequestHandler() {
    failed++;
  },
}, new Configuration({ storageClientOptions: { localDataDirectory: input.storageDir }, persistStorage: false }));

const budget = setTimeout(() => {
  budgetHit = true;
  crawler.stop('time budget');
}, input.budgetMs);
await crawler.run([{ url: input.startUrl, userData: { depth: 0 } }]);
clearTimeout(budget);
printReport({
  peer: 'crawlee-playwright', pagesDone: done, pagesFailed: failed, complete: !budgetHit,
  elapsedMs: performance.now() - started, channels: found.result(),
});
