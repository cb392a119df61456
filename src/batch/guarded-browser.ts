import type { Browser, BrowserContext, BrowserContextOptions, Route } from 'playwright-core';
import type { AddressGuard } from './address-safety.js';
import type { HostRateLimit } from './host-rate-limit.js';
import { withContact } from '../crawl/user-agent.js';

export interface GuardSettings {
  /** null when --allow-private: every address may be reached. */
  guard: AddressGuard | null;
  rateLimit: HostRateLimit;
  /** Appended to the user agent so a site owner can reach whoever runs the batch. */
  contact?: string;
}

/** What the guard refused while one site was audited. */
export interface GuardLog {
  refused: string[];
}

/**
 * The browser an audit gets in a batch: every context it opens carries the batch's user agent,
 * the per-host rate limit and the address check. Redirects of pages are followed here, one hop
 * at a time, so each hop is checked before the browser goes there.
 */
export function guardedBrowser(browser: Browser, settings: GuardSettings, log: GuardLog): Browser {
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') {
        return async (options: BrowserContextOptions = {}) => {
          const userAgent = options.userAgent && withContact(options.userAgent, settings.contact);
          const context = await target.newContext({ ...options, ...(userAgent ? { userAgent } : {}) });
          await installGuard(context, settings, log);
          return context;
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const MAX_HOPS = 10;

async function installGuard(context: BrowserContext, settings: GuardSettings, log: GuardLog): Promise<void> {
  // Registered first, so it runs last: after the crawl's own route has let the request through.
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    try {
      if (settings.guard) {
        const verdict = await settings.guard.check(url);
        if (!verdict.ok) {
          if (log.refused.length < 20) log.refused.push(verdict.reason);
          await route.abort('blockedbyclient');
          return;
        }
      }
      await settings.rateLimit.wait(url);
      if (!settings.guard || !request.isNavigationRequest()) {
        await route.continue();
        return;
      }
      const response = await route.fetch({ maxRedirects: 0, timeout: 20_000 });
      const refusal = await checkRedirectChain(context, url, response.headers()['location'], response.status(), settings.guard);
      if (refusal) {
        if (log.refused.length < 20) log.refused.push(refusal);
        await route.abort('blockedbyclient');
        return;
      }
      await route.fulfill({ response });
    } catch {
      // The page or context closed while the request waited; nothing left to answer.
      await route.abort('failed').catch(() => undefined);
    }
  });
}

/**
 * The browser follows a redirect we hand it without asking the route again, so the whole chain
 * is walked here first, one hop at a time, and refused if any hop leads somewhere private.
 */
async function checkRedirectChain(context: BrowserContext, from: string, location: string | undefined, status: number, guard: AddressGuard): Promise<string | null> {
  let current = from;
  let next = location;
  let code = status;
  for (let hop = 0; hop < MAX_HOPS && code >= 300 && code < 400 && next; hop++) {
    const target = new URL(next, current).href;
    const verdict = await guard.check(target);
    if (!verdict.ok) return `redirect to ${target.slice(0, 200)}: ${verdict.reason}`;
    if (hop === MAX_HOPS - 1) return 'too many redirects';
    const response = await context.request.get(target, { maxRedirects: 0, timeout: 20_000 });
    current = target;
    next = response.headers()['location'];
    code = response.status();
    await response.dispose();
  }
  return null;
}
