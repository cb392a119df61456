import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/evidence/canonical-json.js';
import { hashBundleFiles, listBundleFiles } from '../../src/evidence/bundle-files.js';
import { MANIFEST_FILE, manifestHash } from '../../src/evidence/manifest.js';
import { sha256 } from '../../src/evidence/sha256.js';
import { verifyBundle } from '../../src/evidence/verify-bundle.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small bundle written by hand: two files and a manifest that lists them, hashed as the writer hashes. */
async function makeBundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kk-bundle-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'pages'));
  writeFileSync(join(dir, 'pages', 'desktop-0001.html'), '<html><body>Ring 08-123 456 78</body></html>');
  writeFileSync(join(dir, 'kontaktkoll.json'), '{"schemaVersion":1}\n');
  const files = await hashBundleFiles(dir, await listBundleFiles(dir));
  const body = {
    manifestVersion: 1, tool: { name: 'kontaktkoll', version: '0.1.0' }, startUrl: 'http://127.0.0.1/', finalUrl: 'http://127.0.0.1/',
    startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', options: { url: 'http://127.0.0.1/' },
    rulePack: { id: 'se', title: 'Sweden', sha256: sha256('pack'), files: [] }, result: 'kontaktkoll.json', maxSavedBytes: 5_242_880,
    pages: [], screenshots: [], har: [], warc: null, files, hashDefinition: 'test',
  };
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...body, manifestSha256: manifestHash(body) }, null, 2));
  return dir;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and keeps array order, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('the manifest hash is over everything but manifestSha256', () => {
    const body = { b: 'two', a: 1 };
    expect(manifestHash({ ...body, manifestSha256: 'anything' })).toBe(sha256('{"a":1,"b":"two"}'));
    expect(manifestHash({ ...body, a: 2 })).not.toBe(manifestHash(body));
  });
});

describe('verify', () => {
  it('an untouched bundle is intact', async () => {
    const check = await verifyBundle(await makeBundle());
    expect(check).toEqual({ files: 2, problems: [] });
  });

  it('one byte changed in a file is reported as that file changed', async () => {
    const dir = await makeBundle();
    const file = join(dir, 'pages', 'desktop-0001.html');
    const bytes = readFileSync(file);
    bytes[10] = bytes[10]! ^ 1;
    writeFileSync(file, bytes);
    const { problems } = await verifyBundle(dir);
    expect(problems.map((p) => [p.kind, p.path])).toEqual([['changed', 'pages/desktop-0001.html']]);
  });

  it('a missing and an extra file are each reported on their own', async () => {
    const dir = await makeBundle();
    rmSync(join(dir, 'kontaktkoll.json'));
    writeFileSync(join(dir, 'pages', 'planted.html'), 'x');
    const { problems } = await verifyBundle(dir);
    expect(problems.map((p) => [p.kind, p.path])).toEqual([['missing', 'kontaktkoll.json'], ['extra', 'pages/planted.html']]);
  });

  it('an edited manifest fails its own hash, even when the edit keeps it valid', async () => {
    const dir = await makeBundle();
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
    manifest.startUrl = 'http://elsewhere.example/';
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
    const { problems } = await verifyBundle(dir);
    expect(problems.map((p) => [p.kind, p.path])).toEqual([['manifest', MANIFEST_FILE]]);
  });

  it('a manifest re-indented only is still intact: the hash is over its content, not its bytes', async () => {
    const dir = await makeBundle();
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
    expect((await verifyBundle(dir)).problems).toEqual([]);
  });

  it('a folder without a manifest is not a bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-bundle-'));
    dirs.push(dir);
    expect((await verifyBundle(dir)).problems.map((p) => p.kind)).toEqual(['missing']);
  });
});
