import type { ChatItem } from '../../model/channel-items.js';
import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { ExtractContext } from '../extract-context.js';
import { locationOf, toEvidence } from '../item-location.js';
import type { VendorKind } from './chat-vendor.js';
import { detectVendors } from './detect-vendors.js';
import { textCues, type TextCues } from './human-signals.js';
import { findLauncherLabel } from './launcher-text.js';
import { judgeStaffing, type StaffingCues } from './staffing.js';
import { chatVendors } from './vendors.js';

export { chatProbes } from './probes.js';
export { chatVendors } from './vendors.js';
export type { ChatVendor, VendorKind } from './chat-vendor.js';

/** The staffing fields of an item seen on `page`, from the vendor's design and the page's words. */
function staffingFor(page: PageSnapshot, text: TextCues, vendorKind: VendorKind, vendorBasis: string) {
  const cue = (words: string | null) => (words === null ? null : { text: toEvidence(words), clicks: page.clicks, pageUrl: page.url });
  const staffingCues: StaffingCues = { vendorKind, vendorBasis, bot: cue(text.bot), handover: cue(text.handover) };
  return { staffingCues, ...judgeStaffing(staffingCues, page.clicks) };
}

/**
 * Chat widgets on one page: one item per recognised vendor (by script or iframe URL, `window`
 * global or DOM selector, as probed by the crawl with `chatProbes()`); failing that, one item
 * for a visible control whose label clearly starts a chat of an unknown vendor.
 */
export function extractChats(page: PageSnapshot, _ctx: ExtractContext): ChatItem[] {
  const text = textCues(page);
  const location = locationOf(page);
  const matches = detectVendors(page, chatVendors());
  if (matches.length > 0) {
    return matches.map(({ vendor, evidence }) => ({
      ...location,
      value: vendor.name,
      display: vendor.name,
      evidence: toEvidence(evidence),
      source: 'script' as const,
      vendor: vendor.name,
      ...staffingFor(page, text, vendor.kind, `${vendor.name}: ${vendor.kindBasis}`),
    }));
  }
  const label = findLauncherLabel(page);
  if (label === undefined) return [];
  return [{
    ...location,
    value: 'unknown',
    display: toEvidence(label),
    evidence: toEvidence(label),
    source: 'text',
    vendor: 'unknown',
    ...staffingFor(page, text, 'unknown', 'a chat launcher with no recognised vendor; who answers is not known'),
  }];
}
