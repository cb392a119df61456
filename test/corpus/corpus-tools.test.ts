import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSite, trapReportedAs, type Judged } from '../../corpus/src/compare.js';
import { loadCorpus } from '../../corpus/src/load-corpus.js';
import { corpusSiteSchema, type CorpusSite } from '../../corpus/src/manifest.js';
import { materialize, mirrorOf } from '../../corpus/src/materialize.js';
import { corpusFigures } from '../../corpus/src/summary.js';
import { CHANNEL_NAMES } from '../../src/model/channel-items.js';
import { packagePath } from '../../src/util/package-root.js';

const site: CorpusSite = corpusSiteSchema.parse({
  id: 'no-example', business: 'plumber', repo: 'owner/site', commit: 'a'.repeat(40), country: 'NO', language: 'nb', kind: 'static',
  channels: {
    phone: { found: true, clicks: 0, values: ['+4732235100'], where: 'footer' },
    email: { found: true, clicks: 1, values: ['post@firma.no'], where: 'contact page' },
    form: { found: false, where: 'none' },
    chat: { found: false, where: 'none' },
    address: { found: true, clicks: 0, values: ['3015'], where: 'footer' },
    hours: { found: false, where: 'none' },
  },
  traps: [{ text: 'Org.nr. 912 345 678', kind: 'org-number', where: 'footer' }],
});

function channel(found: boolean, clicks: number | null, items: Array<Record<string, unknown>> = []) {
  return { found, clicks, path: [], structuredDataOnly: false, items };
}

function judged(overrides: Partial<Judged['channels']> = {}, region = 'NO'): Judged {
  const none = channel(false, null);
  return {
    region,
    rulePack: { id: 'eu', title: 'EU', reason: 'test' },
    channels: {
      phone: channel(true, 0, [{ value: '+4732235100', display: '32 23 51 00', source: 'text' }]),
      email: channel(true, 1, [{ value: 'post@firma.no', display: 'post@firma.no', source: 'link' }]),
      form: none, chat: none,
      address: channel(true, 0, [{ value: 'Storgata 5, 3015 Drammen', postcode: '3015', source: 'text' }]),
      hours: none,
      ...overrides,
    } as unknown as Judged['channels'],
  };
}

describe('corpus comparison', () => {
  it('counts a verdict that matches the truth as every check exact', () => {
    const comparison = compareSite(site, judged());
    expect(comparison.checks.filter((check) => !check.ok)).toEqual([]);
    // country, pack, 6 found, 3 clicks, 3 values, 1 trap
    expect(comparison.checks).toHaveLength(2 + 6 + 3 + 3 + 1);
  });

  it('names a false "not found", a wrong click count, a missing value, a false find and a wrong country', () => {
    const comparison = compareSite(site, judged({
      phone: channel(false, null) as never,
      email: channel(true, 2, [{ value: 'info@firma.no', display: 'info@firma.no', source: 'text' }]) as never,
      form: channel(true, 1, [{ value: 'form', display: 'Kontakt', pageUrl: 'http://127.0.0.1/k', source: 'form' }]) as never,
    }, 'SE'));
    const misses = comparison.checks.filter((check) => !check.ok).map((check) => `${check.channel}:${check.kind}`);
    expect(misses).toEqual(['site:country', 'phone:found', 'phone:value', 'email:clicks', 'email:value', 'form:found']);
    const figures = corpusFigures([comparison]);
    const phone = figures.channels.find((c) => c.channel === 'phone')!;
    expect([phone.truePositives, phone.falseNegatives, phone.recall]).toEqual([0, 1, 0]);
    const form = figures.channels.find((c) => c.channel === 'form')!;
    expect([form.falsePositives, form.precision]).toEqual([1, 0]);
  });

  it('finds a trap reported as a phone by its digits, not by a shorter common run', () => {
    const asPhone = judged({ phone: channel(true, 0, [{ value: '+47912345678', display: '912 345 678', source: 'text' }]) as never });
    expect(trapReportedAs('Org.nr. 912 345 678', asPhone)).toBe('912 345 678');
    expect(trapReportedAs('Org.nr. 912 345 678', judged())).toBeUndefined();
    expect(trapReportedAs('2024', asPhone)).toBeUndefined();
    expect(compareSite(site, asPhone).trapsReported).toBe(1);
  });
});

describe('corpus manifest', () => {
  it('every site file validates, and its id is its file name', () => {
    const corpus = loadCorpus(packagePath('corpus', 'sites'));
    for (const entry of corpus) {
      for (const name of CHANNEL_NAMES) {
        if (entry.channels[name].found) expect(entry.channels[name].clicks, `${entry.id} ${name}`).toBeTypeOf('number');
      }
    }
    expect(new Set(corpus.map((entry) => entry.id)).size).toBe(corpus.length);
  });

  it('rejects a found channel without clicks', () => {
    const broken = { ...site, channels: { ...site.channels, phone: { found: true, values: [], where: 'footer' } } };
    expect(corpusSiteSchema.safeParse(broken).success).toBe(false);
  });
});

