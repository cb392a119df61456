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

/** What only an audit, a batch or a report needs: the browser driver, the crawl, the renderers, the evidence bundle. */
const HEAVY = [/node_modules\/playwright-core\//, /\/dist\/audit\/run-audit\.js$/, /\/dist\/report\/index\.js$/, /\/dist\/evidence\//, /\/dist\/batch\/run-batch\.js$/];

describe('the CLI loads what a command runs when it runs, so --help and the rule listing answer at once', () => {
  it('--help loads the command definitions and nothing an audit, a batch or a report needs', async () => {
    const { exitCode, files } = await loadedBy(['--help']);
    expect(exitCode).toBe(0);
    // The hook sees the CLI itself: an empty list would prove nothing.
    expect(files.some((file) => file.endsWith('/dist/cli/index.js'))).toBe(true);
    expect(files.filter((file) => HEAVY.some((heavy) => heavy.test(file)))).toEqual([]);
    expect(files.filter((file) => file.endsWith('/dist/config/rule-pack-loader.js'))).toEqual([]);
  });

  it('rules loads the rule packs, and still no browser driver, crawl or renderer', async () => {
    const { exitCode, files } = await loadedBy(['rules', '--pack', 'se', '--format', 'json']);
    expect(exitCode).toBe(0);
    expect(files.some((file) => file.endsWith('/dist/config/rule-pack-loader.js'))).toBe(true);
    expect(files.filter((file) => HEAVY.some((heavy) => heavy.test(file)))).toEqual([]);
  });
});
