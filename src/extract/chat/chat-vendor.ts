import type { z } from 'zod';
import type { vendorKindSchema } from '../../model/channel-items.js';

/**
 * What a chat vendor's widget leaves behind on a page, and what we know about who answers it.
 * The crawl can only report which probed globals and selectors exist, so patterns here are
 * existence checks; script URLs are the one place a regular expression runs.
 */

/** What the product is built for; see `vendorKindSchema`. */
export type VendorKind = z.infer<typeof vendorKindSchema>;

export interface ChatVendor {
  name: string;
  kind: VendorKind;
  /** Why the kind is what it is, for the report's `basis`. */
  kindBasis: string;
  /** Matched against the absolute URL of every script and iframe. */
  scriptSrc: readonly RegExp[];
  /** Plain identifiers that, present on `window`, prove the widget loaded. */
  globals: readonly string[];
  /** Simple CSS selectors that, matching something, prove the widget rendered. */
  selectors: readonly string[];
  /** Where the entry came from; own entries win over Wappalyzer's. */
  origin: 'wappalyzer' | 'own';
}

/**
 * A vendor entry we maintain ourselves: a vendor Wappalyzer lacks, one whose Wappalyzer
 * patterns are wrong or too loose, or only a `kind` for a Wappalyzer product. Patterns are
 * written as Wappalyzer writes them (regex source for script URLs) and pass the same guards.
 */
export interface OwnVendor {
  name: string;
  kind: VendorKind;
  /** Why the kind is what it is: the vendor fact it rests on. */
  basis: string;
  /** A Wappalyzer product whose (guarded) patterns this entry adopts and supersedes. */
  wappalyzer?: string;
  /** Wappalyzer products dropped outright: their patterns are wrong or belong to this vendor. */
  replaces?: readonly string[];
  scriptSrc?: readonly string[];
  globals?: readonly string[];
  selectors?: readonly string[];
}
