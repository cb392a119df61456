import type { ReportLang } from '../model/report-lang.js';
import { escapeHtml, safeHref } from '../report/escape-html.js';
import { reportText, type ReportText } from '../report/lang/index.js';
import { UNSPECIFIED_SECTOR, type BatchSummary, type SectorStats } from './summary.js';

// Every value in the page came from a list or a website: all of it goes through the report's escaping.

type SummaryWords = ReportText['summary'];

/** Only http(s) links become clickable; anything else (javascript:, data:) stays text. */
function link(url: string, label: string): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(label)}</a>` : escapeHtml(label);
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const clicks = (value: number | null) => (value === null ? '–' : String(value));
const headings = (cells: string[]) => `<tr>${cells.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr>`;

function sectorRow(stats: SectorStats, s: SummaryWords, total = false): string {
  // The summary's own names for "all sites" and "no sector" are words of the page; a list's sector names are data.
  const name = total ? s.all : stats.sector === UNSPECIFIED_SECTOR ? s.noSector : stats.sector;
  const cells = [name, String(stats.sites), clicks(stats.medianClicksToHuman), String(stats.sitesWithoutHuman),
    percent(stats.shareWithPhoneWithin2), percent(stats.shareChatbotOnly), String(stats.meanScore)];
  const tag = total ? 'th' : 'td';
  return `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
}

/** A single file with no scripts and no outside resources, safe to publish or mail as it is. */
export function summaryHtml(summary: BatchSummary, generatedAt: string, lang: ReportLang = 'en'): string {
  const s = reportText(lang).summary;
  const yesNo = (value: boolean) => (value ? s.yes : s.no);
  const ranked = summary.ranked.map((record, index) => `<tr><td>${index + 1}</td><td>${link(record.url, record.name)}</td><td>${escapeHtml(record.sector)}</td>`
    + `<td class="n">${record.row.score}</td><td>${escapeHtml(record.row.grade)}</td><td class="n">${clicks(record.row.humanContactClicks)}</td>`
    + `<td class="n">${clicks(record.row.phoneClicks)}</td><td>${escapeHtml(yesNo(record.row.hoursStated))}</td><td>${escapeHtml(yesNo(record.row.premiumRate))}</td>`
    + `<td>${escapeHtml(yesNo(record.row.chatbotOnly))}</td><td>${escapeHtml(record.row.barriers.join(', '))}</td><td><a href="${escapeHtml(record.file)}">JSON</a></td></tr>`).join('\n');
  const failed = summary.failed.map((record) => `<tr><td>${link(record.url, record.name)}</td><td>${escapeHtml(record.sector)}</td>`
    + `<td>${escapeHtml(record.reason)}</td><td>${escapeHtml(record.message)}</td></tr>`).join('\n');
  const rss = summary.peakRssBytes === null ? s.notMeasured : `${Math.round(summary.peakRssBytes / 1024 / 1024)} MB`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(s.title)}</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right}
caption{text-align:left;font-weight:600;margin-bottom:.3rem}
</style></head><body>
<h1>${escapeHtml(s.heading)}</h1>
<p>${escapeHtml(s.intro(summary.ranked.length, summary.failed.length, generatedAt, rss))}</p>
<table><caption>${escapeHtml(s.ranked)}</caption>
<thead>${headings(['#', s.company, s.sector, s.score, s.grade, s.clicksToHuman, s.clicksToPhone, s.hoursStated, s.premiumRate, s.chatbotOnly, s.barriers, s.report])}</thead>
<tbody>
${ranked}
</tbody></table>
<table><caption>${escapeHtml(s.bySector)}</caption>
<thead>${headings([s.sector, s.sites, s.medianClicksToHuman, s.noHuman, s.phoneWithin2, s.chatbotOnly, s.meanScore])}</thead>
<tbody>
${summary.sectors.map((stats) => sectorRow(stats, s)).join('\n')}
${sectorRow(summary.overall, s, true)}
</tbody></table>
${summary.failed.length === 0 ? '' : `<table><caption>${escapeHtml(s.notAudited)}</caption>
<thead>${headings([s.company, s.sector, s.reason, s.detail])}</thead>
<tbody>
${failed}
</tbody></table>`}
<p>${escapeHtml(s.medianNote)}</p>
</body></html>
`;
}
