import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import { readJournal } from '../../src/batch/journal.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import { auditResultSchema, type AuditResult } from '../../src/model/audit-result.js';
import { packagePath } from '../../src/util/package-root.js';
import { HOSTILE_AFTER_CRASH_EMAIL, HOSTILE_PHONES, serveHostileSite, type HostileSite } from '../helpers/hostile-server.js';

/** Chromium processes started by process `parent` (its direct children), by id. */
function browserPidsOf(parent: number): number[] {
  let children: string;
  try {
    children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(parent)], { encoding: 'utf8' });
  } catch {
    return [];
  }
  return children.split('\n').map((line) => line.trim().split(/\s+/)).filter(([pid, command]) => pid && /chrom/i.test(command ?? '')).map(([pid]) => Number(pid));
}

/** Browsers this file launched, with their process ids, so each is closed whatever the test did to it. */
const launched: Browser[] = [];
const pidOf = new Map<Browser, number>();
async function launch(): Promise<Browser> {
  const before = new Set(browserPidsOf(process.pid));
  const browser = await launchBrowser();
  launched.push(browser);
  const pid = browserPidsOf(process.pid).find((candidate) => !before.has(candidate));
  if (pid) pidOf.set(browser, pid);
  return browser;
}
/** A process already gone (or a zombie not yet reaped) needs no second kill. */
function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // ESRCH: it is dead already.
  }
}
const kill = (browser: Browser) => {
  const pid = pidOf.get(browser);
  if (pid) killPid(pid);
};
let site: HostileSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});
afterAll(async () => {
  await Promise.all(launched.map((browser) => browser.close().catch(() => undefined)));
});

const phones = (result: AuditResult) => result.channels.phone.items.map((item) => item.value);
const emails = (result: AuditResult) => result.channels.email.items.map((item) => item.value);
/** The browser engine: the site kills Chromium when it is asked for a page, which only a browser read must survive. */
const crawlOptions = { engine: 'browser' as const, timeoutSeconds: 60, maxPages: 20, maxDepth: 4, lang: 'en' as const, concurrency: 1 };

/** SIGKILL for the Chromium a CLI run started. */
function killBrowserOf(run: ResultPromise): void {
  if (run.pid) for (const pid of browserPidsOf(run.pid)) killPid(pid);
}

const kontaktkoll = (args: string[]) =>
  execa('node', [packagePath('bin', 'kontaktkoll.js'), ...args], { reject: false, env: { NO_COLOR: '1', LANG: 'C', CI: 'true' }, timeout: 200_000 });

