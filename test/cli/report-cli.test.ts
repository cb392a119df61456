import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { auditResultSchema, type AuditResult } from '../../src/model/audit-result.js';
import { REPORT_FILE_NAMES, REPORT_FORMATS } from '../../src/report/index.js';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';
import { packagePath } from '../../src/util/package-root.js';
import { FIXTURES_DIR } from '../helpers/fixture-sites.js';

const BIN = packagePath('bin', 'kontaktkoll.js');
const ALL = REPORT_FORMATS.join(',');

function kontaktkoll(args: string[], cwd?: string) {
  return execa('node', [BIN, ...args], { reject: false, cwd, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 120_000 });
}

let site: ServedSite;
let work: string;
let auditDir: string;
let saved: AuditResult;

beforeAll(async () => {
  site = await serveStaticSite(join(FIXTURES_DIR, 'footer-contact'));
  work = mkdtempSync(join(tmpdir(), 'kontaktkoll-report-cli-'));
  auditDir = join(work, 'audit');
  const run = await kontaktkoll(['audit', site.url, '--format', ALL, '--output-dir', auditDir, '--stable', '--lang', 'en']);
  expect(run.exitCode, run.stderr).toBe(0);
  saved = auditResultSchema.parse(JSON.parse(readFileSync(join(auditDir, REPORT_FILE_NAMES.json), 'utf8')));
}, 120_000);
afterAll(async () => {
  await site?.close();
});

describe('thresholds on a saved result', () => {
  it('report --fail-under and --fail-on: exit 1 with one stderr line per reason; thresholds met: exit 0 and nothing on stderr', async () => {
    const file = join(auditDir, 'kontaktkoll.json');
    const failing = saved.rules.filter((rule) => rule.status === 'fail' || rule.status === 'warn');
    const tripped = await kontaktkoll(['report', file, '--fail-under', String(Math.min(100, saved.score + 1)), '--fail-on', 'warning', '-q']);
    expect(tripped.exitCode).toBe(1);
    const lines = tripped.stderr.trimEnd().split('\n');
    if (saved.score < 100) expect(lines[0]).toBe(`kontaktkoll: score ${saved.score} is under --fail-under ${saved.score + 1}`);
    expect(lines.filter((line) => line.startsWith('kontaktkoll: rule '))).toHaveLength(failing.length);
    const met = await kontaktkoll(['report', file, '--fail-under', String(saved.score), '-q']);
    expect({ code: met.exitCode, stderr: met.stderr }).toEqual({ code: 0, stderr: '' });
    const outOfRange = await kontaktkoll(['report', file, '--fail-under', '150']);
    expect(outOfRange.exitCode).toBe(2);
    expect(outOfRange.stderr).toMatch(/--fail-under must be a whole number from 0 to 100, not "150"/);
  });
});

