import type { CDPSession } from 'playwright-core';
import type { RequestFilter } from './blocked-requests.js';

/** What a crawl tab may request: the filter's drops, and no navigation of the tab itself out of scope. */
export interface TabRequestRules {
  filter: RequestFilter;
  /** False for a URL the crawl may not go to; null while the scope is not known yet (the start page). */
  inScope(url: string): boolean | null;
}

/** The part of the browser's `Fetch.requestPaused` event the rules look at. */
interface PausedRequest {
  requestId: string;
  request: { url: string };
  frameId: string;
  resourceType: string;
}

/**
 * Applies the rules to one tab before its first page, in its browser session, by the browser's own request
 * interception, asked only about the requests a rule can concern (the filter's patterns, and
 * documents). Playwright's `route` would ask about every request, and it turns the browser's
 * HTTP cache off for the whole context: every page of a site then fetched and compiled its
 * scripts and stylesheets anew, which on a WordPress theme is about half of a page's CPU.
 */
export async function applyTabRules(session: CDPSession, rules: TabRequestRules): Promise<void> {
  const { frameTree } = await session.send('Page.getFrameTree');
  const mainFrame = frameTree.frame.id;
  const answer = (paused: PausedRequest): Promise<unknown> => {
    const { requestId, request: { url }, resourceType } = paused;
    if (rules.filter.blocks(url, resourceType.toLowerCase())) return session.send('Fetch.failRequest', { requestId, errorReason: 'Failed' });
    // No click may take the audit off the site: a script navigation out of scope is stopped.
    if (resourceType === 'Document' && paused.frameId === mainFrame && rules.inScope(url) === false) {
      return session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
    }
    return session.send('Fetch.continueRequest', { requestId });
  };
  // The tab may close, or its browser go, while a request waits: nothing is left to answer then.
  session.on('Fetch.requestPaused', (paused) => void answer(paused).catch(() => undefined));
  await session.send('Fetch.enable', {
    patterns: [...rules.filter.patterns, { urlPattern: '*', resourceType: 'Document' as const }].map((pattern) => ({ ...pattern, requestStage: 'Request' as const })),
  });
}
