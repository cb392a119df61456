import type { AuditResult, CrawledPage } from '../model/audit-result.js';
import { escapeHtml as h, linkHtml } from './escape-html.js';
import { scrollBox } from './html-table.js';
import type { ReportWords } from './report-words.js';
import { inert } from './terminal-text.js';

/**
 * The crawl log as a table folded away under its count: a regulator can open it to see every
 * page examined, a reader after the verdict is not made to scroll past it. Empty for results
 * saved before the log existed.
 */
export function pagesHtml(result: AuditResult, w: ReportWords): string {
  const pages = result.crawl.pages;
  if (!pages || pages.length === 0) return '';
  const head = [w.page, w.pageLog.finalUrl, w.clicksHeading, w.clickPath, 'HTTP', w.pageLog.readBy, w.pageLog.readAt];
  const table = `<table class="pages"><thead><tr>${head.map((cell) => `<th scope="col">${h(cell)}</th>`).join('')}</tr></thead><tbody>
${pages.map((page) => pageRow(page)).join('\n')}
</tbody></table>`;
  return `<details id="pages"><summary>${h(w.pagesVisited)} (${pages.length})</summary>${scrollBox(w.pagesVisited, table)}</details>`;
}

function pageRow(page: CrawledPage): string {
  const path = page.path.map((step) => (step.action === 'start' ? 'Start' : `${step.action}: ${step.label}`)).join(' → ');
  const final = page.finalUrl === page.url ? '' : linkHtml(page.finalUrl, inert(page.finalUrl, 200));
  const status = page.error === undefined ? String(page.status ?? '–') : `${page.status ?? '–'} (${inert(page.error, 120)})`;
  return `<tr><td>${linkHtml(page.url, inert(page.url, 200))}</td><td>${final}</td><td>${page.clicks}</td><td>${h(inert(path, 400))}</td>`
    + `<td>${h(status)}</td><td>${h(page.engine ?? '–')}</td><td><time>${h(page.readAt)}</time></td></tr>`;
}
