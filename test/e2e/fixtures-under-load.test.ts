import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { serveStaticSite } from '../../src/serve/static-site-server.js';
import { FIXTURES_DIR, loadExpected } from '../helpers/fixture-sites.js';
import { verdictPair } from '../helpers/fixture-verdict.js';

/**
 * A verdict must not depend on how busy the machine is. The fixtures whose verdicts rest on
 * what the page does in time (a reveal, an accordion, a menu, a chat launcher, sections that fade
 * in on scrolling, a consent dialog) are audited while every core is kept busy by other processes,
 * and must give exactly the verdicts of expected.json. They run side by side: more load, for less
 * time that the spinners hold the machine from the rest of the suite.
 */
const TIMING_FIXTURES = ['reveal-number', 'hours-accordion', 'scroll-reveal', 'reveal-grid', 'mobile-menu', 'chat-opens-handover', 'consent-wall'];

const spinners: ChildProcess[] = [];
let browser: Browser;

beforeAll(async () => {
  for (let i = 0; i < availableParallelism(); i++) {
    spinners.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const spinner of spinners) spinner.kill('SIGKILL');
  await browser?.close();
});

describe.concurrent('fixtures audited while every core is busy', () => {
  it.each(TIMING_FIXTURES)('%s gives the verdicts of expected.json', async (name) => {
    const expected = loadExpected(name);
    const site = await serveStaticSite(join(FIXTURES_DIR, name));
    try {
      const result = await audit({ url: new URL(expected.startPath, site.url).href, device: expected.device, lang: 'en', timeoutSeconds: 90 }, {}, browser);
      expect(result.crawl.stoppedBecause).not.toBe('timeout');
      const { want, got } = verdictPair(expected, result);
      expect(got).toEqual(want);
    } finally {
      await site.close();
    }
  }, 180_000);
});
