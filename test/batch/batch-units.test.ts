import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { failureReasonOf } from '../../src/batch/failure-reason.js';
import { BrowserCrashedError, SiteUnreachableError } from '../../src/errors.js';
import { TimeoutError } from '../../src/util/with-timeout.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AddressGuard, isPrivateAddress } from '../../src/batch/address-safety.js';
import { JournalWriter, latestBySite, readJournal } from '../../src/batch/journal.js';
import type { JournalRecord } from '../../src/batch/journal-record.js';
import { isInShard, parseShard, siteKeyOf } from '../../src/batch/site-key.js';
import { parseSiteList } from '../../src/batch/site-list.js';
import { medianWithNone } from '../../src/batch/summary.js';
import { summaryCsv } from '../../src/batch/summary-csv.js';
import { packagePath } from '../../src/util/package-root.js';

describe('site lists', () => {
  it('reads a CSV, reporting each bad row by its line while keeping the rest', () => {
    const list = parseSiteList(readFileSync(packagePath('fixtures', 'batch', 'broken-rows.csv'), 'utf8'), 'broken-rows.csv');
    expect(list.sites.map((site) => [site.line, site.name])).toEqual([[2, 'Exempelbutiken AB'], [6, 'Exempel Energi AB'], [8, 'Exempelresor, Stockholm AB']]);
    expect(list.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 7]);
    expect(list.problems.find((problem) => problem.line === 7)?.message).toMatch(/already listed on line 2/);
  });

  it.each([
    ['plain text with comments and bare hosts', '# list\nexempel.se\n\nhttps://www.exempel.dk/ # comment\n', ['https://exempel.se/', 'https://www.exempel.dk/']],
    ['CSV with a semicolon and extra columns', 'URL;Name;Sector\nhttps://a.se/;A AB;bank\n', ['https://a.se/']],
    ['text in the same file given as .txt', 'https://b.se/\nhttps://c.se/\n', ['https://b.se/', 'https://c.se/']],
  ])('%s', (_name, text, urls) => {
    expect(parseSiteList(text, 'list.txt').sites.map((site) => site.url)).toEqual(urls);
  });

  it('the bundled example lists parse without problems', () => {
    for (const file of ['companies.csv', 'companies.txt']) {
      const list = parseSiteList(readFileSync(packagePath('fixtures', 'batch', file), 'utf8'), file);
      expect(list.problems, file).toEqual([]);
      expect(list.sites.length, file).toBeGreaterThan(2);
    }
  });
});

describe('shards', () => {
  const keys = Array.from({ length: 200 }, (_, index) => siteKeyOf(`https://site-${index}.se/`));

  it('put every site in exactly one shard, whatever else is in the list', () => {
    for (const count of [1, 2, 3, 7]) {
      for (const key of keys) {
        const owners = Array.from({ length: count }, (_, index) => isInShard(key, { index: index + 1, count })).filter(Boolean);
        expect(owners).toHaveLength(1);
      }
    }
    const shard = parseShard('2/3');
    expect(keys.filter((key) => isInShard(key, shard)).length).toBeGreaterThan(30);
  });

  it.each(['0/2', '3/2', '1/0', 'a/b', '1-2'])('refuses --shard %s', (value) => {
    expect(() => parseShard(value)).toThrow(/--shard must be k\/n/);
  });
});

