import type { Page, Response } from 'playwright-core';
import { withTimeout } from '../util/with-timeout.js';
import { paced } from '../util/machine-pace.js';
import { slashlessKey } from './normalize-url.js';
import { MAX_REFRESH_DELAY_S, MAX_REFRESH_HOPS, servedRefreshTarget } from './meta-refresh.js';

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
  const onResponse = (response: Response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) latest = response;
  };
  page.on('response', onResponse);
  return {
    async follow(response, navigationMs) {
      for (let hop = 0; hop < MAX_REFRESH_HOPS && response; hop++) {
        const from = response.url();
        const target = await servedRefresh(response);
        if (target === null || slashlessKey(target) === slashlessKey(from)) break;
        // A refresh the browser does not run after all (not quick enough, the page went on otherwise) leaves the page as it is.
        const moved = await page.waitForURL((url) => slashlessKey(url.href) !== slashlessKey(from), {
          waitUntil: 'domcontentloaded', timeout: Math.max(1, navigationMs) + MAX_REFRESH_DELAY_S * 1_000,
        }).then(() => true, () => false);
        if (!moved) break;
        response = latest ?? response;
      }
      return response;
    },
    stop: () => page.off('response', onResponse),
  };
}

/** The quick refresh the document holds as served (what the HTTP reading follows too). */
async function servedRefresh(response: Response): Promise<string | null> {
  const html = await withTimeout(response.text(), paced(2_000), 'reading the page as served').catch(() => '');
  return servedRefreshTarget(html, response.url());
}
