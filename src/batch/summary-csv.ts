import { stringify } from 'csv-stringify/sync';
import type { BatchSummary } from './summary.js';

export const SUMMARY_COLUMNS = [
  'rank', 'company', 'sector', 'country', 'url', 'status', 'score', 'grade', 'clicks_to_human', 'clicks_to_phone',
  'hours_stated', 'premium_rate', 'chatbot_only', 'channel_choice', 'barriers', 'failure_reason', 'report',
] as const;

/** Spreadsheets run cells that start with these as formulas; a company name must never do that. */
function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const flag = (value: boolean) => (value ? 'yes' : 'no');
const clicks = (value: number | null) => (value === null ? '' : String(value));

/**
 * The ranked table, audited sites first (best first), then the sites that could not be audited,
 * then the rows of the list that were skipped (status `skipped`, the line and why in failure_reason).
 */
export function summaryCsv(summary: BatchSummary): string {
  const rows: string[][] = summary.ranked.map((record, index) => [
    String(index + 1), record.name, record.sector, record.country, record.url, 'audited', String(record.row.score), record.row.grade,
    clicks(record.row.humanContactClicks), clicks(record.row.phoneClicks), flag(record.row.hoursStated), flag(record.row.premiumRate),
    flag(record.row.chatbotOnly), String(record.row.channelChoice), record.row.barriers.join(' '), '', record.file,
  ]);
  for (const record of summary.failed) {
    rows.push(['', record.name, record.sector, record.country, record.url, 'failed', '', '', '', '', '', '', '', '', '', record.reason, '']);
  }
  for (const row of summary.skipped) {
    rows.push(['', '', '', '', '', 'skipped', '', '', '', '', '', '', '', '', '', `line ${row.line}: ${row.message}`, '']);
  }
  return stringify(rows.map((row) => row.map(inertCell)), { header: true, columns: [...SUMMARY_COLUMNS] });
}

export const SECTOR_COLUMNS = ['sector', 'sites', 'median_clicks_to_human', 'sites_without_human', 'share_phone_within_2', 'share_chatbot_only', 'mean_score', 'sites_failed'] as const;

// Empty, not 0, where no site was audited: there is nothing to take a share or a mean of.
const share = (value: number | null) => (value === null ? '' : value.toFixed(3));

export function sectorCsv(summary: BatchSummary): string {
  const rows = [...summary.sectors, summary.overall].map((stats) => [
    stats.sector, String(stats.sites), stats.medianClicksToHuman === null ? '' : String(stats.medianClicksToHuman), String(stats.sitesWithoutHuman),
    share(stats.shareWithPhoneWithin2), share(stats.shareChatbotOnly), stats.meanScore === null ? '' : String(stats.meanScore), String(stats.failed),
  ]);
  return stringify(rows.map((row) => row.map(inertCell)), { header: true, columns: [...SECTOR_COLUMNS] });
}
