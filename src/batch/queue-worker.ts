import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { auditSite } from './audit-site.js';
import { liveSettings, type BatchSettings } from './batch-settings-runtime.js';
import type { SiteSettings } from './batch-settings.js';
import { BrowserSlot } from './browser-slot.js';
import { JOURNAL_FILE, JournalWriter, readJournal } from './journal.js';
import { journalRecordSchema, type JournalRecord } from './journal-record.js';
import { MemorySampler } from './memory-sampler.js';
import { runQueueWorker, type ResultStore, type SiteJob } from './queue.js';
import { writeSummary } from './write-summary.js';

export interface QueueWorkerRun {
  queueUrl: string;
  queueName: string;
  concurrency: number;
  lockSeconds: number;
  exitWhenEmpty: boolean;
  /** Where this worker writes: outputDir, politeness and safety; the audit options come with each job. */
  settings: Omit<SiteSettings, 'audit' | 'siteBudgetSeconds'>;
}

export interface QueueWorkerEvents {
  onSiteDone?(record: JournalRecord, duplicate: boolean): void;
  onError?(error: Error): void;
}

/**
 * Audits sites from the queue. A job can come twice (its worker was killed after finishing but
 * before BullMQ heard): the shared result store keeps the first record, and only the worker
 * that stored it writes the journal line, so each site appears exactly once.
 */
export async function runSiteWorker(run: QueueWorkerRun, events: QueueWorkerEvents = {}): Promise<void> {
  await mkdir(run.settings.outputDir, { recursive: true });
  const journalFile = join(run.settings.outputDir, JOURNAL_FILE);
  const journal = await JournalWriter.open(journalFile);
  const memory = new MemorySampler().start();
  const free = Array.from({ length: run.concurrency }, () => new BrowserSlot());
  const all = [...free];
  const base = liveSettings({ ...run.settings, audit: { maxPages: 1, maxDepth: 0, timeoutSeconds: 1, device: 'desktop', lang: 'en', concurrency: 1 }, siteBudgetSeconds: 1 });

  const ensureJournaled = async (stored: string) => {
    const record = journalRecordSchema.parse(JSON.parse(stored));
    const { records } = await readJournal(journalFile);
    if (!records.some((existing) => existing.key === record.key)) await journal.append(record);
  };

  const processJob = async (job: SiteJob, results: ResultStore) => {
    const already = await results.get(job.site.key);
    if (already) {
      // The worker that finished it died before it could write its line: write it here.
      await ensureJournaled(already);
      return;
    }
    const slot = free.pop() ?? new BrowserSlot();
    try {
      const settings: BatchSettings = { ...base, audit: job.audit, siteBudgetSeconds: job.siteBudgetSeconds };
      const record = await auditSite(job.site, slot, settings);
      const stored = await results.claim(record.key, JSON.stringify(record));
      if (stored) await journal.append(record);
      else await ensureJournaled((await results.get(record.key)) ?? JSON.stringify(record));
      events.onSiteDone?.(record, !stored);
    } finally {
      free.push(slot);
      if (!all.includes(slot)) all.push(slot);
    }
  };

  try {
    await runQueueWorker({
      queueUrl: run.queueUrl,
      queueName: run.queueName,
      concurrency: run.concurrency,
      lockMs: run.lockSeconds * 1000,
      exitWhenEmpty: run.exitWhenEmpty,
      process: processJob,
      onError: events.onError,
    });
  } finally {
    await journal.close();
    await Promise.all(all.map((slot) => slot.close()));
  }
  await writeSummary(run.settings.outputDir, memory.stop());
}
