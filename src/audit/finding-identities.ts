import { identityOf } from '../clicks/channel-minimum.js';
import type { ExtractContext } from '../extract/extract-context.js';
import { extractPage, extractSignals } from '../extract/index.js';
import { CHANNEL_NAMES, type ChannelItem } from '../model/channel-items.js';
import type { PageSnapshot } from '../model/page-snapshot.js';

/**
 * What a view holds that a verdict is made of, each item by what it is and not where or how far
 * it was seen (its channel items, business ids, trust marks, routes, contact details in images,
 * signs of selling at a distance), and the pages it links to: two views with the same identities
 * can change a verdict only by their clicks.
 */
export function findingIdentities(snapshot: PageSnapshot, context: ExtractContext): string[] {
  const findings = extractPage(snapshot, context);
  const signals = extractSignals(snapshot, context);
  return [
    ...CHANNEL_NAMES.flatMap((channel) => (findings[channel] as ChannelItem[]).map((item) => `${channel}|${identityOf(channel, item)}`)),
    ...signals.orgNumbers.map((item) => `org|${item.kind}|${item.value}`),
    ...signals.trustMarks.map((item) => `mark|${item.mark}`),
    ...signals.imageContacts.map((item) => `image|${item.kind}|${item.value}`),
    ...signals.sellingSigns.map((item) => `selling|${item.kind}`),
    // A heading names the page it is on: the same heading on two pages is the same route.
    ...Object.entries(signals.routes).flatMap(([kind, route]) => (route ? [`route|${kind}|${route.via}|${route.label}|${route.via === 'link' ? route.url : ''}`] : [])),
    ...snapshot.links.map((link) => `link|${link.href}`),
  ];
}
