import type { SnapshotProbes } from '../../model/page-snapshot.js';
import { chatVendors } from './vendors.js';

let cached: SnapshotProbes | undefined;

/**
 * The globals and selectors the crawl tests in every page so that `extractChats` can see
 * widgets that load no script of their own URL. Drawn from the vendor table, whose guards
 * already keep them to plain identifiers and simple, vendor-specific selectors; deduplicated
 * and sorted so the probe list is stable between runs.
 */
export function chatProbes(): SnapshotProbes {
  if (cached) return cached;
  const vendors = chatVendors();
  const globals = [...new Set(vendors.flatMap((vendor) => vendor.globals))].sort();
  const selectors = [...new Set(vendors.flatMap((vendor) => vendor.selectors))].sort();
  cached = { globals: Object.freeze(globals), selectors: Object.freeze(selectors) };
  return cached;
}
