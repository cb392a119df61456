import type { ReportLang } from '../model/report-lang.js';
import { escapeHtml, safeHref } from '../report/escape-html.js';
import { reportText } from '../report/lang/index.js';
import { commonFailures } from './common-failures.js';
import type { DoneRecord } from './journal-record.js';
import type { BatchSummary, SectorStats } from './summary.js';
import { clicksCell as clicks, failedHeadings, rankedHeadings, sectorCells, sectorHeadings, type SummaryWords } from './summary-cells.js';
import { summaryCharts } from './summary-charts.js';
import { SUMMARY_STYLE } from './summary-style.js';
import { methodologySection } from './summary-methodology.js';
import { summaryExtraWords, type SummaryExtraWords } from './summary-words.js';

// Every value in the page came from a list or a website: all of it goes through the report's escaping.

export interface SummaryPageContext {
  /** Keys of the sites whose HTML report was written beside their JSON. */
  htmlReports?: ReadonlySet<string>;
  toolVersion?: string;
}

/** Only http(s) links become clickable; anything else (javascript:, data:) stays text. */
function link(url: string, label: string): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(label)}</a>` : escapeHtml(label);
}

/**
 * The HTML report beside a site's JSON (`sites/<key>.html`). Only a path of the shape the batch
 * itself writes is linked, so a doctored journal line cannot point the page anywhere else.
 */
export function htmlReportOf(record: Pick<DoneRecord, 'file'>): string | null {
  return /^sites\/[0-9a-f]{16}\.json$/.test(record.file) ? record.file.replace(/\.json$/, '.html') : null;
}

const headings = (cells: string[]) => `<tr>${cells.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr>`;

/** A table in its own scrolling box, so a wide table never widens the page on a phone; focusable so a keyboard can scroll it. */
function table(caption: string, head: string[], rows: string[]): string {
  return `<div class="scroll" role="region" tabindex="0" aria-label="${escapeHtml(caption)}"><table><caption>${escapeHtml(caption)}</caption>
<thead>${headings(head)}</thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`;
}

function sectorRow(stats: SectorStats, s: SummaryWords, total = false): string {
  const tag = total ? 'th' : 'td';
  return `<tr>${sectorCells(stats, s, total).map((cell, index) => `<${tag}${index === 0 ? '' : ' class="n"'}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
}

function rankedRow(record: DoneRecord, index: number, s: SummaryWords, reports: ReadonlySet<string>): string {
  const yesNo = (value: boolean) => escapeHtml(value ? s.yes : s.no);
  const html = reports.has(record.key) ? htmlReportOf(record) : null;
  // The company's name opens its report when there is one to read; the site itself is linked beneath.
  const company = html
    ? `<a href="${escapeHtml(encodeURI(html))}">${escapeHtml(record.name)}</a><br><small>${link(record.url, record.url)}</small>`
    : link(record.url, record.name);
  const reportLinks = [html ? `<a href="${escapeHtml(encodeURI(html))}">HTML</a>` : '', `<a href="${escapeHtml(encodeURI(record.file))}">JSON</a>`].filter(Boolean).join(' · ');
  return `<tr><td class="n">${index + 1}</td><td>${company}</td><td>${escapeHtml(record.sector)}</td>`
    + `<td class="n">${record.row.score}</td><td>${escapeHtml(record.row.grade)}</td><td class="n">${clicks(record.row.humanContactClicks)}</td>`
    + `<td class="n">${clicks(record.row.phoneClicks)}</td><td>${yesNo(record.row.hoursStated)}</td><td>${yesNo(record.row.premiumRate)}</td>`
    + `<td>${yesNo(record.row.chatbotOnly)}</td><td>${escapeHtml(record.row.barriers.join(', '))}</td><td>${reportLinks}</td></tr>`;
}

function failuresTable(summary: BatchSummary, x: SummaryExtraWords): string {
  const failures = commonFailures(summary.ranked);
  if (failures.length === 0) return `<h2>${escapeHtml(x.commonFailures)}</h2><p>${escapeHtml(x.noFailures)}</p>`;
  return table(x.commonFailures, [x.ruleId, x.rule, x.sitesFailing], failures.map((failure) =>
    `<tr data-rule="${escapeHtml(failure.id)}"><td><code>${escapeHtml(failure.id)}</code></td><td>${escapeHtml(failure.title)}</td><td class="n">${failure.sites}</td></tr>`));
}

/** A single file with no scripts and no outside resources, safe to publish or mail as it is. */
export function summaryHtml(summary: BatchSummary, generatedAt: string, lang: ReportLang = 'en', context: SummaryPageContext = {}): string {
  const s = reportText(lang).summary;
  const x = summaryExtraWords(lang);
  const reports = context.htmlReports ?? new Set<string>();
  const rss = summary.peakRssBytes === null ? s.notMeasured : `${Math.round(summary.peakRssBytes / 1024 / 1024)} MB`;
  const failed = summary.failed.map((record) => `<tr><td>${link(record.url, record.name)}</td><td>${escapeHtml(record.sector)}</td>`
    + `<td>${escapeHtml(record.reason)}</td><td>${escapeHtml(record.message)}</td></tr>`);
  const skipped = summary.skipped.map((row) => `<tr><td class="n">${row.line}</td><td>${escapeHtml(row.message)}</td></tr>`);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.title)}</title>
<style>${SUMMARY_STYLE}</style></head><body>
<h1>${escapeHtml(s.heading)}</h1>
<p>${escapeHtml(s.intro(summary.ranked.length, summary.failed.length, generatedAt, rss))}</p>
${summaryCharts(summary, lang)}
${table(s.ranked, rankedHeadings(s), summary.ranked.map((record, index) => rankedRow(record, index, s, reports)))}
${table(s.bySector, sectorHeadings(s), [...summary.sectors.map((stats) => sectorRow(stats, s)), sectorRow(summary.overall, s, true)])}
${failuresTable(summary, x)}
${summary.failed.length === 0 ? '' : table(s.notAudited, failedHeadings(s), failed)}
${summary.skipped.length === 0 ? '' : table(x.skippedRows, [x.line, s.detail], skipped)}
${methodologySection(summary.ranked, generatedAt, context.toolVersion ?? '–', x, s.medianNote)}
</body></html>
`;
}