describe('materializing a site from a mirror', () => {
  it('unpacks the folder at the commit and makes links to the site\'s own origin root-relative', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kk-corpus-'));
    const source = join(work, 'source');
    mkdirSync(join(source, 'public', 'kontakt'), { recursive: true });
    writeFileSync(join(source, 'public', 'index.html'),
      '<a href="https://www.firma.no/kontakt/">K</a> <a href="http://firma.no">Home</a> <a href="https://firma.no.example/x">Other</a> <a href="https://facebook.com/firma">FB</a>');
    writeFileSync(join(source, 'public', 'kontakt', 'index.html'), '<p>Tlf 32 23 51 00</p>');
    writeFileSync(join(source, 'README.md'), 'not served');
    const git = (...args: string[]) => execFileSync('git', ['-C', source, ...args], { env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).toString().trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'site');
    const commit = git('rev-parse', 'HEAD');
    const mirrors = join(work, 'mirrors');
    execFileSync('git', ['clone', '-q', '--mirror', source, join(mirrors, 'owner+site', 'repo')]);

    const mirror = mirrorOf(mirrors, 'owner/site');
    expect(mirror).toBe(join(mirrors, 'owner+site', 'repo'));
    expect(mirrorOf(mirrors, 'owner/other')).toBeUndefined();
    const entry = { ...site, commit, folder: 'public', origins: ['https://www.firma.no'] };
    const root = await materialize(entry, mirror!, join(work, 'cache'));
    const index = readFileSync(join(root, 'index.html'), 'utf8');
    expect(index).toContain('href="/kontakt/"');
    expect(index).toContain('href="/"');
    expect(index).toContain('https://firma.no.example/x');
    expect(index).toContain('https://facebook.com/firma');
    expect(existsSync(join(root, 'kontakt', 'index.html'))).toBe(true);
    expect(existsSync(join(root, '..', 'README.md'))).toBe(false);
    // A site built for a sub-path is served at that path.
    const mounted = await materialize({ ...entry, id: 'no-mounted', mountAt: '/butikk/' }, mirror!, join(work, 'cache'));
    expect(readFileSync(join(mounted, 'butikk', 'kontakt', 'index.html'), 'utf8')).toContain('32 23 51 00');
    // A second run reuses the unpacked copy rather than unpacking again.
    writeFileSync(join(root, 'marker'), 'kept');
    expect(await materialize(entry, mirror!, join(work, 'cache'))).toBe(root);
    expect(existsSync(join(root, 'marker'))).toBe(true);
  });
});

describe('serving a real site as its host would', () => {
  it('serves "/about" from about.html with clean URLs, and any route from index.html for a single-page app', async () => {
    const { serveStaticSite } = await import('../../src/serve/static-site-server.js');
    const root = mkdtempSync(join(tmpdir(), 'kk-serve-'));
    writeFileSync(join(root, 'index.html'), '<div id="root"></div>');
    writeFileSync(join(root, 'about.html'), '<p>about</p>');
    const get = async (url: string) => { const response = await fetch(url); return [response.status, await response.text()] as const; };
    const plain = await serveStaticSite(root);
    const clean = await serveStaticSite(root, 0, { cleanUrls: true });
    const spa = await serveStaticSite(root, 0, { spaFallback: true });
    try {
      expect((await get(`${plain.url}about`))[0]).toBe(404);
      expect(await get(`${clean.url}about`)).toEqual([200, '<p>about</p>']);
      expect((await get(`${clean.url}kontakt`))[0]).toBe(404);
      expect(await get(`${spa.url}kontakt/oss`)).toEqual([200, '<div id="root"></div>']);
      expect((await get(`${spa.url}missing.js`))[0]).toBe(404);
      // A folder asked for without its slash is redirected to it, its non-ASCII name percent-encoded in the header.
      mkdirSync(join(root, 'blomster-på-abonnement'));
      writeFileSync(join(root, 'blomster-på-abonnement', 'index.html'), '<p>abo</p>');
      const redirect = await fetch(`${plain.url}blomster-p%C3%A5-abonnement`, { redirect: 'manual' });
      expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/blomster-p%C3%A5-abonnement/']);
      expect(await get(`${plain.url}blomster-p%C3%A5-abonnement`)).toEqual([200, '<p>abo</p>']);
    } finally {
      await Promise.all([plain.close(), clean.close(), spa.close()]);
    }
  });
});

describe('materializing from a mirror that lacks some files', () => {
  it('writes every file that is there and leaves out the missing ones', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kk-corpus-missing-'));
    const repo = join(work, 'mirrors', 'owner', 'site');
    mkdirSync(join(repo, 'docs'), { recursive: true });
    writeFileSync(join(repo, 'docs', 'index.html'), '<p>Ring 08-123 45 67</p>');
    writeFileSync(join(repo, 'docs', 'film.mp4'), 'a large video');
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).toString().trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'site');
    const commit = git('rev-parse', 'HEAD');
    const video = git('rev-parse', 'HEAD:docs/film.mp4');
    rmSync(join(repo, '.git', 'objects', video.slice(0, 2), video.slice(2)));

    const mirror = mirrorOf(join(work, 'mirrors'), 'owner/site');
    expect(mirror).toBe(repo);
    const root = await materialize({ ...site, commit, folder: 'docs' }, mirror!, join(work, 'cache'));
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toContain('08-123 45 67');
    expect(existsSync(join(root, 'film.mp4'))).toBe(false);
  });
});
