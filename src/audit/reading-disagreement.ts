import { identityOf } from '../clicks/channel-minimum.js';
import type { ExtractContext } from '../extract/extract-context.js';
import { extractPage, extractSignals } from '../extract/index.js';
import { CHANNEL_NAMES, type ChannelItem } from '../model/channel-items.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import type { ReadingDisagreement } from '../crawl/page-reader.js';

/**
 * What the browser's reading of a page tells the verdict that the HTTP reading of the same
 * page does not: a finding or signal only the browser sees, or a different answer on whether
 * the page carries a contact route in its header, navigation or footer. The HTTP reading may
 * hold more (text a stylesheet hides): such candidates are rendered before they count, so that
 * direction is harmless. Null when the HTTP reading could stand for the browser's.
 */
export function readingDisagreement(http: PageSnapshot, browser: PageSnapshot, ctx: ExtractContext): ReadingDisagreement | null {
  const why = whatDiffers(http, browser, ctx);
  return why && { ...why, reason: why.onlyInBrowser ? `${why.reason} seen only in the browser` : why.reason };
}

function whatDiffers(http: PageSnapshot, browser: PageSnapshot, ctx: ExtractContext): ReadingDisagreement | null {
  const only = (reason: string): ReadingDisagreement => ({ reason, onlyInBrowser: true });
  const fromHttp = extractPage(http, ctx);
  const fromBrowser = extractPage(browser, ctx);
  for (const channel of CHANNEL_NAMES) {
    const known = new Set((fromHttp[channel] as ChannelItem[]).map((item) => identityOf(channel, item)));
    const missing = (fromBrowser[channel] as ChannelItem[]).find((item) => !known.has(identityOf(channel, item)));
    if (missing) return only(`${channel} "${missing.value}"`);
  }
  const a = extractSignals(http, ctx);
  const b = extractSignals(browser, ctx);
  if (a.hasContactRoute !== b.hasContactRoute) {
    return { reason: `contact route in header or footer: HTML ${a.hasContactRoute}, browser ${b.hasContactRoute}`, onlyInBrowser: false };
  }
  const lacks = <T>(mine: T[], theirs: T[], key: (item: T) => string) => {
    const have = new Set(mine.map(key));
    return theirs.find((item) => !have.has(key(item)));
  };
  const org = lacks(a.orgNumbers, b.orgNumbers, (item) => `${item.kind}|${item.value}`);
  if (org) return only(`organisation number ${org.value}`);
  const mark = lacks(a.trustMarks, b.trustMarks, (item) => item.mark);
  if (mark) return only(`trust mark ${mark.mark}`);
  const image = lacks(a.imageContacts, b.imageContacts, (item) => `${item.kind}|${item.value}`);
  if (image) return only(`${image.kind} in an image`);
  if (b.routes.complaint && !a.routes.complaint) return only('complaint route');
  if (b.routes.cancellation && !a.routes.cancellation) return only('cancellation route');
  return null;
}
