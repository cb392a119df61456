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

/** Resource types the filter drops whole, by Playwright's name and the browser's. */
const DROPPED_TYPES = { image: 'Image', media: 'Media', font: 'Font' } as const;
type DroppedType = keyof typeof DROPPED_TYPES;

/** Requests the browser is to hand over for a decision: by resource type, or by a URL glob (`*` any run of characters). */
export interface InterceptPattern {
  urlPattern: string;
  /** The browser's resource type; absent: any. */
  resourceType?: (typeof DROPPED_TYPES)[DroppedType] | 'Document';
}

export interface RequestFilter {
  /** True when the request can be left out without changing what the audit reads. */
  blocks(url: string, resourceType: string): boolean;
  /**
   * Every request `blocks` could drop falls under one of these; the browser asks about those
   * alone, and answers every other request from its cache or the network without asking.
   */
  patterns: readonly InterceptPattern[];
}

/**
 * Which requests the crawl's browser may drop. Images, media and fonts go unless screenshots
 * are asked for; trackers always go, except what a chat vendor's patterns name (a widget is a
 * contact channel, never noise).
 */
export function requestFilter(screenshots: boolean): RequestFilter {
  const chatPatterns = chatVendors().flatMap((vendor) => vendor.scriptSrc);
  const types: DroppedType[] = ['media', 'font', ...(screenshots ? [] : ['image' as const])];
  return {
    patterns: [
      ...types.map((type) => ({ urlPattern: '*', resourceType: DROPPED_TYPES[type] })),
      ...TRACKER_HOSTS.map((entry) => ({ urlPattern: `*://*${entry.includes('/') ? entry : `${entry}/`}*` })),
    ],
    blocks(url, resourceType) {
      if ((types as string[]).includes(resourceType)) return true;
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
