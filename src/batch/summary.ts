import type { DoneRecord, JournalRecord } from './journal-record.js';

export interface SectorStats {
  sector: string;
  sites: number;
  /** null when half or more of the sites offer no human contact at all. */
  medianClicksToHuman: number | null;
  sitesWithoutHuman: number;
  shareWithPhoneWithin2: number;
  shareChatbotOnly: number;
  meanScore: number;
}

export interface BatchSummary {
  ranked: DoneRecord[];
  failed: Extract<JournalRecord, { status: 'failed' }>[];
  sectors: SectorStats[];
  overall: SectorStats;
  /** Highest resident memory seen, in bytes, per run or shard that made this summary. */
  peakRssBytes: number | null;
}

export const UNSPECIFIED_SECTOR = '(no sector)';

/** Best first: score, then fewer clicks to a human, then name; the key breaks the last ties so every run orders alike. */
export function compareRanked(a: DoneRecord, b: DoneRecord): number {
  return b.row.score - a.row.score
    || clicksOrder(a.row.humanContactClicks) - clicksOrder(b.row.humanContactClicks)
    || a.name.localeCompare(b.name, 'en')
    || a.key.localeCompare(b.key);
}

function clicksOrder(clicks: number | null): number {
  return clicks ?? Number.MAX_SAFE_INTEGER;
}

export function summarize(records: Iterable<JournalRecord>, peakRssBytes: number | null): BatchSummary {
  const ranked: DoneRecord[] = [];
  const failed: BatchSummary['failed'] = [];
  for (const record of records) {
    if (record.status === 'done') ranked.push(record);
    else failed.push(record);
  }
  ranked.sort(compareRanked);
  failed.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key));
  const bySector = new Map<string, DoneRecord[]>();
  for (const record of ranked) {
    const sector = record.sector || UNSPECIFIED_SECTOR;
    bySector.set(sector, [...(bySector.get(sector) ?? []), record]);
  }
  const sectors = [...bySector.entries()].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([sector, sites]) => statsOf(sector, sites));
  return { ranked, failed, sectors, overall: statsOf('all', ranked), peakRssBytes };
}

export function statsOf(sector: string, sites: readonly DoneRecord[]): SectorStats {
  const count = sites.length;
  const share = (test: (record: DoneRecord) => boolean) => (count === 0 ? 0 : sites.filter(test).length / count);
  return {
    sector,
    sites: count,
    medianClicksToHuman: medianWithNone(sites.map((record) => record.row.humanContactClicks)),
    sitesWithoutHuman: sites.filter((record) => record.row.humanContactClicks === null).length,
    shareWithPhoneWithin2: share((record) => record.row.phoneClicks !== null && record.row.phoneClicks <= 2),
    shareChatbotOnly: share((record) => record.row.chatbotOnly),
    meanScore: count === 0 ? 0 : Math.round((sites.reduce((sum, record) => sum + record.row.score, 0) / count) * 10) / 10,
  };
}

/**
 * Median where "no human contact" counts as the worst possible value rather than being
 * dropped: leaving those sites out would flatter a sector.
 */
export function medianWithNone(values: readonly (number | null)[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.map((value) => value ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Number.isFinite(median) ? median : null;
}
