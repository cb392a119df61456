import type { DoneRecord, JournalRecord } from './journal-record.js';

export interface SectorStats {
  sector: string;
  /** Sites audited; the figures below are over these alone. */
  sites: number;
  /** Sites of the sector that could not be audited. */
  failed: number;
  /** null when half or more of the sites offer no human contact at all. */
  medianClicksToHuman: number | null;
  sitesWithoutHuman: number;
  // null, shown as "–", when no site was audited: an empty group has no mean, and 0 would read as a verdict.
  shareWithPhoneWithin2: number | null;
  shareChatbotOnly: number | null;
  meanScore: number | null;
}

/** A row of the list that was not usable (no URL, not http(s), listed twice): skipped, and said so in the summary. */
export interface SkippedRow {
  line: number;
  message: string;
}

export interface BatchSummary {
  ranked: DoneRecord[];
  failed: Extract<JournalRecord, { status: 'failed' }>[];
  sectors: SectorStats[];
  overall: SectorStats;
  skipped: SkippedRow[];
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

export function summarize(records: Iterable<JournalRecord>, peakRssBytes: number | null, skipped: readonly SkippedRow[] = []): BatchSummary {
  const ranked: DoneRecord[] = [];
  const failed: BatchSummary['failed'] = [];
  for (const record of records) {
    if (record.status === 'done') ranked.push(record);
    else failed.push(record);
  }
  ranked.sort(compareRanked);
  failed.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.key.localeCompare(b.key));
  // A sector whose every site failed still gets its row, with "–" for what cannot be known.
  const bySector = new Map<string, JournalRecord[]>();
  for (const record of [...ranked, ...failed]) {
    const sector = record.sector || UNSPECIFIED_SECTOR;
    bySector.set(sector, [...(bySector.get(sector) ?? []), record]);
  }
  const sectors = [...bySector.entries()].sort(([a], [b]) => a.localeCompare(b, 'en')).map(([sector, members]) => statsOf(sector, members));
  const sortedSkipped = [...skipped].sort((a, b) => a.line - b.line || a.message.localeCompare(b.message, 'en'));
  return { ranked, failed, sectors, overall: statsOf('all', [...ranked, ...failed]), skipped: sortedSkipped, peakRssBytes };
}

export function statsOf(sector: string, members: readonly JournalRecord[]): SectorStats {
  const sites = members.filter((record): record is DoneRecord => record.status === 'done');
  const count = sites.length;
  const share = (test: (record: DoneRecord) => boolean) => (count === 0 ? null : sites.filter(test).length / count);
  return {
    sector,
    sites: count,
    failed: members.length - count,
    medianClicksToHuman: medianWithNone(sites.map((record) => record.row.humanContactClicks)),
    sitesWithoutHuman: sites.filter((record) => record.row.humanContactClicks === null).length,
    shareWithPhoneWithin2: share((record) => record.row.phoneClicks !== null && record.row.phoneClicks <= 2),
    shareChatbotOnly: share((record) => record.row.chatbotOnly),
    meanScore: count === 0 ? null : Math.round((sites.reduce((sum, record) => sum + record.row.score, 0) / count) * 10) / 10,
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
