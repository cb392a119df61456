import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Channels, Device } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelItem, type ChannelName } from '../model/channel-items.js';
import { passConsent } from '../interact/consent.js';
import { highlightFinding } from '../page/highlight-finding.js';
import { performAction } from '../interact/page-actions.js';
import { waitForSettle } from '../interact/settle.js';
import { withTimeout } from '../util/with-timeout.js';
import { quickenAnimations } from './animation-clock.js';
import { contextOptionsFor } from './device-profile.js';
import type { RequestIdentity } from './network-policy.js';
import { readingContext } from './site-context.js';
import { pathSignature } from './crawl-site.js';
import type { PageState } from './state-interaction.js';

export interface ScreenshotSettings extends RequestIdentity {
  device: Device;
  dir: string;
  chatSelectors: readonly string[];
  /** Wall-clock time (ms since epoch) after which no more screenshots are taken. */
  deadline: number;
}

const STEP_MS = 15_000;

function needleOf(channel: ChannelName, item: ChannelItem): string {
  if (channel === 'hours' && 'text' in item) return item.text.split('\n')[0] ?? item.text;
  if (channel === 'address' && 'street' in item) return item.street;
  return item.display || item.value;
}

async function openState(page: Page, state: PageState, chatSelectors: readonly string[]): Promise<void> {
  await page.goto(state.url, { waitUntil: 'domcontentloaded', timeout: STEP_MS });
  await page.waitForLoadState('load', { timeout: 3_000 }).catch(() => undefined);
  await waitForSettle(page);
  await passConsent(page);
  for (const action of state.actions) {
    if ((await performAction(page, action, chatSelectors)).navigated) break;
  }
}

/**
 * Saves, for each channel's nearest finding, a screenshot of the view it was found in with the
 * element outlined, and sets `screenshot` on the channel. Views are replayed from the crawl
 * (URL, then the same in-page actions). A view that cannot be reproduced gets no screenshot.
 */
export async function captureFindings(browser: Browser, channels: Channels, views: Map<string, PageState>, settings: ScreenshotSettings): Promise<void> {
  mkdirSync(settings.dir, { recursive: true });
  // The view as the crawl saw it (sections that fade in on coming into view shown, a static page settled at once).
  const context = await readingContext(browser, contextOptionsFor(settings.device), settings);
  try {
    const page = await context.newPage();
    // The animation clock the crawl's tabs ran on: a fade is shown at the end state the crawl read.
    await quickenAnimations(await context.newCDPSession(page));
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    for (const channel of CHANNEL_NAMES) {
      const result = channels[channel];
      const item = result.items.find((candidate) => candidate.clicks === result.clicks && candidate.source !== 'json-ld') as ChannelItem | undefined;
      const state = views.get(pathSignature(result.path));
      if (!result.found || !item || !state || Date.now() > settings.deadline) continue;
      const file = join(settings.dir, `${settings.device}-${channel}.png`);
      const taken = await withTimeout((async () => {
        await openState(page, state, settings.chatSelectors);
        await page.evaluate(highlightFinding, [needleOf(channel, item), channel] as [string, ChannelName]).catch(() => false);
        await page.screenshot({ path: file });
        return true;
      })(), STEP_MS * 2, 'screenshot').catch(() => false);
      if (taken) result.screenshot = file;
    }
  } finally {
    await context.close().catch(() => undefined);
  }
}
