import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebaseScreenshotPath, rebaseScreenshots } from '../../src/cli/screenshot-paths.js';
import { auditResultSchema, type AuditResult } from '../../src/model/audit-result.js';
import { safeScreenshot } from '../../src/report/html.js';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';
import { packagePath } from '../../src/util/package-root.js';
import { FIXTURES_DIR } from '../helpers/fixture-sites.js';
import { buildResult } from '../report/result-builder.js';

const BIN = packagePath('bin', 'kontaktkoll.js');

function kontaktkoll(args: string[], cwd: string) {
  return execa('node', [BIN, ...args], { reject: false, cwd, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 180_000 });
}

describe('screenshot paths are relative to the report that names them', () => {
  it.each([
    ['shots/desktop-phone.png', '.', 'out', '../shots/desktop-phone.png'],
    ['out/shots/desktop-phone.png', '.', 'out', 'shots/desktop-phone.png'],
    ['shots/desktop-phone.png', 'saved', 'saved/html', '../shots/desktop-phone.png'],
    ['shots/desktop-phone.png', 'saved', '.', 'saved/shots/desktop-phone.png'],
    ['/var/shots/desktop-phone.png', '.', 'out', '/var/shots/desktop-phone.png'],
  ])('%s from %s to %s → %s', (path, from, to, rebased) => {
    expect(rebaseScreenshotPath(path, from, to)).toBe(rebased);
  });

  it('rebases channels and barriers, and leaves the input alone', () => {
    const base = buildResult();
    const result: AuditResult = {
      ...base,
      channels: { ...base.channels, phone: { ...base.channels.phone, screenshot: 'shots/desktop-phone.png' } },
      barriers: [{ ...base.barriers[0]!, screenshot: 'shots/desktop-barrier-consent.png' }],
    };
    const moved = rebaseScreenshots(result, '.', 'out');
    expect([moved.channels.phone.screenshot, moved.barriers[0]!.screenshot]).toEqual(['../shots/desktop-phone.png', '../shots/desktop-barrier-consent.png']);
    expect(result.channels.phone.screenshot).toBe('shots/desktop-phone.png');
  });

  it.each([
    ['desktop-phone.png', 'desktop-phone.png'],
    ['../shots/desktop-phone.png', '../shots/desktop-phone.png'],
    ['skärmbilder/desktop phone.png', 'sk%C3%A4rmbilder/desktop%20phone.png'],
    ['/tmp/shots/desktop-phone.png', '/tmp/shots/desktop-phone.png'],
    ['//evil.example/track.png', null],
    ['https://evil.example/track.png', null],
    ['javascript:alert(1).png', null],
    ['shots/phone.svg', null],
    ['shots/"onerror=x.png', null],
  ])('the HTML report shows %j as %j', (path, src) => {
    expect(safeScreenshot(path)).toBe(src);
  });
});

describe('audit --screenshots with reports in another folder', () => {
  let site: ServedSite;
  let work: string;
  let result: AuditResult;
  let html: string;

  beforeAll(async () => {
    site = await serveStaticSite(join(FIXTURES_DIR, 'consent-wall'));
    work = mkdtempSync(join(tmpdir(), 'kontaktkoll-shots-'));
    mkdirSync(join(work, 'reports'));
    const run = await kontaktkoll(['audit', site.url, '--screenshots', 'shots', '--output-dir', 'reports', '--format', 'json,html', '--timeout', '60', '-q'], work);
    expect(run.exitCode, run.stderr).not.toBe(2);
    result = auditResultSchema.parse(JSON.parse(readFileSync(join(work, 'reports', 'kontaktkoll.json'), 'utf8')));
    html = readFileSync(join(work, 'reports', 'kontaktkoll.html'), 'utf8');
  }, 200_000);
  afterAll(async () => {
    await site?.close();
  });

  it('the JSON names each screenshot relative to its own folder, and the file is there', () => {
    const paths = [result.channels.phone.screenshot, result.barriers[0]?.screenshot];
    expect(paths).toEqual(['../shots/desktop-phone.png', '../shots/desktop-barrier-consent.png']);
    for (const path of paths) expect(existsSync(resolve(work, 'reports', path!)), path).toBe(true);
  });

  it('the HTML report beside it embeds the same files, so it stands alone when mailed', () => {
    const $ = cheerio.load(html);
    const sources = $('img.screenshot').toArray().map((img) => $(img).attr('src'));
    for (const file of ['desktop-phone.png', 'desktop-barrier-consent.png']) {
      const bytes = readFileSync(resolve(work, 'shots', file)).toString('base64');
      expect(sources, file).toContain(`data:image/png;base64,${bytes}`);
    }
  });

  it('report re-renders the saved JSON elsewhere and rebases again', async () => {
    const run = await kontaktkoll(['report', join('reports', 'kontaktkoll.json'), '--format', 'json', '--output', join('again', 'result.json')], work);
    expect(run.exitCode, run.stderr).not.toBe(2);
    const again = auditResultSchema.parse(JSON.parse(readFileSync(join(work, 'again', 'result.json'), 'utf8')));
    expect(again.channels.phone.screenshot).toBe('../shots/desktop-phone.png');
    expect(existsSync(resolve(work, 'again', again.channels.phone.screenshot!))).toBe(true);
  });
});
