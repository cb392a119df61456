import { join } from 'node:path';
import type { ReportLang } from '../model/report-lang.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { JOURNAL_FILE, latestBySite, readJournal } from './journal.js';
import { summarize, type BatchSummary } from './summary.js';
import { sectorCsv, summaryCsv } from './summary-csv.js';
import { summaryHtml } from './summary-html.js';

export const SUMMARY_FILES = { csv: 'summary.csv', sectors: 'sectors.csv', html: 'summary.html', json: 'summary.json' } as const;

/**
 * Builds the ranked table and sector statistics from the journal alone, so resume and merge need
 * nothing else. `lang` is the language of summary.html; the CSV and JSON files are data and keep English keys.
 */
export async function writeSummary(outputDir: string, peakRssBytes: number | null, lang: ReportLang = 'en'): Promise<BatchSummary> {
  const { records } = await readJournal(join(outputDir, JOURNAL_FILE));
  const summary = summarize(latestBySite(records).values(), peakRssBytes);
  const generatedAt = new Date().toISOString();
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.csv), summaryCsv(summary));
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.sectors), sectorCsv(summary));
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.html), summaryHtml(summary, generatedAt, lang));
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.json), `${JSON.stringify({
    generatedAt,
    audited: summary.ranked.length,
    failed: summary.failed.length,
    peakRssBytes,
    sectors: summary.sectors,
    overall: summary.overall,
  }, null, 2)}\n`);
  return summary;
}
