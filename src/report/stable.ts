import { auditResultSchema, type AuditResult, type ChannelResult, type CrawledPage } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';

/** What volatile fields become under `--stable`, so two runs of the same site diff cleanly. */
export const STABLE_TIMESTAMP = '1970-01-01T00:00:00.000Z';

function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const left = key(a);
    const right = key(b);
    return left < right ? -1 : left > right ? 1 : 0;
  };
}

function sortedItems(channel: ChannelResult): ChannelResult {
  const items = [...channel.items].sort(byKey((item) => `${String(item.clicks).padStart(4, '0')}\u0000${item.pageUrl}\u0000${item.value}\u0000${item.evidence}`));
  return { ...channel, items } as ChannelResult;
}

/** The crawl log with its times fixed, by clicks then address then path (tabs finish in any order). */
function stablePages(pages: readonly CrawledPage[]): CrawledPage[] {
  return pages
    .map((page) => ({ ...page, readAt: STABLE_TIMESTAMP }))
    .sort(byKey((page) => `${String(page.clicks).padStart(4, '0')}\u0000${page.url}\u0000${JSON.stringify(page.path)}\u0000${page.finalUrl}`));
}

/**
 * The result with volatile data (time of the audit, duration) fixed and every list in a
 * deterministic order (pages arrive from parallel tabs in any order), keys in schema order (a result
 * read back from a file then renders byte for byte the same). Scores and verdicts are untouched.
 */
export function stableResult(result: AuditResult): AuditResult {
  const channels = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, sortedItems(result.channels[name])])) as AuditResult['channels'];
  return auditResultSchema.parse({
    ...result,
    auditedAt: STABLE_TIMESTAMP,
    channels,
    barriers: [...result.barriers].sort(byKey((barrier) => `${String(barrier.clicks).padStart(4, '0')}\u0000${barrier.pageUrl}\u0000${barrier.kind}`)),
    crawl: {
      ...result.crawl,
      errors: [...result.crawl.errors].sort(byKey((error) => `${error.url}\u0000${error.reason}`)),
      durationMs: 0,
      // Which views found a tab free to be reused, and which pages a tab free to read them ahead, depends on timing alone.
      viewsReopened: undefined,
      pagesReadAhead: undefined,
      ...(result.crawl.pages ? { pages: stablePages(result.crawl.pages) } : {}),
    },
    ...(result.devices ? {
      devices: {
        ...result.devices,
        runs: result.devices.runs.map((run) => ({ ...run, crawl: { ...run.crawl, viewsReopened: undefined, pagesReadAhead: undefined, ...(run.crawl.pages ? { pages: stablePages(run.crawl.pages) } : {}) } })),
      },
    } : {}),
  });
}
