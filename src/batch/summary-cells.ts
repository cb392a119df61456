import type { ReportText } from '../report/lang/index.js';
import { UNSPECIFIED_SECTOR, type SectorStats } from './summary.js';

/**
 * The columns and plain-text cells that summary.html and summary.md share, so both show the same
 * tables in the same words. Each format escapes the text for itself.
 */
export type SummaryWords = ReportText['summary'];

// "–", never 0, where there is nothing to count: an empty group has no share, no human contact has no clicks.
export const percentCell = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
export const clicksCell = (value: number | null) => (value === null ? '–' : String(value));

export function rankedHeadings(s: SummaryWords): string[] {
  return ['#', s.company, s.sector, s.score, s.grade, s.clicksToHuman, s.clicksToPhone, s.hoursStated, s.premiumRate, s.chatbotOnly, s.barriers, s.report];
}

export function sectorHeadings(s: SummaryWords): string[] {
  return [s.sector, s.sites, s.medianClicksToHuman, s.noHuman, s.phoneWithin2, s.chatbotOnly, s.meanScore, s.notAudited];
}

export function failedHeadings(s: SummaryWords): string[] {
  return [s.company, s.sector, s.reason, s.detail];
}

/** A sector's figures under `sectorHeadings`. The summary's own names for "all sites" and "no sector" are words of the page; a list's sector names are data. */
export function sectorCells(stats: SectorStats, s: SummaryWords, total = false): string[] {
  const name = total ? s.all : stats.sector === UNSPECIFIED_SECTOR ? s.noSector : stats.sector;
  return [name, String(stats.sites), clicksCell(stats.medianClicksToHuman), String(stats.sitesWithoutHuman),
    percentCell(stats.shareWithPhoneWithin2), percentCell(stats.shareChatbotOnly), stats.meanScore === null ? '–' : String(stats.meanScore), String(stats.failed)];
}
