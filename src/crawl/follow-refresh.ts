import type { Page, Request, Response } from 'playwright-core';
import { withTimeout } from '../util/with-timeout.js';
import { errors } from './playwright-core.js';
import { paced } from '../util/machine-pace.js';
import { slashlessKey } from './normalize-url.js';
import { MAX_REFRESH_DELAY_S, MAX_REFRESH_HOPS, servedRefreshTarget } from './meta-refresh.js';

/** A refresh the browser set out on whose navigation failed (refused by the network policy, say): the page it left is no reading. */
export class RefreshFailed extends Error {
  constructor(readonly target: string) {
    super(`meta refresh to ${target} failed`);
  }
}

/** Where the browser shows a navigation that failed. */
const ERROR_PAGE = 'chrome-error:';

export interface RefreshFollower {
  /** The response of the page a person ends on once quick refreshes have taken them along (`response` when there is none). */
  follow(response: Response | null, navigationMs: number): Promise<Response | null>;
  stop(): void;
}

/**
 * Follows a page's quick meta refreshes in the browser, as a person is taken along without
 * clicking. The browser runs a refresh itself once the document has loaded, so it is waited
 * for, not raced: a navigation of our own is cut off by the browser's, and asking the page while
 * it is replaced loses the answer. Started before the first navigation, since the browser may
 * follow a refresh before `goto` returns.
 */
export function watchRefreshes(page: Page): RefreshFollower {
  let latest: Response | null = null;
  const failed: Request[] = [];
  const ofMainFrame = (request: Request) => request.isNavigationRequest() && request.frame() === page.mainFrame();
  const onResponse = (response: Response) => {
    if (ofMainFrame(response.request())) latest = response;
  };
  const onFailed = (request: Request) => {
    if (ofMainFrame(request)) failed.push(request);
  };
  // A navigation away from `from` that failed: the refresh's own (the stub's first load succeeded).
  const failedFrom = (from: string) => failed.map((request) => request.url()).find((url) => !url.startsWith(ERROR_PAGE) && slashlessKey(url) !== slashlessKey(from));
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  return {
    async follow(response, navigationMs) {
      for (let hop = 0; hop < MAX_REFRESH_HOPS && response; hop++) {
        const from = response.url();
        const html = await servedHtml(response);
        // The browser may have left the stub before its HTML could be read: it refreshed, and where to is where it is going.
        const target = html === null && slashlessKey(page.url()) !== slashlessKey(from) ? page.url() : servedRefreshTarget(html ?? '', from);
        if (target === null || slashlessKey(target) === slashlessKey(from)) break;
        const moved = await page.waitForURL((url) => slashlessKey(url.href) !== slashlessKey(from), {
          waitUntil: 'domcontentloaded', timeout: Math.max(1, navigationMs) + MAX_REFRESH_DELAY_S * 1_000,
        }).then(() => 'moved' as const, (error: unknown) => (error instanceof errors.TimeoutError ? 'stayed' as const : 'failed' as const));
        // A refresh the browser does not run after all (the page went on otherwise) leaves the page as it is.
        if (moved === 'stayed') break;
        if (moved === 'failed' || failedFrom(from) !== undefined || page.url().startsWith(ERROR_PAGE)) {
          // The browser shows its error page next; until it has, a navigation of the tab's next page would be cut off by it.
          await page.waitForURL((url) => url.href.startsWith(ERROR_PAGE), { waitUntil: 'load', timeout: paced(2_000) }).catch(() => undefined);
          throw new RefreshFailed(failedFrom(from) ?? (target.startsWith(ERROR_PAGE) ? from : target));
        }
        response = latest ?? response;
      }
      return response;
    },
    stop: () => {
      page.off('response', onResponse);
      page.off('requestfailed', onFailed);
    },
  };
}

/** The document as served, where the quick refresh is read from (as the HTTP reading reads it); null when it can no longer be had. */
function servedHtml(response: Response): Promise<string | null> {
  return withTimeout(response.text(), paced(2_000), 'reading the page as served').catch(() => null);
}
