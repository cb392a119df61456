import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/util/package-root.js';

const BIN = packagePath('bin', 'kontaktkoll.js');

/** A module hook that names on stderr every file the process loads (written at once: the CLI ends with process.exit). */
const LOAD_HOOK = 'export async function load(url, context, next) { if (url.startsWith("file:")) { const { writeSync } = await import("node:fs"); writeSync(2, "loaded " + url + "\\n"); } return next(url, context); }';
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(LOAD_HOOK)}`)});`;

/** The built CLI as a user runs it, with the files it loaded. */
async function loadedBy(args: string[]): Promise<{ exitCode: number | undefined; files: string[] }> {
  const run = await execa('node', ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`, BIN, ...args], {
    reject: false, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 60_000,
  });
  const files = run.stderr.split('\n').filter((line) => line.startsWith('loaded ')).map((line) => line.slice('loaded '.length));
  return { exitCode: run.exitCode, files };
}

/**
 * What only an audit, a batch or a report needs: the browser driver, and files of the bundled CLI
 * that define the crawl, the renderers, the evidence bundle or the batch run (the bundle names its
 * files by hash, so a file is known by the functions it holds).
 */
const HEAVY_PACKAGES = [/node_modules\/playwright-core\//];
const HEAVY_CODE = ['async function crawlSite(', 'function renderHtml(', 'async function writeBundle(', 'async function verifyBundle(', 'async function runBatch('];
const RULE_PACKS = 'function loadRulePack(';

const defines = (file: string, code: string) => file.includes('/dist/') && readFileSync(new URL(file), 'utf8').includes(code);
const heavy = (files: string[]) => files.filter((file) => HEAVY_PACKAGES.some((pattern) => pattern.test(file)) || HEAVY_CODE.some((code) => defines(file, code)));

describe('the CLI loads what a command runs when it runs, so --help and the rule listing answer at once', () => {
  it('--help loads the command definitions and nothing an audit, a batch or a report needs', async () => {
    const { exitCode, files } = await loadedBy(['--help']);
    expect(exitCode).toBe(0);
    // The hook sees the bundled CLI itself: an empty list would prove nothing.
    expect(files.some((file) => file.endsWith('/dist/bundle/kontaktkoll.js'))).toBe(true);
    expect(heavy(files)).toEqual([]);
    expect(files.filter((file) => defines(file, RULE_PACKS))).toEqual([]);
  });

  it('rules loads the rule packs, and still no browser driver, crawl or renderer', async () => {
    const { exitCode, files } = await loadedBy(['rules', '--pack', 'se', '--format', 'json']);
    expect(exitCode).toBe(0);
    expect(files.some((file) => defines(file, RULE_PACKS))).toBe(true);
    expect(heavy(files)).toEqual([]);
  });

  it('every marker above names a function a file of the bundle defines: so none can miss for want of a match', () => {
    const bundle = packagePath('dist', 'bundle');
    const texts = readdirSync(bundle).map((name) => readFileSync(join(bundle, name), 'utf8'));
    for (const code of [...HEAVY_CODE, RULE_PACKS]) expect({ code, defined: texts.some((text) => text.includes(code)) }).toEqual({ code, defined: true });
  });
});