describe('the journal', () => {
  const record = (key: string, status: 'done' | 'failed'): JournalRecord => {
    const base = { key, url: `https://${key}.se/`, name: key, sector: '', country: '', finishedAt: '2026-01-01T00:00:00.000Z', durationMs: 1, by: 'test' };
    return status === 'done'
      ? { ...base, status, file: `sites/${key}.json`, row: { score: 80, grade: 'B', humanContactClicks: 1, phoneClicks: 1, hoursStated: true, premiumRate: false, chatbotOnly: false, channelChoice: 3, barriers: [], finalUrl: base.url, pagesVisited: 2 } }
      : { ...base, status, reason: 'timeout', message: 'slow' };
  };

  it('ignores a torn last line and starts the next record on a line of its own', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kontaktkoll-journal-')), 'results.jsonl');
    const writer = await JournalWriter.open(file);
    await writer.append(record('aaaaaaaaaaaaaaaa', 'done'));
    await writer.close();
    appendFileSync(file, '{"key":"bbbbbbbbbbbbbbbb","url":"htt');
    expect((await readJournal(file)).ignoredLines).toEqual([2]);
    const again = await JournalWriter.open(file);
    await again.append(record('cccccccccccccccc', 'failed'));
    await again.close();
    const contents = await readJournal(file);
    expect(contents.ignoredLines).toEqual([]);
    expect(contents.records.map((entry) => entry.key)).toEqual(['aaaaaaaaaaaaaaaa', 'cccccccccccccccc']);
  });

  it('keeps a success over a later failure of the same site, and a retry success over a failure', () => {
    const latest = latestBySite([record('aaaaaaaaaaaaaaaa', 'done'), record('aaaaaaaaaaaaaaaa', 'failed'), record('bbbbbbbbbbbbbbbb', 'failed'), record('bbbbbbbbbbbbbbbb', 'done')]);
    expect([...latest.values()].map((entry) => entry.status)).toEqual(['done', 'done']);
  });

  it('the ranked CSV cannot smuggle a spreadsheet formula in a company name', () => {
    const done = { ...record('aaaaaaaaaaaaaaaa', 'done'), name: '=HYPERLINK("http://evil")' } as Extract<JournalRecord, { status: 'done' }>;
    const csv = summaryCsv({ ranked: [done], failed: [], sectors: [], overall: { sector: 'all', sites: 1, failed: 0, medianClicksToHuman: 1, sitesWithoutHuman: 0, shareWithPhoneWithin2: 1, shareChatbotOnly: 0, meanScore: 80 }, skipped: [], peakRssBytes: null });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('sector statistics', () => {
  it.each([
    [[1, 2, 3], 2],
    [[0, 1, 2, 3], 1.5],
    [[1, null, null], null],
    [[2, 1, null], 2],
    [[], null],
  ] as const)('median clicks to a human of %j is %s (no human contact counts as worst)', (values, median) => {
    expect(medianWithNone(values)).toBe(median);
  });
});

describe('address safety', () => {
  it.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.1', true], ['192.168.1.1', true], ['169.254.169.254', true], ['100.64.0.1', true],
    ['0.0.0.0', true], ['::1', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true],
    ['93.184.216.34', false], ['2a00:1450:4001:80b::200e', false], ['8.8.8.8', false],
  ])('%s is private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('refuses file: and names that resolve to loopback, and allows public ones', async () => {
    const guard = new AddressGuard();
    expect(await guard.check('file:///etc/passwd')).toMatchObject({ ok: false, kind: 'refused' });
    expect(await guard.check('http://localhost:8080/')).toMatchObject({ ok: false, kind: 'refused' });
    expect(await guard.check('http://[::1]/')).toMatchObject({ ok: false, kind: 'refused' });
    expect(await guard.check('http://93.184.216.34/')).toEqual({ ok: true });
  });
});

describe('batch settings', () => {
  it('carry the engine to every site audit', async () => {
    const { siteSettingsOf } = await import('../../src/cli/batch-command.js');
    const flags = { maxPages: 5, maxDepth: 2, timeout: 30, device: 'desktop' as const, tabs: 2, outputDir: 'out', hostRate: 0, queueName: 'q' };
    expect(siteSettingsOf({ ...flags, engine: 'http' }, 'test').audit.engine).toBe('http');
    expect(siteSettingsOf({ ...flags, engine: 'browser' }, 'test').audit.engine).toBe('browser');
  });
});

describe('why a site failed, by the kind of error and never by its wording', () => {
  it('takes robots, timeout and unreachable from the error the crawl threw', () => {
    expect(failureReasonOf(new SiteUnreachableError('https://a.se/', 'robots.txt disallows the start page', 'robots'))).toBe('robots');
    expect(failureReasonOf(new SiteUnreachableError('https://a.se/', 'navigation timed out', 'timeout'))).toBe('timeout');
    // A reason that merely mentions a timeout does not make one.
    expect(failureReasonOf(new SiteUnreachableError('https://a.se/', 'ERR_CONNECTION_REFUSED (robots.txt timed out)'))).toBe('unreachable');
    expect(failureReasonOf(new TimeoutError('the audit of https://a.se/', 1_000))).toBe('timeout');
  });

  it('takes a crashed browser from the audit\'s typed error, not from words like "crashed" or "Target closed"', () => {
    expect(failureReasonOf(new BrowserCrashedError('https://a.se/', 'Target page, context or browser has been closed'))).toBe('crashed-browser');
    expect(failureReasonOf(new Error('Target page, context or browser has been closed'))).toBe('error');
    expect(failureReasonOf(new SiteUnreachableError('https://a.se/', 'the server crashed (500)'))).toBe('unreachable');
  });
});
