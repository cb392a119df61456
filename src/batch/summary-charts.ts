import { CHANNEL_NAMES } from '../model/channel-items.js';
import type { ReportLang } from '../model/report-lang.js';
import { escapeHtml } from '../report/escape-html.js';
import { reportText } from '../report/lang/index.js';
import type { DoneRecord } from './journal-record.js';
import { UNSPECIFIED_SECTOR, type BatchSummary } from './summary.js';
import { summaryExtraWords } from './summary-words.js';
import { svgBarChart, type Bar } from './svg-bar-chart.js';
import { svgShareGrid } from './svg-share-grid.js';

/** Ten bands of ten; 100 joins the top band so it is not a band of its own. */
export function scoreBands(ranked: readonly DoneRecord[]): Bar[] {
  const bands = Array.from({ length: 10 }, (_, index) => ({ label: index === 9 ? '90–100' : `${index * 10}–${index * 10 + 9}`, value: 0 }));
  for (const record of ranked) bands[Math.min(9, Math.max(0, Math.floor(record.row.score / 10)))]!.value++;
  return bands.reverse();
}

/** 0, 1, 2, 3, 4 or more clicks, and no human contact at all (counted, never left out). */
export function humanClickBands(ranked: readonly DoneRecord[], noHuman: string): Bar[] {
  const bands: Bar[] = ['0', '1', '2', '3', '4+'].map((label) => ({ label, value: 0 }));
  const none: Bar = { label: noHuman, value: 0 };
  for (const record of ranked) {
    const clicks = record.row.humanContactClicks;
    if (clicks === null) none.value++;
    else bands[Math.min(4, clicks)]!.value++;
  }
  return [...bands, none];
}

/**
 * Per sector, the share of audited sites where each channel was found. Only sites whose journal
 * line carries channel clicks count (older journals lack them); a sector with none gets "–".
 */
export function channelShares(summary: BatchSummary): Array<{ sector: string; shares: Array<number | null> }> {
  return summary.sectors.map((stats) => {
    const sites = summary.ranked.filter((record) => (record.sector || UNSPECIFIED_SECTOR) === stats.sector && record.row.channelClicks);
    const shares = CHANNEL_NAMES.map((name) => (sites.length === 0 ? null : sites.filter((record) => record.row.channelClicks?.[name] != null).length / sites.length));
    return { sector: stats.sector, shares };
  });
}

export function summaryCharts(summary: BatchSummary, lang: ReportLang): string {
  const text = reportText(lang);
  const s = text.summary;
  const x = summaryExtraWords(lang);
  const sectorName = (sector: string) => (sector === UNSPECIFIED_SECTOR ? s.noSector : sector);
  const grid = {
    columns: CHANNEL_NAMES.map((name) => text.messages.channels[name]),
    rows: channelShares(summary).map((row) => ({ label: sectorName(row.sector), shares: row.shares })),
  };
  const empty = summary.ranked.length === 0 ? `<p class="note">${escapeHtml(x.noData)}</p>` : '';
  return `<section id="charts"><h2>${escapeHtml(x.charts)}</h2>${empty}<div class="charts">
${svgBarChart(x.scoreDistribution, scoreBands(summary.ranked), 'chart-scores')}
${svgBarChart(s.clicksToHuman, humanClickBands(summary.ranked, s.noHuman), 'chart-human')}
${svgShareGrid(x.channelsBySector, grid, 'chart-channels', x.channelsNote)}
</div></section>`;
}
