import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';
import { packagePath } from '../../src/util/package-root.js';

const BIN = packagePath('bin', 'kontaktkoll.js');

/** The built CLI, as a user runs it (run `npm run build` first so dist/ is current). */
function kontaktkoll(args: string[]) {
  return execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 60_000 });
}

describe('kontaktkoll rules', () => {
  it('--pack se prints every rule with its source and kind of source', async () => {
    const run = await kontaktkoll(['rules', '--pack', 'se']);
    expect(run.exitCode).toBe(0);
    for (const rule of loadRulePack('se').rules) {
      expect(run.stdout).toContain(`${rule.id}  ${rule.severity} · ${rule.sourceKind}`);
      expect(run.stdout).toContain(`source: ${rule.sources[0]!.title} <${rule.sources[0]!.url}>`);
    }
  });

  it('--lang sv gives Swedish titles', async () => {
    const run = await kontaktkoll(['rules', '--pack', 'se', '--lang', 'sv']);
    expect(run.stdout).toContain('Ett telefonnummer anges');
  });

  it('without --pack lists every bundled pack; --format json parses', async () => {
    const run = await kontaktkoll(['rules', '--format', 'json']);
    expect(run.exitCode).toBe(0);
    const ids = (JSON.parse(run.stdout) as Array<{ id: string }>).map((pack) => pack.id);
    expect(ids).toEqual(['eu', 'dk', 'es', 'fi', 'pl', 'se', 'trygg-kundkontakt']);
  });

  it('--format md prints a table per pack', async () => {
    const run = await kontaktkoll(['rules', '--pack', 'pl', '--format', 'md']);
    expect(run.stdout).toMatch(/^## `pl`/);
    expect(run.stdout).toContain('| `business-id-shown` |');
  });

  it.each([
    { name: 'a broken pack file', file: 'id: broken\ntitle: { sv: B, en: B }\nrules:\n  - id: x\n    severity: loud\n', error: /rules\[0\]\.severity/ },
    { name: 'a bad check option', file: 'id: broken\ntitle: { sv: B, en: B }\nextends: [eu]\noverrides:\n  complaint-route-shown: { with: { maxClicks: many } }\n', error: /overrides\.complaint-route-shown\.check\.with\.maxClicks — .*number/ },
  ])('$name: file, path and what was expected; exit 2', async ({ file, error }) => {
    const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-rules-'));
    const pack = join(dir, 'broken.yaml');
    writeFileSync(pack, file);
    const run = await kontaktkoll(['rules', '--pack', pack]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(pack);
    expect(run.stderr).toMatch(error);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    { args: ['rules', '--pack', 'atlantis'], error: /no rule pack "atlantis"/ },
    { args: ['rules', '--format', 'pdf'], error: /--format must be one of text, md, json/ },
  ])('$args: one-line error, exit 2', async ({ args, error }) => {
    const run = await kontaktkoll(args);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(error);
  });
});
