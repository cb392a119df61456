import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/batch/journal.js';
import { isInShard, parseShard, siteKeyOf } from '../../src/batch/site-key.js';
import { auditResultSchema } from '../../src/model/audit-result.js';
import { packagePath } from '../../src/util/package-root.js';
import { SECTORS, serveBatchSites, writeList, type BatchSites } from './batch-sites.js';

const BIN = packagePath('bin', 'kontaktkoll.js');
const FAST = ['--allow-private', '--max-pages', '2', '--timeout', '20', '--host-rate', '0'];

function kontaktkoll(args: string[]) {
  return execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', LANG: 'C', CI: 'true' }, timeout: 230_000 });
}

const tempDir = (name: string) => join(mkdtempSync(join(tmpdir(), 'kontaktkoll-batch-')), name);
const csvRows = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];

let sites: BatchSites;
let list: string;
let fullDir: string;
beforeAll(async () => {
  sites = await serveBatchSites(8);
  list = writeList(sites.csv);
  fullDir = tempDir('full');
});
afterAll(async () => {
  await sites?.close();
});

describe('kontaktkoll batch over 8 local sites plus two that fail', () => {
  it('killed with kill -9 mid-run and resumed, it loses no site and duplicates none, then writes reports, ranking and sector statistics', async () => {
    const journalFile = join(fullDir, 'results.jsonl');
    const first = kontaktkoll(['batch', list, '--output-dir', fullDir, '--concurrency', '2', ...FAST]);
    const lines = () => (existsSync(journalFile) ? readFileSync(journalFile, 'utf8').split('\n').length - 1 : 0);
    while (lines() < 4 && first.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 200));
    first.kill('SIGKILL');
    const killed = await first;
    expect(killed.signal).toBe('SIGKILL');
    const beforeResume = lines();
    expect(beforeResume).toBeLessThan(sites.urls.length);
    // A write cut off by the kill leaves a line without its newline: the resumed run must drop it.
    appendFileSync(journalFile, '{"key":"0123456789abcdef","url":"http://torn');

    const resumed = await kontaktkoll(['batch', list, '--output-dir', fullDir, '--concurrency', '2', '--resume', ...FAST]);
    // Two sites of the list cannot be audited: the documented "some sites failed" code, said on stderr.
    expect(resumed.exitCode).toBe(5);
    expect(resumed.stderr).toMatch(new RegExp(`2 of ${sites.urls.length} sites could not be audited \\(exit 5\\)`));
    expect(resumed.stderr).toMatch(new RegExp(`${sites.urls.length} sites, ${sites.urls.length - beforeResume} to audit`));
    expect(resumed.stderr).toMatch(/ignored incomplete journal line/);

    const journal = await readJournal(journalFile);
    expect(journal.ignoredLines).toEqual([]);
    const keys = journal.records.map((record) => record.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(sites.urls.map((url) => siteKeyOf(url))));

    for (const record of journal.records) {
      const expectedFailure = sites.failing.get(record.url);
      if (expectedFailure) {
        expect(record).toMatchObject({ status: 'failed', reason: expectedFailure });
        continue;
      }
      expect(record.status, record.url).toBe('done');
      if (record.status !== 'done') continue;
      const result = auditResultSchema.parse(JSON.parse(readFileSync(join(fullDir, record.file), 'utf8')));
      expect(result.score).toBe(record.row.score);
      expect(result.humanContactClicks).toBe(record.row.humanContactClicks);
    }

    const ranked = csvRows(join(fullDir, 'summary.csv'));
    expect(ranked).toHaveLength(sites.urls.length);
    const audited = ranked.filter((row) => row.status === 'audited');
    expect(audited.map((row) => Number(row.rank))).toEqual(audited.map((_, index) => index + 1));
    for (let index = 1; index < audited.length; index++) expect(Number(audited[index - 1]!.score)).toBeGreaterThanOrEqual(Number(audited[index]!.score));
    expect(ranked.filter((row) => row.status === 'failed').map((row) => row.failure_reason).sort()).toEqual([...sites.failing.values()].sort());

    const sectors = csvRows(join(fullDir, 'sectors.csv'));
    expect(sectors.map((row) => row.sector)).toEqual([...[...SECTORS].sort(), 'all']);
    for (const stats of sectors) {
      const members = stats.sector === 'all' ? audited : audited.filter((row) => row.sector === stats.sector);
      expect(Number(stats.sites)).toBe(members.length);
      const phoneWithin2 = members.filter((row) => row.clicks_to_phone !== '' && Number(row.clicks_to_phone) <= 2).length;
      expect(Number(stats.share_phone_within_2)).toBeCloseTo(phoneWithin2 / members.length, 3);
      const human = members.map((row) => (row.clicks_to_human === '' ? Infinity : Number(row.clicks_to_human))).sort((a, b) => a - b);
      const middle = human.length % 2 ? human[(human.length - 1) / 2]! : (human[human.length / 2 - 1]! + human[human.length / 2]!) / 2;
      expect(stats.median_clicks_to_human).toBe(Number.isFinite(middle) ? String(middle) : '');
    }

    const html = readFileSync(join(fullDir, 'summary.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<script>');
    // Each company opens its HTML report, written beside its JSON; the page has its charts.
    expect(html.match(/<td><a href="sites\/[0-9a-f]{16}\.html">[^<]+<\/a><br>/g)).toHaveLength(audited.length);
    expect(html.match(/<svg role="img"/g)).toHaveLength(3);
    const summary = JSON.parse(readFileSync(join(fullDir, 'summary.json'), 'utf8')) as { peakRssBytes: number; audited: number };
    expect(summary.audited).toBe(audited.length);
    expect(summary.peakRssBytes).toBeGreaterThan(0);
  }, 240_000);

  it('two shards merged equal the unsharded run', async () => {
    const shardDirs = [tempDir('shard-1'), tempDir('shard-2')];
    const runs = await Promise.all(shardDirs.map((dir, index) => kontaktkoll(['batch', list, '--output-dir', dir, '--shard', `${index + 1}/2`, '--concurrency', '1', ...FAST])));
    // Each shard answers for its own sites: 5 where one of the two failing sites fell, else 0.
    for (const run of runs) expect([0, 5]).toContain(run.exitCode);
    const shardKeys = await Promise.all(shardDirs.map(async (dir) => (await readJournal(join(dir, 'results.jsonl'))).records.map((record) => record.key)));
    for (const [index, keys] of shardKeys.entries()) for (const key of keys) expect(isInShard(key, parseShard(`${index + 1}/2`))).toBe(true);
    expect(shardKeys[0]!.length + shardKeys[1]!.length).toBe(sites.urls.length);

    const mergedDir = tempDir('merged');
    const merge = await kontaktkoll(['merge', ...shardDirs, '--output-dir', mergedDir]);
    expect(merge.exitCode, `${String(merge.stderr)}\n${runs.map((run) => String(run.stderr)).join('\n')}`).toBe(0);
    expect(readFileSync(join(mergedDir, 'summary.csv'), 'utf8')).toBe(readFileSync(join(fullDir, 'summary.csv'), 'utf8'));
    expect(readFileSync(join(mergedDir, 'sectors.csv'), 'utf8')).toBe(readFileSync(join(fullDir, 'sectors.csv'), 'utf8'));
    const merged = await readJournal(join(mergedDir, 'results.jsonl'));
    expect(merged.records).toHaveLength(sites.urls.length);
    for (const record of merged.records) if (record.status === 'done') expect(existsSync(join(mergedDir, record.file))).toBe(true);
  }, 240_000);

  it('refuses loopback addresses unless --allow-private, and names bad rows by line', async () => {
    const port = new URL(sites.urls[0]!).port;
    const file = writeList(`url,name\nhttp://127.0.0.1:${port}/,Loopback AB\nhttp://localhost:${port}/,Localhost AB\nfile:///etc/passwd,File AB\n`);
    const dir = tempDir('refused');
    const run = await kontaktkoll(['batch', file, '--output-dir', dir, '--concurrency', '1']);
    // No site could be audited: the documented "none audited" code.
    expect(run.exitCode).toBe(6);
    expect(run.stderr).toMatch(/line 4: only http and https/);
    expect(run.stderr).toMatch(/2 of 2 sites could not be audited \(exit 6\)/);
    // The skipped row and the refused sites are in the summary files, not only on stderr.
    const rows = csvRows(join(dir, 'summary.csv'));
    expect(rows.map((row) => row.status)).toEqual(['failed', 'failed', 'skipped']);
    expect(rows[2]?.failure_reason).toMatch(/^line 4: only http and https/);
    const html = readFileSync(join(dir, 'summary.html'), 'utf8');
    expect(html).toMatch(/<td class="n">4<\/td><td>only http and https/);
    expect(html).toContain('Loopback AB');
    const journal = await readJournal(join(dir, 'results.jsonl'));
    expect(journal.records.map((record) => (record.status === 'failed' ? record.reason : record.status))).toEqual(['refused', 'refused']);
  });

  it('will not overwrite a journal without --resume', async () => {
    const dir = tempDir('again');
    const file = writeList(`url\n${sites.urls.at(-1)}\n`);
    // The last site of the list is the port nobody listens on: no site audited, exit 6.
    expect((await kontaktkoll(['batch', file, '--output-dir', dir, ...FAST])).exitCode).toBe(6);
    const again = await kontaktkoll(['batch', file, '--output-dir', dir, ...FAST]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/already holds results/);
  }, 180_000);
});