describe('Chromium killed in the middle of an audit', () => {
  it('is restarted: the page is read again and the pages after it are audited', async () => {
    let browser = await launch();
    site = await serveHostileSite({ killBrowser: () => kill(browser) });
    const result = await audit({ ...crawlOptions, url: `${site.url}/home?to=/crash` }, {}, browser, { restartShared: async () => (browser = await launch()) });
    expect(launched.length).toBeGreaterThanOrEqual(2);
    expect(result.crawl.errors.find((error) => new URL(error.url).pathname === '/crash')?.reason).toMatch(/browser crashed .* restarted/);
    expect(result.channels.phone.items.find((item) => item.value === HOSTILE_PHONES.trap)?.clicks).toBe(1);
    expect(result.channels.email.items.find((item) => item.value === HOSTILE_AFTER_CRASH_EMAIL)?.clicks).toBe(2);
    expect(result.crawl.stoppedBecause).toBe('complete');
  });

  it('without a way to restart it, the crawl stops with what it found and says why', async () => {
    const browser = await launch();
    site = await serveHostileSite({ killBrowser: () => kill(browser) });
    const result = await audit({ ...crawlOptions, url: `${site.url}/home?to=/crash` }, {}, browser);
    expect(result.crawl.stoppedBecause).toBe('browser-crashed');
    expect(phones(result)).toEqual([HOSTILE_PHONES.home]);
    expect(result.crawl.errors.find((error) => new URL(error.url).pathname === '/crash')?.reason).toMatch(/could not be restarted/);
  });

  it('kontaktkoll audit relaunches its own browser and finishes', async () => {
    let run: ResultPromise | undefined;
    site = await serveHostileSite({ killBrowser: () => run && killBrowserOf(run) });
    run = kontaktkoll(['audit', `${site.url}/home?to=/crash`, '--format', 'json', '--engine', 'browser', '--concurrency', '1', '--timeout', '60']);
    const done = await run;
    expect(done.exitCode, String(done.stderr)).toBe(0);
    const result = auditResultSchema.parse(JSON.parse(String(done.stdout)));
    expect(phones(result)).toContain(HOSTILE_PHONES.trap);
    expect(emails(result)).toContain(HOSTILE_AFTER_CRASH_EMAIL);
    expect(result.crawl.errors.some((error) => /browser crashed/.test(error.reason))).toBe(true);
  }, 200_000);

  it('kontaktkoll audit of a site that keeps killing the browser: exit 3, one line, the report keeps what was found', async () => {
    let run: ResultPromise | undefined;
    site = await serveHostileSite({ killBrowser: () => run && killBrowserOf(run) });
    run = kontaktkoll(['audit', `${site.url}/home?to=/crashers`, '--format', 'json', '--engine', 'browser', '--concurrency', '1', '--timeout', '90']);
    const done = await run;
    expect(done.exitCode).toBe(3);
    expect(String(done.stderr)).toMatch(/^kontaktkoll: could not finish auditing .*: the browser crashed and could not be restarted; the report shows what was found before$/);
    const result = auditResultSchema.parse(JSON.parse(String(done.stdout)));
    expect(result.crawl.stoppedBecause).toBe('browser-crashed');
    expect(phones(result)).toEqual([HOSTILE_PHONES.home]);
  }, 200_000);

  it('a batch goes on past a site that keeps killing the browser, and does not start the audit\'s restarts over', async () => {
    let run: ResultPromise | undefined;
    const startPageLoads = new Map<string, number>();
    site = await serveHostileSite({
      killBrowser: () => run && killBrowserOf(run),
      // Loads of the start page in a browser: the audit also fetches it once over HTTP, to guess what it links to.
      onRequest: (url, pageLoad) => pageLoad && url.pathname === '/home' && startPageLoads.set(url.search, (startPageLoads.get(url.search) ?? 0) + 1),
    });
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-crash-'));
    const list = join(dir, 'sites.csv');
    const crasher = `${site.url}/home?to=/crashers`;
    const ordinary = `${site.url}/home?to=/contact`;
    writeFileSync(list, `url,name\n${crasher},Kraschar AB\n${ordinary},Vanlig AB\n`);
    run = kontaktkoll(['batch', list, '--output-dir', join(dir, 'out'), '--concurrency', '1', '--allow-private', '--engine', 'browser', '--host-rate', '0', '--timeout', '90', '--max-pages', '8']);
    const done = await run;
    // One site of two could not be audited: the documented "some sites failed" code (EXIT.someSitesFailed).
    expect(done.exitCode, String(done.stderr)).toBe(5);
    expect(String(done.stderr)).toMatch(/1 of 2 sites could not be audited \(exit 5\)/);
    const journal = await readJournal(join(dir, 'out', 'results.jsonl'));
    const byUrl = new Map(journal.records.map((record) => [record.url, record]));
    expect(byUrl.get(crasher)).toMatchObject({ status: 'failed', reason: 'crashed-browser' });
    // The audit started fresh browsers for the crashing site as often as it may; attempting the site again would only repeat them.
    expect(startPageLoads.get('?to=/crashers')).toBe(1);
    const ok = byUrl.get(ordinary);
    expect(ok?.status).toBe('done');
    if (ok?.status !== 'done') return;
    const result = auditResultSchema.parse(JSON.parse(readFileSync(join(dir, 'out', ok.file), 'utf8')));
    expect(phones(result)).toEqual(expect.arrayContaining([HOSTILE_PHONES.home, HOSTILE_PHONES.trap]));
  }, 200_000);
});
