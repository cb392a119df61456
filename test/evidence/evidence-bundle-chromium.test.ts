import { cpSync, createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, manifestSchema, type Manifest } from '../../src/evidence/manifest.js';
import { verifyBundle } from '../../src/evidence/verify-bundle.js';
import { auditResultSchema, type AuditResult } from '../../src/model/audit-result.js';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';
import { packagePath } from '../../src/util/package-root.js';
import { FIXTURES_DIR } from '../helpers/fixture-sites.js';

const BIN = packagePath('bin', 'kontaktkoll.js');

function kontaktkoll(args: string[]) {
  return execa('node', [BIN, ...args], { reject: false, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 120_000 });
}

// One audit, with every format and the evidence bundle, serves every assertion below.
let site: ServedSite;
let work: string;
let bundle: string;
let out: string;
let manifest: Manifest;
let result: AuditResult;
beforeAll(async () => {
  site = await serveStaticSite(join(FIXTURES_DIR, 'footer-contact'));
  work = mkdtempSync(join(tmpdir(), 'kk-evidence-'));
  bundle = join(work, 'case');
  out = join(work, 'reports');
  const run = await kontaktkoll(['audit', site.url, '--evidence', bundle, '--format', 'json,html,md,csv', '--output-dir', out, '--lang', 'en', '--max-pages', '6', '-q']);
  expect(run.exitCode, run.stderr).toBe(0);
  manifest = manifestSchema.parse(JSON.parse(readFileSync(join(bundle, MANIFEST_FILE), 'utf8')));
  result = auditResultSchema.parse(JSON.parse(readFileSync(join(out, 'kontaktkoll.json'), 'utf8')));
}, 120_000);
afterAll(async () => {
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('crawl.pages', () => {
  it('lists every page examined, with status, engine and time, starting at the start page', () => {
    const pages = result.crawl.pages!;
    expect(pages).toHaveLength(result.crawl.pagesVisited);
    expect(pages[0]).toMatchObject({ url: site.url, clicks: 0, status: 200, path: [{ action: 'start' }] });
    for (const page of pages) {
      expect(['browser', 'http']).toContain(page.engine);
      expect(page.readAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it('every report format shows every page', () => {
    const count = result.crawl.pagesVisited;
    const html = readFileSync(join(out, 'kontaktkoll.html'), 'utf8');
    const table = /<details id="pages">[\s\S]*?<\/details>/.exec(html)?.[0] ?? '';
    expect(table.match(/<tr><td>/g)).toHaveLength(count);
    const markdown = readFileSync(join(out, 'kontaktkoll.md'), 'utf8');
    expect(markdown).toContain(`<summary>Pages examined (${count})</summary>`);
    const csv = readFileSync(join(out, 'kontaktkoll-pages.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('url,finalUrl,clicks,path,status,engine,readAt,error');
    expect(csv).toHaveLength(count + 1);
  });
});

describe('--evidence', () => {
  it('keeps every page examined, with the HTML read and, where rendered, the DOM', () => {
    expect(manifest.pages).toHaveLength(result.crawl.pagesVisited);
    expect(manifest.pages.map((page) => page.url)).toEqual(result.crawl.pages!.map((page) => page.url));
    for (const page of manifest.pages) {
      expect(page.html, page.url).not.toBeNull();
      if (page.engine === 'browser') expect(page.dom, page.url).not.toBeNull();
    }
    expect(manifest.pages[0]!.engine).toBe('browser');
    const files = new Set(manifest.files.map((file) => file.path));
    for (const path of ['kontaktkoll.json', 'pages.warc.gz', ...manifest.har, ...manifest.screenshots.map((shot) => shot.path)]) expect(files).toContain(path);
    expect(manifest.har.length).toBeGreaterThan(0);
    expect(manifest.screenshots.length).toBeGreaterThan(0);
    expect(manifest.rulePack).toMatchObject({ id: result.rulePack.id });
  });

  it('the HAR is Playwright\'s and holds the start page', () => {
    const har = JSON.parse(readFileSync(join(bundle, manifest.har[0]!), 'utf8'));
    expect(har.log.creator.name).toBe('Playwright');
    expect(har.log.entries.some((entry: { request: { url: string } }) => entry.request.url === site.url)).toBe(true);
  });

  it('the WARC parses back with warcio and holds the start page\'s response as saved', async () => {
    const start = manifest.pages[0]!;
    const saved = readFileSync(join(bundle, start.html!.path), 'utf8');
    let found: string | null = null;
    for await (const record of new WARCParser(createReadStream(join(bundle, 'pages.warc.gz')))) {
      if (record.warcType === 'response' && record.warcTargetURI === site.url) found = await record.contentText();
      else if (record.warcType === 'response') await record.readFully();
    }
    expect(found).toBe(saved);
  });

  it('verify passes on the bundle as written', async () => {
    const run = await kontaktkoll(['verify', bundle]);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^intact: \d+ files/m);
  });

  it('verify fails, naming the file, after one byte of any file changes', async () => {
    for (const file of [...manifest.files.map((entry) => entry.path), MANIFEST_FILE]) {
      const copy = join(work, `tampered-${file.replace(/\W/g, '_')}`);
      cpSync(bundle, copy, { recursive: true });
      const bytes = readFileSync(join(copy, file));
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at] === 0x20 ? 0x21 : 0x20;
      writeFileSync(join(copy, file), bytes);
      const { problems } = await verifyBundle(copy);
      expect(problems.length, file).toBeGreaterThan(0);
      if (file !== MANIFEST_FILE) expect(problems.map((p) => p.path)).toContain(file);
      rmSync(copy, { recursive: true });
    }
  });

  it('verify exits 7 with a line per difference after a file is deleted and the manifest edited', async () => {
    const copy = join(work, 'tampered-cli');
    cpSync(bundle, copy, { recursive: true });
    rmSync(join(copy, manifest.pages[0]!.html!.path));
    const edited = JSON.parse(readFileSync(join(copy, MANIFEST_FILE), 'utf8'));
    edited.finalUrl = 'http://elsewhere.example/';
    writeFileSync(join(copy, MANIFEST_FILE), JSON.stringify(edited, null, 2));
    const run = await kontaktkoll(['verify', copy]);
    expect(run.exitCode).toBe(7);
    expect(run.stdout).toMatch(new RegExp(`^missing +${manifest.pages[0]!.html!.path}`, 'm'));
    expect(run.stdout).toMatch(/^manifest +manifest\.json/m);
  });

  it('refuses a folder that is not empty, before crawling', async () => {
    const run = await kontaktkoll(['audit', site.url, '--evidence', bundle]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/not empty/);
  });
});
