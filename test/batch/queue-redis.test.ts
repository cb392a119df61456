import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/batch/journal.js';
import { siteKeyOf } from '../../src/batch/site-key.js';
import { packagePath } from '../../src/util/package-root.js';
import { serveBatchSites, writeList, type BatchSites } from './batch-sites.js';

const BIN = packagePath('bin', 'kontaktkoll.js');
const REDIS = '/usr/bin/redis-server';
const ENV = { NO_COLOR: '1', LANG: 'C', CI: 'true' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let redis: ChildProcess;
let queueUrl: string;
let sites: BatchSites;
beforeAll(async () => {
  expect(existsSync(REDIS), 'redis-server (Debian package redis-server) must be installed').toBe(true);
  const port = await freePort();
  redis = spawn(REDIS, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    redis.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
    redis.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  queueUrl = `redis://127.0.0.1:${port}`;
  sites = await serveBatchSites(6);
}, 60_000);
afterAll(async () => {
  redis?.kill('SIGTERM');
  await sites?.close();
});

describe('queue mode on a real Redis', () => {
  it('two workers, one killed mid-job, finish every site exactly once', async () => {
    const list = writeList(sites.csv);
    const enqueue = await execa('node', [BIN, 'batch', list, '--queue', queueUrl, '--max-pages', '3', '--timeout', '20'], { reject: false, env: ENV });
    expect(enqueue.exitCode, enqueue.stderr).toBe(0);
    expect(enqueue.stdout).toMatch(new RegExp(`enqueued ${sites.urls.length} site`));
    const again = await execa('node', [BIN, 'batch', list, '--queue', queueUrl], { reject: false, env: ENV });
    expect(again.stdout).toMatch(/enqueued 0 site\(s\).*already queued/);

    const outputDir = join(mkdtempSync(join(tmpdir(), 'kontaktkoll-queue-')), 'out');
    const workerArgs = [BIN, 'worker', '--queue', queueUrl, '--output-dir', outputDir, '--concurrency', '1', '--allow-private', '--host-rate', '0', '--lock-seconds', '4', '--exit-when-empty'];
    const doomed = execa('node', workerArgs, { reject: false, env: ENV });
    const survivor = execa('node', workerArgs, { reject: false, env: ENV, timeout: 150_000 });
    // Kill the first worker while it is inside a job: after it has finished at least one site.
    let doomedLog = '';
    doomed.stderr!.on('data', (chunk: Buffer) => {
      doomedLog += chunk.toString();
    });
    while (!/score|failed/.test(doomedLog) && doomed.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
    doomed.kill('SIGKILL');
    expect((await doomed).signal).toBe('SIGKILL');

    const finished = await survivor;
    expect(finished.exitCode, finished.stderr).toBe(0);
    const journal = await readJournal(join(outputDir, 'results.jsonl'));
    const keys = journal.records.map((record) => record.key);
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys)).toEqual(new Set(sites.urls.map((url) => siteKeyOf(url))));
    const byWorker = new Set(journal.records.map((record) => record.by));
    expect(byWorker.size).toBe(2);
    for (const record of journal.records) {
      expect(record.status).toBe(sites.failing.has(record.url) ? 'failed' : 'done');
    }
    expect(readFileSync(join(outputDir, 'summary.csv'), 'utf8').trim().split('\n')).toHaveLength(sites.urls.length + 1);
  }, 170_000);
});
