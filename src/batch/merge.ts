import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { ReportLang } from '../model/report-lang.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { SITES_DIR } from './audit-site.js';
import { JOURNAL_FILE, latestBySite, readJournal } from './journal.js';
import type { JournalRecord } from './journal-record.js';
import type { BatchSummary, SkippedRow } from './summary.js';
import { skippedRowsOf, SUMMARY_FILES, writeSummary } from './write-summary.js';

export interface MergeOutcome {
  sites: number;
  summary: BatchSummary;
}

/**
 * Joins the output folders of shards (or of queue workers on several machines) into one:
 * one journal line per site, the site reports copied, and one summary over all of them.
 */
export async function mergeBatches(dirs: string[], outputDir: string, lang: ReportLang = 'en'): Promise<MergeOutcome> {
  const all: { record: JournalRecord; dir: string }[] = [];
  let peak: number | null = null;
  // Shards read the same list, so each recorded the same skipped rows: kept once.
  const skipped = new Map<string, SkippedRow>();
  for (const dir of dirs) {
    for (const row of await skippedRowsOf(dir)) skipped.set(`${row.line}\n${row.message}`, row);
    const info = await stat(dir).catch(() => null);
    if (!info?.isDirectory()) throw new UsageError(`${dir} is not a folder`);
    const journalFile = join(dir, JOURNAL_FILE);
    if (!(await stat(journalFile).catch(() => null))?.isFile()) throw new UsageError(`${dir} has no ${JOURNAL_FILE}: not the output folder of a batch or a worker`);
    // A shard the list gave no site to (a short list cut in many shards) has an empty journal: it adds nothing.
    const journal = await readJournal(journalFile);
    for (const record of journal.records) all.push({ record, dir });
    const dirPeak = await peakOf(dir);
    if (dirPeak !== null) peak = Math.max(peak ?? 0, dirPeak);
  }
  if (all.length === 0) throw new UsageError(`none of the ${dirs.length} folder(s) holds a result in its ${JOURNAL_FILE}`);
  const latest = latestBySite(all.map((entry) => entry.record));
  const dirOf = new Map<JournalRecord, string>(all.map((entry) => [entry.record, entry.dir]));
  await mkdir(join(outputDir, SITES_DIR), { recursive: true });
  const lines: string[] = [];
  for (const record of latest.values()) {
    lines.push(JSON.stringify(record));
    if (record.status !== 'done') continue;
    const from = dirOf.get(record)!;
    for (const file of [record.file, record.file.replace(/\.json$/, '.html')]) {
      if (resolve(from, file) === resolve(outputDir, file)) continue;
      await copyFile(join(from, file), join(outputDir, file)).catch((error: NodeJS.ErrnoException) => {
        if (file === record.file || error.code !== 'ENOENT') throw new UsageError(`cannot copy ${join(from, file)}: ${error.code ?? error.message}`);
      });
    }
  }
  await writeFileAtomic(join(outputDir, JOURNAL_FILE), lines.map((line) => `${line}\n`).join(''));
  const summary = await writeSummary(outputDir, peak, lang, [...skipped.values()]);
  return { sites: latest.size, summary };
}

async function peakOf(dir: string): Promise<number | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, SUMMARY_FILES.json), 'utf8')) as { peakRssBytes?: unknown };
    return typeof parsed.peakRssBytes === 'number' ? parsed.peakRssBytes : null;
  } catch {
    return null;
  }
}
