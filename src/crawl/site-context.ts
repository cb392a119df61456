import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { EAGER_INTERSECTION_SETTINGS, eagerIntersection } from '../page/eager-intersection.js';
import { refusePopups } from '../page/refuse-popups.js';
import { SCRIPT_WATCH } from '../interact/settle.js';
import { requestFilter } from './blocked-requests.js';
import type { CrawlOptions } from './crawl-contract.js';
import { contextOptionsFor } from './device-profile.js';
import { policedContext, type RequestIdentity } from './network-policy.js';
import type { Scope } from './scope.js';
import type { TabRequestRules } from './tab-requests.js';

/**
 * A context under the network policy whose every document carries what reading a page needs,
 * before the page's own scripts: the crawl's and the screenshots' views are the same.
 */
export async function readingContext(browser: Browser, contextOptions: BrowserContextOptions, identity: RequestIdentity): Promise<BrowserContext> {
  const context = await policedContext(browser, contextOptions, identity);
  // Lets a page that can run no code count as settled the moment it has loaded.
  await context.addInitScript(...SCRIPT_WATCH);
  // Sections that fade in on coming into view are shown without scrolling to each.
  await context.addInitScript(eagerIntersection, EAGER_INTERSECTION_SETTINGS);
  return context;
}

/** A fresh, isolated context for the site: its own cookies and storage, network policy enforced, popups closed. */
export async function openContext(browser: Browser, options: CrawlOptions): Promise<BrowserContext> {
  const context = await readingContext(browser, {
    ...contextOptionsFor(options.device, options.ignoreHttpsErrors),
    // Bodies are left out: the pages themselves are saved beside it, each cut at a bound, which a HAR could not say.
    ...(options.capture ? { recordHar: { path: options.capture.harPath(), content: 'omit' as const } } : {}),
  }, options);
  // Popups (window.open, target=_blank) are not clicks the crawl counts: those a script opens are refused,
  // any other closed on sight. The tab rules are set per tab, so a popup is not under them.
  await context.addInitScript(refusePopups);
  context.on('page', (page) => {
    void page.opener().then((opener) => (opener ? page.close() : undefined)).catch(() => undefined);
  });
  return context;
}

/** What the crawl's tabs may request: no image unless screenshots are asked for, no tracker, nothing out of scope. */
export function tabRules(options: CrawlOptions, scopeRef: { scope: Scope | null }): TabRequestRules {
  return {
    filter: requestFilter(options.screenshotDir !== undefined),
    inScope: (url) => scopeRef.scope?.contains(url) ?? null,
  };
}