describe('one audit, every format', () => {
  it('writes each format under its predictable name', () => {
    for (const format of REPORT_FORMATS) expect(existsSync(join(auditDir, REPORT_FILE_NAMES[format])), format).toBe(true);
    expect(readFileSync(join(auditDir, 'kontaktkoll.html'), 'utf8')).toContain('id="verdict"');
    expect(readFileSync(join(auditDir, 'kontaktkoll.junit.xml'), 'utf8').match(/<testcase /g)).toHaveLength(saved.rules.length);
  });

  it('report reproduces every format from the saved JSON without crawling', async () => {
    const again = join(work, 'again');
    const run = await kontaktkoll(['report', join(auditDir, 'kontaktkoll.json'), '--format', ALL, '--output-dir', again, '--stable', '-q']);
    expect(run.exitCode, run.stderr).toBe(0);
    for (const format of REPORT_FORMATS) {
      expect(readFileSync(join(again, REPORT_FILE_NAMES[format]), 'utf8'), format).toBe(readFileSync(join(auditDir, REPORT_FILE_NAMES[format]), 'utf8'));
    }
  });

  it('report prints one format to stdout', async () => {
    const run = await kontaktkoll(['report', join(auditDir, 'kontaktkoll.json'), '--format', 'md']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^## kontaktkoll · Grade [A-F] · \d+\/100/);
  });

  it('rescore judges the saved findings under another pack', async () => {
    const run = await kontaktkoll(['rescore', join(auditDir, 'kontaktkoll.json'), '--rules', 'eu']);
    expect(run.exitCode, run.stderr).toBe(0);
    const rescored = auditResultSchema.parse(JSON.parse(run.stdout));
    expect(rescored.rulePack.id).toBe('eu');
    expect(rescored.channels).toEqual(saved.channels);
    expect(rescored.rules.length).toBeGreaterThan(0);
  });

  it.each([
    [['report', 'missing.json'], /cannot read missing\.json/],
    [['rescore', 'x.json'], /--rules/],
    [['audit', 'http://127.0.0.1:9/', '--format', 'json,html'], /need --output-dir/],
    [['audit', 'http://127.0.0.1:9/', '--format', 'pdf'], /--format must be a list of/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await kontaktkoll(args, work);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('config file, expect and --compare', () => {
  it('init writes a config with $schema, and will not overwrite it', async () => {
    const folder = mkdtempSync(join(work, 'init-'));
    const first = await kontaktkoll(['init'], folder);
    expect(first.exitCode, first.stderr).toBe(0);
    const config = JSON.parse(readFileSync(join(folder, 'kontaktkoll.config.json'), 'utf8'));
    expect(config.$schema).toMatch(/schema\/config\.schema\.json$/);
    expect(existsSync(packagePath('schema', 'config.schema.json'))).toBe(true);
    const second = await kontaktkoll(['init'], folder);
    expect(second.exitCode).toBe(2);
    expect(second.stderr).toMatch(/already exists/);
  });

  it('a broken promise exits 1 with the reason; config settings apply; --compare reports changes', async () => {
    const folder = mkdtempSync(join(work, 'expect-'));
    writeFileSync(join(folder, 'kontaktkoll.config.yaml'), `format: [json]\nexpect:\n  maxClicks:\n    chat: 1\n    phone: 0\n`);
    const previous = { ...saved, channels: { ...saved.channels, phone: { ...saved.channels.phone, clicks: 2 } } };
    writeFileSync(join(folder, 'previous.json'), JSON.stringify(previous));
    // What the command line does with the config and the saved result needs no browser: the static
    // fixture reads the same over HTTP (as in cli.test.ts), and no browser is launched for either run.
    const run = await kontaktkoll(['audit', site.url, '--compare', 'previous.json', '--lang', 'en', '--engine', 'http'], folder);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('broken promise expect.maxClicks.chat: chat promised within 1 click, but it was not found');
    expect(run.stderr).not.toContain('expect.maxClicks.phone');
    expect(run.stderr).toContain('improvement: phone: 2 clicks → 0 clicks');
    // The config's format applied: stdout is the JSON result. A flag overrides it.
    expect(auditResultSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
    const flagged = await kontaktkoll(['audit', site.url, '--format', 'md', '-q', '--engine', 'http'], folder);
    expect(flagged.stdout).toMatch(/^## kontaktkoll/);
  });
});

describe('the CI recipes in the README run as written', () => {
  const docs = readFileSync(packagePath('README.md'), 'utf8').split(/^## /m).find((part) => part.startsWith('Use in CI')) ?? '';
  const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parseYaml(match[1] ?? '') as Record<string, unknown>);
  const github = blocks.find((block) => 'jobs' in block) as { jobs: Record<string, { steps: Array<{ run?: string; with?: Record<string, string> }> }> };
  const gitlab = blocks.find((block) => 'kontaktkoll' in block) as { kontaktkoll: { script: string[]; artifacts: { reports: { junit: string } } } };

  /** Runs the recipe's shell lines; `npx kontaktkoll` is this build, the site is the local example. */
  async function runRecipe(lines: string[], env: Record<string, string>) {
    const folder = mkdtempSync(join(work, 'ci-'));
    const script = [`npx() { if [ "$1" = kontaktkoll ]; then shift; node ${JSON.stringify(BIN)} "$@"; else return 127; fi; }`, 'set -e', ...lines].join('\n');
    const run = await execa('bash', ['-c', script], { cwd: folder, reject: false, env: { NO_COLOR: '1', LANG: 'C', SITE_URL: site.url, ...env }, timeout: 120_000 });
    return { run, folder };
  }

  it('GitHub Actions: the audit, the job summary and the SARIF file the upload step takes', async () => {
    const steps = Object.values(github.jobs)[0]?.steps ?? [];
    const lines = steps.flatMap((step) => (step.run ? [step.run] : []));
    expect(lines.some((line) => line.includes('npx kontaktkoll audit'))).toBe(true);
    const summary = join(work, 'step-summary.md');
    const { run, folder } = await runRecipe(lines, { GITHUB_STEP_SUMMARY: summary });
    expect(run.exitCode, run.stderr).toBe(0);
    // The recipe sets no language: the summary is in the language of the site's pack (Swedish here).
    expect(readFileSync(summary, 'utf8')).toMatch(/^## kontaktkoll · \S+ A · \d+\/100/);
    const sarifFile = steps.find((step) => step.with?.sarif_file)?.with?.sarif_file ?? '';
    expect(JSON.parse(readFileSync(join(folder, sarifFile), 'utf8')).version).toBe('2.1.0');
  });

  it('GitLab CI: the audit and the JUnit report the job publishes', async () => {
    const { run, folder } = await runRecipe(gitlab.kontaktkoll.script, {});
    expect(run.exitCode, run.stderr).toBe(0);
    expect(readFileSync(join(folder, gitlab.kontaktkoll.artifacts.reports.junit), 'utf8')).toMatch(/<testsuites name="kontaktkoll"/);
  });
});
