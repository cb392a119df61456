import { chatVendors } from '../extract/chat/vendors.js';

/**
 * Hosts that only count visitors or serve ads: nothing a person reads or uses to reach the
 * company comes from them. Tag managers are not here, since they often load the chat widget.
 */
const TRACKER_HOSTS = [
  'google-analytics.com', 'analytics.google.com', 'doubleclick.net', 'googlesyndication.com', 'googleadservices.com',
  'adservice.google.com', 'hotjar.com', 'clarity.ms', 'scorecardresearch.com', 'bat.bing.com', 'snap.licdn.com',
  'analytics.tiktok.com', 'static.ads-twitter.com', 'ads-twitter.com', 'quantserve.com', 'criteo.com', 'criteo.net',
  'taboola.com', 'outbrain.com', 'adnxs.com', 'mc.yandex.ru', 'matomo.cloud', 'plausible.io', 'siteimprove.com',
  'siteimproveanalytics.com', 'adform.net', 'cookielaw.org/cdn-cgi/trace',
];

/** Resource types that change nothing a snapshot reads; fetched only when a screenshot must show the page as it looks. */
const HEAVY_TYPES = new Set(['image', 'media', 'font']);

export interface RequestFilter {
  /** True when the request can be left out without changing what the audit reads. */
  blocks(url: string, resourceType: string): boolean;
}

/**
 * Which requests the crawl's browser may drop. Images, media and fonts go unless screenshots
 * are asked for; trackers always go, except what a chat vendor's patterns name (a widget is a
 * contact channel, never noise).
 */
export function requestFilter(screenshots: boolean): RequestFilter {
  const chatPatterns = chatVendors().flatMap((vendor) => vendor.scriptSrc);
  return {
    blocks(url, resourceType) {
      if (resourceType === 'media' || resourceType === 'font') return true;
      if (!screenshots && HEAVY_TYPES.has(resourceType)) return true;
      if (!isTracker(url)) return false;
      return !chatPatterns.some((pattern) => pattern.test(url));
    },
  };
}

function isTracker(url: string): boolean {
  let host: string;
  let path: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase();
    path = parsed.pathname;
  } catch {
    return false;
  }
  return TRACKER_HOSTS.some((entry) => {
    const [domain, ...rest] = entry.split('/');
    const prefix = rest.length > 0 ? `/${rest.join('/')}` : '';
    return (host === domain || host.endsWith(`.${domain}`)) && path.startsWith(prefix);
  });
}
