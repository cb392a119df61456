import type { CrawledPage } from '../model/audit-result.js';
import type { PathStep } from '../model/click-path.js';
import type { StateOutcome } from './page-reader.js';

/** A line of the crawl log: one view read (or not), whether or not it added anything. */
export function crawledPageOf(url: string, clicks: number, path: PathStep[], outcome: StateOutcome): CrawledPage {
  const { facts } = outcome;
  const finalUrl = outcome.ok ? outcome.reading.url : outcome.finalUrl ?? outcome.url;
  const last = path[path.length - 1]!;
  return {
    url, finalUrl, clicks,
    // As a channel's path: the last step leads where the view ended.
    path: outcome.ok ? [...path.slice(0, -1), { ...last, url: finalUrl }] : path,
    status: facts?.status ?? (outcome.ok ? outcome.reading.status : null),
    engine: outcome.ok ? facts?.engine ?? null : null,
    readAt: new Date(facts?.at ?? Date.now()).toISOString(),
    ...(outcome.ok ? {} : { error: outcome.reason }),
    ...(outcome.ok && facts?.renderedBecause ? { renderedBecause: facts.renderedBecause } : {}),
  };
}
