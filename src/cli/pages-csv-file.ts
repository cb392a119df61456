import { basename, dirname, extname, join } from 'node:path';
import type { AuditResult } from '../model/audit-result.js';
import { renderPagesCsv } from '../report/csv-pages.js';
import { stableResult } from '../report/stable.js';
import { writeFileAtomic } from '../util/atomic-write.js';

/** The crawl log's file beside a CSV report: `kontaktkoll.csv` → `kontaktkoll-pages.csv`. */
export function pagesCsvFile(csvFile: string): string {
  const extension = extname(csvFile);
  return join(dirname(csvFile), `${basename(csvFile, extension)}-pages${extension || '.csv'}`);
}

/** Writes the crawl log beside the CSV report (a CSV holds one table, and its rows are findings); returns its path. */
export async function writePagesCsv(result: AuditResult, csvFile: string, stable = false): Promise<string> {
  const file = pagesCsvFile(csvFile);
  await writeFileAtomic(file, renderPagesCsv(stable ? stableResult(result) : result));
  return file;
}
