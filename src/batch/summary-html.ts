import { escapeHtml, safeHref } from '../report/escape-html.js';
import type { BatchSummary, SectorStats } from './summary.js';

// Every value in the page came from a list or a website: all of it goes through the report's escaping.

/** Only http(s) links become clickable; anything else (javascript:, data:) stays text. */
function link(url: string, label: string): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(label)}</a>` : escapeHtml(label);
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const clicks = (value: number | null) => (value === null ? '–' : String(value));
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function sectorRow(stats: SectorStats, total = false): string {
  const cells = [stats.sector, String(stats.sites), clicks(stats.medianClicksToHuman), String(stats.sitesWithoutHuman),
    percent(stats.shareWithPhoneWithin2), percent(stats.shareChatbotOnly), String(stats.meanScore)];
  const tag = total ? 'th' : 'td';
  return `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
}

/** A single file with no scripts and no outside resources, safe to publish or mail as it is. */
export function summaryHtml(summary: BatchSummary, generatedAt: string): string {
  const ranked = summary.ranked.map((record, index) => `<tr><td>${index + 1}</td><td>${link(record.url, record.name)}</td><td>${escapeHtml(record.sector)}</td>`
    + `<td class="n">${record.row.score}</td><td>${escapeHtml(record.row.grade)}</td><td class="n">${clicks(record.row.humanContactClicks)}</td>`
    + `<td class="n">${clicks(record.row.phoneClicks)}</td><td>${yesNo(record.row.hoursStated)}</td><td>${yesNo(record.row.premiumRate)}</td>`
    + `<td>${yesNo(record.row.chatbotOnly)}</td><td>${escapeHtml(record.row.barriers.join(', '))}</td><td><a href="${escapeHtml(record.file)}">JSON</a></td></tr>`).join('\n');
  const failed = summary.failed.map((record) => `<tr><td>${link(record.url, record.name)}</td><td>${escapeHtml(record.sector)}</td>`
    + `<td>${escapeHtml(record.reason)}</td><td>${escapeHtml(record.message)}</td></tr>`).join('\n');
  const rss = summary.peakRssBytes === null ? 'not measured' : `${Math.round(summary.peakRssBytes / 1024 / 1024)} MB`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kontaktkoll — ranked contact audit</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right}
caption{text-align:left;font-weight:600;margin-bottom:.3rem}
</style></head><body>
<h1>How many clicks to reach a human?</h1>
<p>${summary.ranked.length} sites audited, ${summary.failed.length} could not be audited. Generated ${escapeHtml(generatedAt)} by kontaktkoll. Peak memory ${escapeHtml(rss)}.</p>
<table><caption>Ranked by score</caption>
<thead><tr><th>#</th><th>Company</th><th>Sector</th><th>Score</th><th>Grade</th><th>Clicks to a human</th><th>Clicks to phone</th><th>Hours stated</th><th>Premium-rate</th><th>Chatbot only</th><th>Barriers</th><th>Report</th></tr></thead>
<tbody>
${ranked}
</tbody></table>
<table><caption>By sector</caption>
<thead><tr><th>Sector</th><th>Sites</th><th>Median clicks to a human</th><th>No human contact</th><th>Phone within 2 clicks</th><th>Chatbot only</th><th>Mean score</th></tr></thead>
<tbody>
${summary.sectors.map((stats) => sectorRow(stats)).join('\n')}
${sectorRow(summary.overall, true)}
</tbody></table>
${summary.failed.length === 0 ? '' : `<table><caption>Not audited</caption>
<thead><tr><th>Company</th><th>Sector</th><th>Reason</th><th>Detail</th></tr></thead>
<tbody>
${failed}
</tbody></table>`}
<p>Median clicks to a human counts a site with no phone, e-mail or staffed chat as worse than any number of clicks ("–" when that is the median).</p>
</body></html>
`;
}
