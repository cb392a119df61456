import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditResultSchema } from '../../src/model/audit-result.js';
import { packagePath } from '../../src/util/package-root.js';
import { HOSTILE_PHONES, serveHostileSite, type HostileSite } from '../helpers/hostile-server.js';

const kontaktkoll = (args: string[], cwd?: string) =>
  execa('node', [packagePath('bin', 'kontaktkoll.js'), ...args], { reject: false, cwd, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 120_000 });

const tempDir = () => mkdtempSync(join(tmpdir(), 'kontaktkoll-bad-input-'));
/**
 * For tests of what the command line does with a finished result (an output it cannot write): the
 * home page reads the same over HTTP, and no browser is launched for them, as in cli.test.ts.
 */
const PLUMBING = ['--engine', 'http'];
/** A one-line error: no stack trace, nothing after the line but an optional hint. */
const STACK_LINE = /\n\s+at /;

let site: HostileSite;
let forbidden: HostileSite;
beforeAll(async () => {
  site = await serveHostileSite();
  forbidden = await serveHostileSite({ robotsTxt: 'User-agent: *\nDisallow: /\n' });
});
afterAll(async () => {
  await site?.close();
  await forbidden?.close();
});

describe.concurrent('bad input and refusals on the command line', () => {
  it('robots.txt disallowing everything: exit 3 and one line saying so', async () => {
    const run = await kontaktkoll(['audit', `${forbidden.url}/home`, '--timeout', '20']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toBe(`kontaktkoll: could not audit ${forbidden.url}/home: robots.txt disallows the start page`);
    expect(run.stdout).toBe('');
  });

  it('an option above its cap is a usage error naming the option, not an internal error', async () => {
    const run = await kontaktkoll(['audit', `${site.url}/home`, '--max-pages', '15000']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('kontaktkoll: invalid options: maxPages — Too big: expected number to be <=10000');
    expect(run.stdout).toBe('');
  });

  it('--debug adds the stack trace to the one-line error', async () => {
    const plain = await kontaktkoll(['audit', 'not a url']);
    const debug = await kontaktkoll(['--debug', 'audit', 'not a url']);
    expect(plain.exitCode).toBe(2);
    expect(debug.exitCode).toBe(2);
    expect(plain.stderr).not.toMatch(STACK_LINE);
    expect(debug.stderr).toMatch(/not a valid URL/);
    expect(debug.stderr).toMatch(STACK_LINE);
  });

  it('an unwritable --output-dir: one line, exit 2, the summary still printed', async () => {
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'not a directory');
    const run = await kontaktkoll(['audit', `${site.url}/home`, '--output-dir', join(blocker, 'out'), '--format', 'json,md', '--timeout', '20', ...PLUMBING]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^kontaktkoll: cannot write .*kontaktkoll\.json: E[A-Z]+$/m);
    expect(run.stderr).not.toMatch(STACK_LINE);
    // The grade line in whatever language the site's pack speaks.
    expect(run.stdout).toMatch(/ [A-F] · \d+\/100/);
  });

  it('an unwritable --output-dir with --quiet keeps the result as JSON on stdout', async () => {
    const blocker = join(tempDir(), 'file');
    writeFileSync(blocker, 'not a directory');
    const run = await kontaktkoll(['audit', `${site.url}/home`, '--output-dir', join(blocker, 'out'), '--format', 'json,md', '-q', '--timeout', '20', ...PLUMBING]);
    expect(run.exitCode).toBe(2);
    expect(auditResultSchema.parse(JSON.parse(run.stdout)).channels.phone.items.map((item) => item.value)).toContain(HOSTILE_PHONES.home);
  });

  it.each([
    { name: 'a value of the wrong type', text: 'maxPages: many\n', error: /maxPages — .*expected number/ },
    { name: 'an unknown key deep inside', text: 'expect:\n  maxClicks:\n    fax: 1\n', error: /expect\.maxClicks/ },
    { name: 'broken YAML', text: 'maxPages: 10\n  device: [mobile\n', error: /not valid YAML/ },
  ])('an invalid YAML config ($name) names the file and the place: exit 2', async ({ text, error }) => {
    const dir = tempDir();
    const file = join(dir, 'kontaktkoll.config.yaml');
    writeFileSync(file, text);
    const run = await kontaktkoll(['audit', `${site.url}/home`, '--timeout', '20'], dir);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(error);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a rule pack that is not YAML names the file and the line: exit 2', async () => {
    const dir = tempDir();
    const pack = join(dir, 'pack.yaml');
    writeFileSync(pack, 'id: broken\ntitle: { sv: B, en: B\nrules: []\n');
    const run = await kontaktkoll(['audit', `${site.url}/home`, '--rules', pack]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${pack.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML \\(line \\d+\\)`));
  });
});
