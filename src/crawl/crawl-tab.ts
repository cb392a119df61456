import type { Page } from 'playwright-core';
import { quickenAnimations } from './animation-clock.js';
import { applyTabRules, type TabRequestRules } from './tab-requests.js';

/** Sets a crawl tab up before its first page, through one browser session: its animation clock, and what it may request. */
export async function prepareCrawlTab(page: Page, rules: TabRequestRules): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await quickenAnimations(session);
  await applyTabRules(session, rules);
}
