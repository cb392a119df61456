/**
 * The browser audits run in, for callers that share one between audits (a batch launches one
 * per worker), and the network policy an audit applies in it and to its HTTP fetches.
 */
export { launchBrowser } from '../crawl/launch-browser.js';
export type { NetworkPolicy } from '../crawl/network-policy.js';
