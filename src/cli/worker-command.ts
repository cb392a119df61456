import { hostname } from 'node:os';
import type { Command } from 'commander';
import { defaultConcurrency } from '../batch/default-concurrency.js';
import { DEFAULT_QUEUE_NAME } from '../batch/queue-name.js';
import { UsageError } from '../errors.js';
import { BATCH_DEFAULTS } from '../model/settings.js';
import { inert } from '../report/terminal-text.js';
import { addPolitenessOptions } from './batch-command.js';
import { parseIntOption } from './option-parsers.js';

interface WorkerFlags {
  queue: string;
  queueName: string;
  outputDir: string;
  concurrency?: number;
  lockSeconds: number;
  exitWhenEmpty?: boolean;
  allowPrivate?: boolean;
  contact?: string;
  hostRate: number;
  quiet?: boolean;
}

export function registerWorkerCommand(program: Command): void {
  const command = program
    .command('worker')
    .description('audit sites from a Redis queue filled by `kontaktkoll batch --queue`')
    .requiredOption('--queue <redis-url>', 'the Redis server, e.g. redis://127.0.0.1:6379')
    .option('--queue-name <name>', 'name of the queue', DEFAULT_QUEUE_NAME)
    .option('--output-dir <dir>', 'folder for results.jsonl, per-site reports and the summary', BATCH_DEFAULTS.outputDir)
    .option('--concurrency <n>', 'sites at once, each in its own browser (default from cores and memory)', parseIntOption('--concurrency', 1))
    .option('--lock-seconds <n>', 'a job whose worker is silent this long goes back to the queue', parseIntOption('--lock-seconds', 2), BATCH_DEFAULTS.lockSeconds)
    .option('--exit-when-empty', 'stop when no job is waiting or running (default: keep waiting for work)')
    .option('-q, --quiet', 'no line per site on stderr');
  addPolitenessOptions(command).action(async (flags: WorkerFlags) => {
    if (flags.contact && !/^https?:\/\//.test(flags.contact)) throw new UsageError(`--contact must be an http(s) URL, not "${flags.contact}"`);
    const { runSiteWorker } = await import('../batch/queue-worker.js');
    await runSiteWorker({
      queueUrl: flags.queue,
      queueName: flags.queueName,
      concurrency: flags.concurrency ?? defaultConcurrency(),
      lockSeconds: flags.lockSeconds,
      exitWhenEmpty: flags.exitWhenEmpty === true,
      settings: {
        allowPrivate: flags.allowPrivate === true,
        ...(flags.contact ? { contact: flags.contact } : {}),
        hostRate: flags.hostRate,
        outputDir: flags.outputDir,
        by: `${hostname()}:${process.pid}`,
      },
    }, {
      onSiteDone: (record, duplicate) => {
        if (flags.quiet) return;
        const what = record.status === 'done' ? `score ${record.row.score}` : `failed (${record.reason})`;
        process.stderr.write(`kontaktkoll worker: ${inert(record.url, 100)} ${what}${duplicate ? ' — already done by another worker, kept theirs' : ''}\n`);
      },
      onError: (error) => process.stderr.write(`kontaktkoll worker: ${inert(error.message, 200)}\n`),
    });
    process.exitCode = 0;
  });
}
