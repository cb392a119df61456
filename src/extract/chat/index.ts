import type { ChatItem } from '../../model/channel-items.js';
import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { ExtractContext } from '../extract-context.js';
import { locationOf, toEvidence } from '../item-location.js';
import type { ChatVendor } from './chat-vendor.js';
import { detectVendors } from './detect-vendors.js';
import { textVerdict, type HumanVerdict } from './human-signals.js';
import { findLauncherLabel } from './launcher-text.js';
import { chatVendors } from './vendors.js';

export { chatProbes } from './probes.js';
export { chatVendors } from './vendors.js';
export type { ChatVendor, VendorKind } from './chat-vendor.js';

/** What the page says outranks what the vendor is built for (see human-signals.ts). */
function humanOf(vendor: ChatVendor, verdict: HumanVerdict | null): Pick<ChatItem, 'human' | 'basis'> {
  if (verdict) return verdict;
  const basis = `${vendor.name}: ${vendor.kindBasis}`;
  if (vendor.kind === 'human') return { human: true, basis };
  if (vendor.kind === 'bot') return { human: false, basis };
  return { human: null, basis };
}

/**
 * Chat widgets on one page: one item per recognised vendor (by script or iframe URL, `window`
 * global or DOM selector, as probed by the crawl with `chatProbes()`); failing that, one item
 * for a visible control whose label clearly starts a chat of an unknown vendor.
 */
export function extractChats(page: PageSnapshot, _ctx: ExtractContext): ChatItem[] {
  const verdict = textVerdict(page);
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
      ...humanOf(vendor, verdict),
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
    ...(verdict ?? { human: null, basis: 'a chat launcher with no recognised vendor; who answers is not known' }),
  }];
}
