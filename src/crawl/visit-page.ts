import type { Page } from 'playwright-core';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import { withTimeout } from '../util/with-timeout.js';
import { SNAPSHOT_SCRIPT } from './snapshot-script.js';

/** The page as read in the browser: a snapshot without the click facts the crawl adds. */
export type PageReading = Omit<PageSnapshot, 'clicks' | 'path'>;

export type VisitOutcome =
  | { ok: true; reading: PageReading }
  | { ok: false; url: string; reason: string; finalUrl?: string };

export interface VisitLimits {
  /** Time for the navigation itself. */
  navigationMs: number;
  /** Extra time granted for the `load` event (late images, widgets); not waiting longer is fine. */
  settleMs: number;
  /** Time for reading the page; a script in an endless loop must not hang the audit. */
  readMs: number;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/i;

export async function visitPage(page: Page, url: string, probes: SnapshotProbes, limits: VisitLimits): Promise<VisitOutcome> {
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1, limits.navigationMs) });
  } catch (error) {
    return { ok: false, url, reason: navigationReason(error) };
  }
  const finalUrl = page.url();
  const status = response?.status() ?? 0;
  if (status >= 400) return { ok: false, url, finalUrl, reason: `HTTP ${status}` };
  const contentType = (await response?.headerValue('content-type').catch(() => null)) ?? 'text/html';
  if (!HTML_TYPES.test(contentType)) {
    return { ok: false, url, finalUrl, reason: `not a web page (${contentType.split(';')[0]})` };
  }
  await page.waitForLoadState('load', { timeout: Math.max(1, limits.settleMs) }).catch(() => undefined);
  try {
    const read = await withTimeout(
      page.evaluate(`(${SNAPSHOT_SCRIPT})(${JSON.stringify(probes)})`) as Promise<Omit<PageReading, 'url' | 'status'>>,
      limits.readMs,
      'reading the page',
    );
    return { ok: true, reading: { url: page.url(), status, ...read } };
  } catch (error) {
    return { ok: false, url, finalUrl, reason: (error as Error).message.split('\n')[0] ?? 'unreadable page' };
  }
}

function navigationReason(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  const net = /net::(ERR_[A-Z_]+)/.exec(message);
  if (net) return net[1]!;
  if (/Timeout/i.test(message)) return 'navigation timed out';
  if (/Download is starting/i.test(message)) return 'download, not a web page';
  return message.split('\n')[0] ?? 'navigation failed';
}
