import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { ChatVendor } from './chat-vendor.js';

export interface VendorMatch {
  vendor: ChatVendor;
  /** The script/iframe URL, global name or selector that proved the vendor. */
  evidence: string;
}

/** Patterns are plain, but a hostile page can carry megabyte-long data: URLs. */
const MAX_URL = 2048;

function matchScript(vendor: ChatVendor, urls: readonly string[]): string | undefined {
  if (vendor.scriptSrc.length === 0) return undefined;
  return urls.find((url) => vendor.scriptSrc.some((pattern) => pattern.test(url)));
}

/** Every vendor whose script, global or selector is on the page, once each, in table order. */
export function detectVendors(
  page: Pick<PageSnapshot, 'scriptSrcs' | 'iframeSrcs' | 'globals' | 'selectors'>,
  vendors: readonly ChatVendor[],
): VendorMatch[] {
  const urls = [...page.scriptSrcs, ...page.iframeSrcs].map((url) => url.slice(0, MAX_URL));
  const globals = new Set(page.globals);
  const selectors = new Set(page.selectors);
  const matches: VendorMatch[] = [];
  for (const vendor of vendors) {
    const evidence =
      matchScript(vendor, urls) ??
      vendor.globals.find((name) => globals.has(name)) ??
      vendor.selectors.find((selector) => selectors.has(selector));
    if (evidence !== undefined) matches.push({ vendor, evidence });
  }
  return matches;
}
