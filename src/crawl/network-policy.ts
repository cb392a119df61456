import type { Browser, BrowserContext, BrowserContextOptions, Route } from 'playwright-core';
import { withContact } from './user-agent.js';

/**
 * What an audit may reach and how fast (a batch's address check and per-host rate limit). One
 * policy for both engines: the HTTP reader asks it before each hop of a fetch, the browser before
 * each request and before each hop of a page's redirect.
 */
export interface NetworkPolicy {
  /** Refuses an address (a private one, say). Absent: every address may be reached. */
  check?(url: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Waits for this host's turn. */
  wait?(url: string): Promise<void>;
}

/** Who the audit's requests say they come from, and what they may reach. */
export interface RequestIdentity {
  /** Appended to the user agent so a site owner can reach whoever runs the audit. */
  contact?: string;
  network?: NetworkPolicy;
}

const MAX_HOPS = 10;
const HOP_TIMEOUT_MS = 20_000;

/**
 * A browser context whose requests carry the contact and obey the policy. The policy's route is
 * registered before any other, so it runs last: after the crawl's own route let the request through.
 */
export async function policedContext(browser: Browser, options: BrowserContextOptions, identity: RequestIdentity): Promise<BrowserContext> {
  const userAgent = options.userAgent && withContact(options.userAgent, identity.contact);
  const context = await browser.newContext({ ...options, ...(userAgent ? { userAgent } : {}) });
  const { network } = identity;
  if (network?.check || network?.wait) await context.route('**/*', (route) => obey(context, route, network));
  return context;
}

async function obey(context: BrowserContext, route: Route, network: NetworkPolicy): Promise<void> {
  const request = route.request();
  const url = request.url();
  try {
    const verdict = (await network.check?.(url)) ?? { ok: true };
    if (!verdict.ok) {
      await route.abort('blockedbyclient');
      return;
    }
    await network.wait?.(url);
    if (!network.check || !request.isNavigationRequest()) {
      await route.continue();
      return;
    }
    // The browser follows a redirect it is handed without asking the route again: the chain is walked here first.
    const response = await route.fetch({ maxRedirects: 0, timeout: HOP_TIMEOUT_MS });
    const refusal = await refusedRedirect(context, url, response.headers()['location'], response.status(), network);
    if (refusal) {
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({ response });
  } catch {
    // The page or context closed while the request waited; nothing left to answer.
    await route.abort('failed').catch(() => undefined);
  }
}

/** The first hop of a redirect chain the policy refuses, as a reason; null when every hop may be reached. */
async function refusedRedirect(context: BrowserContext, from: string, location: string | undefined, status: number, network: NetworkPolicy): Promise<string | null> {
  let current = from;
  let next = location;
  let code = status;
  for (let hop = 0; hop < MAX_HOPS && code >= 300 && code < 400 && next; hop++) {
    const target = new URL(next, current).href;
    const verdict = (await network.check?.(target)) ?? { ok: true };
    if (!verdict.ok) return `redirect to ${target.slice(0, 200)}: ${verdict.reason}`;
    if (hop === MAX_HOPS - 1) return 'too many redirects';
    const response = await context.request.get(target, { maxRedirects: 0, timeout: HOP_TIMEOUT_MS });
    current = target;
    next = response.headers()['location'];
    code = response.status();
    await response.dispose();
  }
  return null;
}
