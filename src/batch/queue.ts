import { createRequire } from 'node:module';
import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { z } from 'zod';
import { EXIT, KontaktkollError, UsageError } from '../errors.js';
import { siteSettingsSchema } from './batch-settings.js';
import { siteEntrySchema } from './site-list.js';

export { DEFAULT_QUEUE_NAME } from './queue-name.js';

/** What travels through Redis for one site: the site and how the list's owner wants it audited. */
export const siteJobSchema = z.strictObject({
  site: siteEntrySchema,
  audit: siteSettingsSchema.shape.audit,
  siteBudgetSeconds: siteSettingsSchema.shape.siteBudgetSeconds,
});
export type SiteJob = z.infer<typeof siteJobSchema>;

/** redis://[user:password@]host:port[/db] → the connection BullMQ takes. */
export function connectionOf(queueUrl: string): ConnectionOptions {
  let url: URL;
  try {
    url = new URL(queueUrl);
  } catch {
    throw new UsageError(`--queue must be a redis:// URL, not "${queueUrl}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new UsageError(`--queue must be a redis:// URL, not "${queueUrl}"`);
  const db = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; they must retry rather than give up a command.
    maxRetriesPerRequest: null,
    connectTimeout: 10_000,
  };
}

/** Redis hash holding one finished record per site key: the first worker to finish a site wins. */
export function resultsKeyOf(queueName: string): string {
  return `kontaktkoll:${queueName}:results`;
}

/**
 * Puts every site on the queue with its key as job id, so enqueueing the same list twice (or
 * a list after a crash) adds nothing that is already there.
 */
export async function enqueueSites(queueUrl: string, queueName: string, jobs: SiteJob[]): Promise<{ added: number; alreadyQueued: number }> {
  const queue = withRedisClient(() => new Queue<SiteJob>(queueName, { connection: connectionOf(queueUrl) }));
  try {
    let added = 0;
    for (let start = 0; start < jobs.length; start += 500) {
      const chunk = jobs.slice(start, start + 500);
      const existing = await Promise.all(chunk.map((job) => queue.getJob(job.site.key)));
      const fresh = chunk.filter((_, index) => !existing[index]);
      await queue.addBulk(fresh.map((job) => ({
        name: 'audit',
        data: job,
        opts: { jobId: job.site.key, attempts: 3, backoff: { type: 'fixed', delay: 5_000 }, removeOnComplete: { count: 100_000 }, removeOnFail: { count: 100_000 } },
      })));
      added += fresh.length;
    }
    return { added, alreadyQueued: jobs.length - added };
  } finally {
    await queue.close();
  }
}

export interface QueueWorkerOptions {
  queueUrl: string;
  queueName: string;
  concurrency: number;
  /** How long a job is locked to its worker; a killed worker's job goes back to the queue after it. */
  lockMs: number;
  exitWhenEmpty: boolean;
  process(job: SiteJob, results: ResultStore): Promise<void>;
  onError?(error: Error): void;
}

/** The shared record of finished sites, for exactly-once results. */
export interface ResultStore {
  get(key: string): Promise<string | null>;
  /** Stores the record unless one is there already; true when this call stored it. */
  claim(key: string, record: string): Promise<boolean>;
}

const CLAIM_COMMAND = 'kontaktkollClaim';

/** Processes site jobs until stopped (or, with exitWhenEmpty, until nothing is waiting or running). */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<void> {
  const connection = connectionOf(options.queueUrl);
  const resultsKey = resultsKeyOf(options.queueName);
  let running = 0;
  let claimDefined = false;
  const queue = withRedisClient(() => new Queue<SiteJob>(options.queueName, { connection }));
  const worker: Worker<SiteJob> = new Worker<SiteJob>(options.queueName, async (job: Job<SiteJob>) => {
    running++;
    try {
      const data = siteJobSchema.parse(job.data);
      const client = await queue.getBackend().client;
      if (!claimDefined) {
        client.defineCommand(CLAIM_COMMAND, { numberOfKeys: 1, lua: "return redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2])" });
        claimDefined = true;
      }
      const results: ResultStore = {
        get: (key) => client.hget(resultsKey, key),
        claim: async (key, record) => Number(await client.runCommand(CLAIM_COMMAND, [resultsKey, key, record])) === 1,
      };
      await options.process(data, results);
    } finally {
      running--;
    }
  }, {
    connection,
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    maxStalledCount: 5,
  });
  worker.on('error', (error) => options.onError?.(error));
  const stop = new Promise<void>((resolve) => {
    const onSignal = () => resolve();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    if (!options.exitWhenEmpty) return;
    const poll = setInterval(() => {
      void queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children').then((counts) => {
        const left = Object.values(counts).reduce((sum, count) => sum + count, 0);
        if (left === 0 && running === 0) {
          clearInterval(poll);
          resolve();
        }
      }, (error: Error) => options.onError?.(error));
    }, 1_000);
  });
  await worker.waitUntilReady();
  await stop;
  await worker.close();
  await queue.close();
}


/** BullMQ leaves the Redis client package to the application; say so plainly when it is missing. */
function withRedisClient<T>(create: () => T): T {
  try {
    createRequire(import.meta.url).resolve('ioredis');
  } catch {
    throw new KontaktkollError('queue mode needs the Redis client package "ioredis", which is not installed', EXIT.environment, 'install it next to kontaktkoll: npm install ioredis');
  }
  return create();
}
