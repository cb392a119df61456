import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { auditSite } from './audit-site.js';
import { liveSettings } from './batch-settings-runtime.js';
import type { SiteSettings } from './batch-settings.js';
import { BrowserSlot } from './browser-slot.js';
import { JOURNAL_FILE, JournalWriter, latestBySite, readJournal } from './journal.js';
import type { JournalRecord } from './journal-record.js';
import { MemorySampler } from './memory-sampler.js';
import type { SiteEntry } from './site-list.js';
import type { BatchSummary, SkippedRow } from './summary.js';
import { writeSummary } from './write-summary.js';

export interface BatchRunOptions {
  sites: SiteEntry[];
  settings: SiteSettings;
  /** Workers, each with its own browser. */
  concurrency: number;
  /** Skip sites the journal already has as done (and as failed, unless retryFailed). */
  resume: boolean;
  retryFailed: boolean;
  /** Rows of the list that were not usable, listed in the summary files too (not only on stderr). */
  skipped?: SkippedRow[];
}

/** What a batch reports as it goes; the CLI renders it. */
export interface BatchEvents {
  onPlan?(plan: { total: number; toRun: number; alreadyDone: number; alreadyFailed: number; ignoredJournalLines: number[] }): void;
  onSiteStart?(site: SiteEntry): void;
  onSiteDone?(record: JournalRecord): void;
}

export interface BatchOutcome {
  ran: number;
  done: number;
  failed: number;
  summary: BatchSummary;
  browserRestarts: number;
}

/**
 * Runs a list: a pool of workers, each with its own browser, takes sites in list order. Each
 * finished site is one journal line (the commit point); a resumed run skips what the journal has.
 */
export async function runBatch(options: BatchRunOptions, events: BatchEvents = {}): Promise<BatchOutcome> {
  const { outputDir } = options.settings;
  await mkdir(outputDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot create the output folder ${outputDir}: ${error.code ?? error.message}`);
  });
  const journalFile = join(outputDir, JOURNAL_FILE);
  const existing = await readJournal(journalFile);
  if (existing.records.length > 0 && !options.resume && !options.retryFailed) {
    throw new UsageError(`${journalFile} already holds results`, 'add --resume to continue it, --retry-failed to redo failures, or choose another --output-dir');
  }
  const latest = latestBySite(existing.records);
  const toRun = options.sites.filter((site) => {
    const record = latest.get(site.key);
    if (!record) return true;
    return record.status === 'failed' && options.retryFailed;
  });
  const statuses = options.sites.map((site) => latest.get(site.key)?.status);
  events.onPlan?.({
    total: options.sites.length,
    toRun: toRun.length,
    alreadyDone: statuses.filter((status) => status === 'done').length,
    alreadyFailed: statuses.filter((status) => status === 'failed').length,
    ignoredJournalLines: existing.ignoredLines,
  });

  const memory = new MemorySampler().start();
  const journal = await JournalWriter.open(journalFile);
  const settings = liveSettings(options.settings);
  const slots = Array.from({ length: Math.max(1, Math.min(options.concurrency, toRun.length)) }, () => new BrowserSlot());
  let next = 0;
  let done = 0;
  let failed = 0;
  const work = async (slot: BrowserSlot) => {
    while (next < toRun.length) {
      const site = toRun[next++]!;
      events.onSiteStart?.(site);
      const record = await auditSite(site, slot, settings);
      await journal.append(record);
      if (record.status === 'done') done++;
      else failed++;
      events.onSiteDone?.(record);
    }
  };
  try {
    await Promise.all(slots.map(work));
  } finally {
    await journal.close();
    await Promise.all(slots.map((slot) => slot.close()));
  }
  const peak = memory.stop();
  // One page for sites under many packs: the language asked for, else English.
  const summary = await writeSummary(outputDir, peak, options.settings.audit.lang ?? 'en', options.skipped ?? []);
  return { ran: toRun.length, done, failed, summary, browserRestarts: slots.reduce((sum, slot) => sum + slot.restarts, 0) };
}
