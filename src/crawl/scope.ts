import { getDomain } from 'tldts';

/**
 * The crawl stays on the company's own site: the same registrable domain, subdomains
 * included (www.firma.se, kundservice.firma.se). IP addresses and localhost have no
 * registrable domain, so for them the scope is the exact host.
 */
export interface Scope {
  siteKey: string;
  contains(url: string): boolean;
}

function siteKeyOf(url: URL): string {
  return getDomain(url.hostname, { allowPrivateDomains: false }) ?? url.hostname;
}

export function scopeOf(startUrl: string): Scope {
  const siteKey = siteKeyOf(new URL(startUrl));
  return {
    siteKey,
    contains(url: string): boolean {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
      return siteKeyOf(parsed) === siteKey;
    },
  };
}
