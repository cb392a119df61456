import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditResultSchema } from '../../src/model/audit-result.js';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';
import { packagePath } from '../../src/util/package-root.js';
import { FIXTURES_DIR } from '../helpers/fixture-sites.js';
import { closedPort } from '../helpers/closed-port.js';

const BIN = packagePath('bin', 'kontaktkoll.js');

/** Runs the built CLI the way a user does, with no colours and a clean locale. */
function kontaktkoll(args: string[], cwd?: string) {
  return execa('node', [BIN, ...args], { reject: false, cwd, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 120_000 });
}

/**
 * For tests of what the command line does with a result (language, format, output, thresholds):
 * the static fixture reads the same over HTTP, and no browser is started for them. The audit and
 * --engine tests and the demo render in the browser.
 */
const PLUMBING = ['--engine', 'http'];

let site: ServedSite;
beforeAll(async () => {
  site = await serveStaticSite(join(FIXTURES_DIR, 'footer-contact'));
});
afterAll(async () => {
  await site?.close();
});

describe.concurrent('kontaktkoll CLI', () => {
  it('--help lists the audit command and exits 0', async () => {
    const run = await kontaktkoll(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/audit \[options\] <url>/);
    expect(run.stdout).toMatch(/demo/);
  });

  it('audit prints the verdict and a line per channel with clicks and path', async () => {
    // The site is Swedish: without --lang (and under LANG=C) the report would follow its pack into Swedish.
    const run = await kontaktkoll(['audit', site.url, '--lang', 'en', '--no-color']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/Grade [A-F] · \d+\/100/);
    for (const channel of ['phone', 'e-mail', 'form', 'chat', 'address', 'hours']) expect(run.stdout).toMatch(new RegExp(`\\s${channel}\\s`));
    expect(run.stdout).toMatch(/✓ phone\s+0 clicks/);
  });

  it('--lang sv gives the report in Swedish', async () => {
    const run = await kontaktkoll(['audit', site.url, '--lang', 'sv', '--no-color', ...PLUMBING]);
    expect(run.stdout).toMatch(/Betyg [A-F]/);
    expect(run.stdout).toMatch(/telefon\s+0 klick/);
  });

  it('--format json writes a result that validates, to stdout or --output', async () => {
    const run = await kontaktkoll(['audit', site.url, '--format', 'json', ...PLUMBING]);
    expect(run.exitCode).toBe(0);
    const parsed = auditResultSchema.parse(JSON.parse(run.stdout));
    expect(parsed.channels.phone.clicks).toBe(0);

    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-cli-'));
    const file = join(dir, 'out', 'result.json');
    const toFile = await kontaktkoll(['audit', site.url, '--format', 'json', '--output', file, '--quiet', ...PLUMBING]);
    expect(toFile.exitCode).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(auditResultSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).finalUrl).toBe(site.url);
  });

  it('--engine chooses how pages are read and the result says which; a bad engine exits 2', async () => {
    const viaBrowser = auditResultSchema.parse(JSON.parse((await kontaktkoll(['audit', site.url, '--engine', 'browser', '--format', 'json'])).stdout));
    const viaHttp = auditResultSchema.parse(JSON.parse((await kontaktkoll(['audit', site.url, '--engine', 'http', '--format', 'json'])).stdout));
    expect(viaBrowser.crawl).toMatchObject({ engine: 'browser', pagesFetched: 0 });
    expect(viaBrowser.crawl.pagesRendered).toBe(viaBrowser.crawl.pagesVisited);
    expect(viaHttp.crawl).toMatchObject({ engine: 'http', pagesRendered: 0 });
    expect(viaHttp.channels.phone.clicks).toBe(viaBrowser.channels.phone.clicks);
    const bad = await kontaktkoll(['audit', site.url, '--engine', 'fast']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(/--engine must be one of auto, browser, http/);
  });

  it('--fail-under: exit 1 with the reason on stderr when the score is under it, and the report still written', async () => {
    const run = await kontaktkoll(['audit', site.url, '--fail-under', '100', '--format', 'json', ...PLUMBING]);
    const { score } = auditResultSchema.parse(JSON.parse(run.stdout));
    expect(run.exitCode).toBe(score < 100 ? 1 : 0);
    expect(run.stderr).toBe(score < 100 ? `kontaktkoll: score ${score} is under --fail-under 100` : '');
  });

  it.each([
    { name: 'a malformed URL', args: ['audit', 'not a url'], code: 2, error: /not a valid URL/ },
    { name: 'a bad option value', args: ['audit', 'https://exempel.se', '--max-pages', 'many'], code: 2, error: /--max-pages must be a whole number/ },
    { name: 'an unknown option', args: ['audit', 'https://exempel.se', '--colour'], code: 2, error: /unknown option/ },
    { name: 'an unknown rule pack', args: ['audit', 'https://exempel.se', '--rules', 'atlantis'], code: 2, error: /no rule pack "atlantis"/ },
  ])('$name: one-line error, exit $code', async ({ args, code, error }) => {
    const run = await kontaktkoll(args);
    expect(run.exitCode).toBe(code);
    expect(run.stderr).toMatch(error);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a broken rule pack file names the file and the place, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-cli-'));
    const pack = join(dir, 'broken.yaml');
    writeFileSync(pack, 'id: broken\ntitle: { sv: B, en: B }\nrules:\n  - id: x\n    severity: loud\n');
    const run = await kontaktkoll(['audit', site.url, '--rules', pack]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(pack);
    expect(run.stderr).toMatch(/rules\[0\]\.severity/);
  });

  it('an unreachable site exits 3 with the reason', async () => {
    const run = await kontaktkoll(['audit', `http://127.0.0.1:${await closedPort()}/`, '--timeout', '20']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toMatch(/could not audit .*ERR_CONNECTION_REFUSED/);
  });

  it('an unwritable --output keeps the result on stdout and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-cli-'));
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'not a directory');
    const run = await kontaktkoll(['audit', site.url, '--format', 'json', '--output', join(blocker, 'result.json'), '-q', ...PLUMBING]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/cannot write/);
    expect(auditResultSchema.parse(JSON.parse(run.stdout)).channels.phone.found).toBe(true);
  });

  it('demo audits the bundled site with no network and writes kontaktkoll-report.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-demo-'));
    const run = await kontaktkoll(['demo', '--lang', 'en', '--no-color'], dir);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/Serving the bundled example site "footer-contact" at http:\/\/127\.0\.0\.1:\d+\//);
    expect(run.stdout).toMatch(/Grade [A-F]/);
    expect(existsSync(join(dir, 'kontaktkoll-report.json'))).toBe(true);
    expect(auditResultSchema.parse(JSON.parse(readFileSync(join(dir, 'kontaktkoll-report.json'), 'utf8'))).channels.phone.clicks).toBe(0);
  });
});
