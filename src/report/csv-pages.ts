import { stringify } from 'csv-stringify/sync';
import type { AuditResult } from '../model/audit-result.js';
import { cell } from './csv.js';
import { clickPathText } from './rule-evidence.js';

export const PAGES_CSV_COLUMNS = ['url', 'finalUrl', 'clicks', 'path', 'status', 'engine', 'readAt', 'error'] as const;

/** The crawl log, one row per page examined: its own file, since its rows are not findings. */
export function renderPagesCsv(result: AuditResult): string {
  const rows = (result.crawl.pages ?? []).map((page) => ({
    url: cell(page.url),
    finalUrl: cell(page.finalUrl),
    clicks: page.clicks,
    path: cell(clickPathText(page.path)),
    status: page.status ?? '',
    engine: page.engine ?? '',
    readAt: page.readAt,
    error: cell(page.error ?? ''),
  }));
  return stringify(rows, { header: true, columns: [...PAGES_CSV_COLUMNS], record_delimiter: '\n' });
}
