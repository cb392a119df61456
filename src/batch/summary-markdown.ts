import type { ReportLang } from '../model/report-lang.js';
import { escapeMarkdown as md, markdownLink } from '../report/escape-markdown.js';
import { reportText } from '../report/lang/index.js';
import { commonFailures } from './common-failures.js';
import type { DoneRecord } from './journal-record.js';
import type { BatchSummary } from './summary.js';
import { clicksCell, failedHeadings, rankedHeadings, sectorCells, sectorHeadings, type SummaryWords } from './summary-cells.js';
import { htmlReportOf, type SummaryPageContext } from './summary-html.js';
import { rulePacksOf } from './summary-methodology.js';
import { summaryExtraWords, type SummaryExtraWords } from './summary-words.js';

// Every value came from a list or a website, and GitHub and GitLab render HTML inside Markdown:
// all of it goes through the single-audit report's Markdown escaping, which keeps a table row one row.

const RULE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

/** A GitHub-flavoured table; `head` is plain text, `rows` are cells already escaped. Numeric columns align right. */
function table(head: readonly string[], rows: readonly string[][], numeric: readonly number[] = []): string[] {
  return [row(head.map((cell) => md(cell))), `|${head.map((_, index) => (numeric.includes(index) ? '---:' : '---')).join('|')}|`, ...rows.map(row), ''];
}

/** The site's own page, then its reports: a path of the shape the batch writes is linked, anything else stays text. */
function rankedCells(record: DoneRecord, index: number, s: SummaryWords, reports: ReadonlySet<string>): string[] {
  const yesNo = (value: boolean) => md(value ? s.yes : s.no);
  const html = htmlReportOf(record);
  const links = html === null ? md(record.file) : [reports.has(record.key) ? `[HTML](${html})` : '', `[JSON](${record.file})`].filter(Boolean).join(' · ');
  return [String(index + 1), markdownLink(record.url, record.name), md(record.sector), String(record.row.score), md(record.row.grade),
    clicksCell(record.row.humanContactClicks), clicksCell(record.row.phoneClicks), yesNo(record.row.hoursStated), yesNo(record.row.premiumRate),
    yesNo(record.row.chatbotOnly), md(record.row.barriers.join(', ')), links];
}

function failuresLines(summary: BatchSummary, x: SummaryExtraWords): string[] {
  const failures = commonFailures(summary.ranked);
  if (failures.length === 0) return [md(x.noFailures), ''];
  // A pack's rule ids are kebab-case; one that is not (a doctored journal) is shown as escaped text, not code.
  return table([x.ruleId, x.rule, x.sitesFailing], failures.map((failure) => [
    RULE_ID.test(failure.id) ? `\`${failure.id}\`` : md(failure.id), md(failure.title, 300), String(failure.sites),
  ]), [2]);
}

/** The method in short: what a click is, how the median counts, the packs, the date and the version. */
function methodLines(summary: BatchSummary, generatedAt: string, toolVersion: string, x: SummaryExtraWords, s: SummaryWords): string[] {
  const packs = rulePacksOf(summary.ranked);
  return [`## ${md(x.methodology)}`, '', md(x.clickDefinition, 2_000), '', md(s.medianNote, 500), '',
    `- ${md(x.rulePacks)}: ${packs.length === 0 ? '–' : packs.map((pack) => md(pack)).join(', ')}`,
    `- ${md(x.generated)}: ${md(generatedAt)}`,
    `- ${md(x.toolVersion)}: ${md(toolVersion)}`, ''];
}

/**
 * summary.md: the ranked table, the sector figures, the most common failures, the sites not
 * audited, the list's skipped rows and the method in short, to paste in an issue or a wiki. The
 * charts stay in summary.html. Reports are linked relative to the batch folder, as there.
 */
export function summaryMarkdown(summary: BatchSummary, generatedAt: string, lang: ReportLang = 'en', context: SummaryPageContext = {}): string {
  const s = reportText(lang).summary;
  const x = summaryExtraWords(lang);
  const reports = context.htmlReports ?? new Set<string>();
  const rss = summary.peakRssBytes === null ? s.notMeasured : `${Math.round(summary.peakRssBytes / 1024 / 1024)} MB`;
  const lines = [`# ${md(s.heading)}`, '', md(s.intro(summary.ranked.length, summary.failed.length, generatedAt, rss), 500), '', `## ${md(s.ranked)}`, ''];
  lines.push(...(summary.ranked.length === 0
    ? [md(x.noData), '']
    : table(rankedHeadings(s), summary.ranked.map((record, index) => rankedCells(record, index, s, reports)), [0, 3, 5, 6])));
  const sectorRows = summary.sectors.map((stats) => sectorCells(stats, s).map((cell) => md(cell)));
  const overall = sectorCells(summary.overall, s, true).map((cell) => `**${md(cell)}**`);
  lines.push(`## ${md(s.bySector)}`, '', ...table(sectorHeadings(s), [...sectorRows, overall], [1, 2, 3, 4, 5, 6, 7]));
  lines.push(`## ${md(x.commonFailures)}`, '', ...failuresLines(summary, x));
  if (summary.failed.length > 0) {
    lines.push(`## ${md(s.notAudited)}`, '', ...table(failedHeadings(s), summary.failed.map((record) => [
      markdownLink(record.url, record.name), md(record.sector), md(record.reason), md(record.message, 300),
    ])));
  }
  if (summary.skipped.length > 0) {
    lines.push(`## ${md(x.skippedRows)}`, '', ...table([x.line, s.detail], summary.skipped.map((skipped) => [String(skipped.line), md(skipped.message, 300)]), [0]));
  }
  lines.push(...methodLines(summary, generatedAt, context.toolVersion ?? '–', x, s));
  return `${lines.join('\n').trimEnd()}\n`;
}
