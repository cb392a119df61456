import type { AuditResult, ChannelResult } from '../model/audit-result.js';
import type { ReportMessages } from './messages.js';

/**
 * Why a channel has no row of clicks, as every format says it: shown only in structured data;
 * not found within the depth the search reached when a budget or the search depth cut it, that
 * depth stated; or not found, when every page in reach was examined.
 */
export function missingText(channel: ChannelResult, crawl: AuditResult['crawl'], m: ReportMessages): string {
  if (channel.structuredDataOnly) return m.structuredOnly;
  const from = crawl.unexaminedFromClicks;
  return from !== null && from > 0 ? m.notFoundWithin(from - 1) : m.notFound;
}

/** Why the crawl ended; a depth cut by the rules' own reach is said as that, not as a limit reached. */
export function stoppedText(crawl: AuditResult['crawl'], m: ReportMessages): string {
  if (crawl.stoppedBecause === 'max-depth' && crawl.searchDepth?.from === 'rule-pack') return m.searchedTo(crawl.searchDepth.clicks);
  return m.stopped[crawl.stoppedBecause];
}