describe('kontaktkoll batch --contact', () => {
  it('names whoever runs the batch in every request: robots.txt, pages read over HTTP and pages rendered', async () => {
    const seen: Array<{ path: string; agent: string }> = [];
    const pages: Record<string, string> = {
      '/': '<!doctype html><html lang="sv"><title>Butik</title><body><nav><a href="/om/">Om oss</a> <a href="/kontakt/">Kontakt</a></nav><main><h1>Välkommen</h1></main></body></html>',
      '/om/': '<!doctype html><html lang="sv"><title>Om oss</title><body><main><h1>Om oss</h1><p>Sedan 1952.</p></main><footer><a href="/kontakt/">Kontakt</a></footer></body></html>',
      '/kontakt/': '<!doctype html><html lang="sv"><title>Kontakt</title><body><main><h1>Kontakt</h1><p>Ring 08-123 45 67</p></main></body></html>',
    };
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      seen.push({ path, agent: String(request.headers['user-agent'] ?? '') });
      const body = pages[path];
      response.writeHead(body ? 200 : 404, { 'content-type': path === '/robots.txt' ? 'text/plain' : 'text/html; charset=utf-8' });
      response.end(path === '/robots.txt' ? 'User-agent: *\nAllow: /\n' : (body ?? 'not found'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const dir = tempDir('contact');
      const run = await kontaktkoll(['batch', writeList(`url,name,sector\n${url},Butik,retail\n`), '--output-dir', dir, '--contact', 'https://example.org/survey', ...FAST]);
      expect(run.exitCode).toBe(0);
      expect(seen.map((hit) => hit.path)).toEqual(expect.arrayContaining(['/robots.txt', '/', '/kontakt/']));
      const anonymous = seen.filter((hit) => !hit.agent.endsWith('(+https://example.org/survey)'));
      expect(anonymous).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 240_000);
});
