import type { AuditResult } from '../model/audit-result.js';
import { escapeMarkdown as md, markdownLink } from './escape-markdown.js';
import type { ReportWords } from './report-words.js';

/** The crawl log, collapsed: a pull-request comment stays short, the record is one click away. */
export function pagesMarkdown(result: AuditResult, w: ReportWords): string[] {
  const pages = result.crawl.pages;
  if (!pages || pages.length === 0) return [];
  const lines = [
    '<details>', `<summary>${md(w.pagesVisited)} (${pages.length})</summary>`, '',
    `| ${md(w.page)} | ${md(w.pageLog.finalUrl)} | ${md(w.clicksHeading)} | ${md(w.clickPath)} | HTTP | ${md(w.pageLog.readBy)} | ${md(w.pageLog.readAt)} |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const page of pages) {
    const path = page.path.map((step) => (step.action === 'start' ? 'Start' : `${step.action}: ${step.label}`)).join(' → ');
    const final = page.finalUrl === page.url ? '' : markdownLink(page.finalUrl);
    const status = `${page.status ?? '–'}${page.error === undefined ? '' : ` (${page.error})`}`;
    lines.push(`| ${markdownLink(page.url)} | ${final} | ${page.clicks} | ${md(path, 300)} | ${md(status, 150)} | ${page.engine ?? '–'} | ${md(page.readAt)} |`);
  }
  lines.push('', '</details>', '');
  return lines;
}
