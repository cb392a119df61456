import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportLang } from '../model/report-lang.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { TOOL_VERSION } from '../util/package-root.js';
import { JOURNAL_FILE, latestBySite, readJournal } from './journal.js';
import type { DoneRecord } from './journal-record.js';
import { summarize, type BatchSummary, type SkippedRow } from './summary.js';
import { sectorCsv, summaryCsv } from './summary-csv.js';
import { htmlReportOf, summaryHtml } from './summary-html.js';
import { summaryMarkdown } from './summary-markdown.js';

export const SUMMARY_FILES = { csv: 'summary.csv', sectors: 'sectors.csv', html: 'summary.html', md: 'summary.md', json: 'summary.json' } as const;

/**
 * Builds the ranked table and sector statistics from the journal alone, so resume and merge need
 * nothing else. `lang` is the language of summary.html and summary.md; the CSV and JSON files are data and keep English keys.
 * `skipped` are the list's unusable rows; without it (a worker, which has no list) those of the
 * folder's previous summary are kept.
 */
export async function writeSummary(outputDir: string, peakRssBytes: number | null, lang: ReportLang = 'en', skipped?: readonly SkippedRow[]): Promise<BatchSummary> {
  const { records } = await readJournal(join(outputDir, JOURNAL_FILE));
  const summary = summarize(latestBySite(records).values(), peakRssBytes, skipped ?? await skippedRowsOf(outputDir));
  const generatedAt = new Date().toISOString();
  const htmlReports = await existingHtmlReports(outputDir, summary.ranked);
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.csv), summaryCsv(summary));
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.sectors), sectorCsv(summary));
  const page = { htmlReports, toolVersion: TOOL_VERSION };
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.html), summaryHtml(summary, generatedAt, lang, page));
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.md), summaryMarkdown(summary, generatedAt, lang, page));
  await writeFileAtomic(join(outputDir, SUMMARY_FILES.json), `${JSON.stringify({
    generatedAt,
    toolVersion: TOOL_VERSION,
    audited: summary.ranked.length,
    failed: summary.failed.length,
    peakRssBytes,
    sectors: summary.sectors,
    overall: summary.overall,
    failedSites: summary.failed.map(({ url, name, sector, reason, message }) => ({ url, name, sector, reason, message })),
    skipped: summary.skipped,
  }, null, 2)}\n`);
  return summary;
}

/** The skipped rows a folder's summary.json recorded (merge joins those of every shard). */
export async function skippedRowsOf(dir: string): Promise<SkippedRow[]> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, SUMMARY_FILES.json), 'utf8')) as { skipped?: unknown };
    if (!Array.isArray(parsed.skipped)) return [];
    return parsed.skipped.filter((row): row is SkippedRow => typeof row?.line === 'number' && typeof row?.message === 'string')
      .map(({ line, message }) => ({ line, message }));
  } catch {
    return [];
  }
}

/** Keys of the sites whose HTML report lies beside their JSON, so the summary links a person to the readable one. */
async function existingHtmlReports(outputDir: string, ranked: readonly DoneRecord[]): Promise<Set<string>> {
  const found = new Set<string>();
  await Promise.all(ranked.map(async (record) => {
    const file = htmlReportOf(record);
    if (file && await access(join(outputDir, file)).then(() => true, () => false)) found.add(record.key);
  }));
  return found;
}
