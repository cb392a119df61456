import type { Browser, BrowserContext, BrowserContextOptions, Request } from 'playwright-core';
import { EAGER_INTERSECTION_SETTINGS, eagerIntersection } from '../page/eager-intersection.js';
import { SCRIPT_WATCH } from '../interact/settle.js';
import { requestFilter } from './blocked-requests.js';
import type { CrawlOptions } from './crawl-contract.js';
import { contextOptionsFor } from './device-profile.js';
import { policedContext, type RequestIdentity } from './network-policy.js';
import type { Scope } from './scope.js';

/** A navigation of a tab itself, not of an iframe; a popup's first request has no frame yet and counts as a tab. */
function isTopLevel(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    return true;
  }
}

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

/** A fresh, isolated context for the site: its own cookies and storage, scope and network policy enforced, popups closed. */
export async function openContext(browser: Browser, options: CrawlOptions, scopeRef: { scope: Scope | null }): Promise<BrowserContext> {
  const context = await readingContext(browser, {
    ...contextOptionsFor(options.device, options.ignoreHttpsErrors),
    // Bodies are left out: the pages themselves are saved beside it, each cut at a bound, which a HAR could not say.
    ...(options.capture ? { recordHar: { path: options.capture.harPath(), content: 'omit' as const } } : {}),
  }, options);
  const filter = requestFilter(options.screenshotDir !== undefined);
  await context.route('**/*', (route) => {
    const request = route.request();
    if (filter.blocks(request.url(), request.resourceType())) return route.abort().catch(() => undefined);
    // No click may take the audit off the site: a script navigation out of scope is stopped.
    if (scopeRef.scope && request.isNavigationRequest() && isTopLevel(request) && !scopeRef.scope.contains(request.url())) {
      return route.abort('blockedbyclient').catch(() => undefined);
    }
    return route.fallback().catch(() => undefined);
  });
  // Popups (window.open, target=_blank) are not clicks the crawl counts: close them. Our own tabs have no opener.
  context.on('page', (page) => {
    void page.opener().then((opener) => (opener ? page.close() : undefined)).catch(() => undefined);
  });
  return context;
}

