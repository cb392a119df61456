import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CorpusSite } from './manifest.js';

/**
 * Where a repository's local mirror lives: `<mirrors>/<owner>+<name>/repo` (a bare git
 * directory, as the corpus's fetch step leaves it), `<mirrors>/<owner>+<name>` or
 * `<mirrors>/<owner>/<name>` (a bare or ordinary clone). Undefined when none is there.
 */
export function mirrorOf(mirrors: string, repo: string): string | undefined {
  const [owner, name] = repo.split('/') as [string, string];
  const candidates = [join(mirrors, `${owner}+${name}`, 'repo'), join(mirrors, `${owner}+${name}`), join(mirrors, owner, name)];
  return candidates.find((dir) => existsSync(join(dir, 'HEAD')) || existsSync(join(dir, '.git')));
}

/** The site's folder at its commit, unpacked once into the cache; returns the web root. */
export async function materialize(site: CorpusSite, mirror: string, cacheDir: string): Promise<string> {
  const target = join(cacheDir, `${site.id}-${site.commit.slice(0, 12)}`);
  const folder = site.folder.replace(/^\.?\/?/, '').replace(/\/$/, '');
  const siteRoot = folder ? join(target, folder) : target;
  // A site built for a sub-path is served from a root that holds it at that path.
  const webRoot = site.mountAt ? `${target}.mount` : siteRoot;
  if (existsSync(join(target, '.complete')) && (!site.mountAt || existsSync(webRoot))) return webRoot;
  const partial = `${target}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await unpackTree(gitDirOf(mirror), site.commit, folder, partial);
  if (site.origins.length > 0) await rewriteOrigins(folder ? join(partial, folder) : partial, site.origins);
  await writeFile(join(partial, '.complete'), `${site.repo}@${site.commit}\n`);
  await rm(target, { recursive: true, force: true });
  await rename(partial, target);
  if (site.mountAt) {
    const mountPoint = join(webRoot, site.mountAt);
    await rm(webRoot, { recursive: true, force: true });
    await mkdir(dirname(mountPoint.replace(/\/$/, '')), { recursive: true });
    await symlink(siteRoot, mountPoint.replace(/\/$/, ''), 'dir');
  }
  return webRoot;
}

/**
 * `git archive` when every file is there; a mirror may lack its largest files (a snapshot leaves
 * out files of several MiB: videos, big images), and then each file there is is written one by
 * one and the missing ones are left out — a page still loads without its video.
 */
async function unpackTree(gitDir: string, commit: string, folder: string, target: string): Promise<void> {
  try {
    const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', commit, ...(folder ? [folder] : [])], { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    execFileSync('tar', ['-x', '-C', target], { input: archive, maxBuffer: 1 << 30 });
    return;
  } catch {
    // fall through to file by file
  }
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit, ...(folder ? [folder] : [])], { maxBuffer: 1 << 30 }).toString('utf8');
  const entries = listing.split('\0').filter(Boolean).map((line) => {
    const [meta, path] = line.split('\t') as [string, string];
    const [mode, type, sha] = meta.split(' ') as [string, string, string];
    return { mode, type, sha, path };
  }).filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
  const batch = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { input: entries.map((entry) => entry.sha).join('\n') + '\n', maxBuffer: 2 ** 31 });
  let at = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(0x0a, at);
    const header = batch.subarray(at, headerEnd).toString('utf8');
    at = headerEnd + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    const content = batch.subarray(at, at + size);
    at += size + 1;
    await mkdir(dirname(join(target, entry.path)), { recursive: true });
    await writeFile(join(target, entry.path), content);
  }
}

function gitDirOf(mirror: string): string {
  return existsSync(join(mirror, '.git')) ? join(mirror, '.git') : mirror;
}

const REWRITTEN = /\.(?:html?|css|js|json|xml)$/i;

/** Every spelling of an origin a page may link with: http/https, with and without www, protocol-relative. */
export function originSpellings(origin: string): string[] {
  const host = new URL(origin).host.replace(/^www\./, '');
  const hosts = [host, `www.${host}`];
  return hosts.flatMap((h) => [`https://${h}`, `http://${h}`, `//${h}`]).sort((a, b) => b.length - a.length);
}

/**
 * Links to the site's own origin become root-relative, as a mirroring tool would write them,
 * so a crawl of the served copy stays on 127.0.0.1 instead of leaving for the live site.
 */
export async function rewriteOrigins(root: string, origins: readonly string[]): Promise<void> {
  const spellings = origins.flatMap(originSpellings);
  const escaped = spellings.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  // An origin followed by a path, a query, a quote or the end of the text; "https://firma.no.evil" is left alone.
  const pattern = new RegExp(`(?:${escaped.join('|')})(?=[/?#"'\\s)<]|$)(/?)`, 'g');
  for (const file of await filesUnder(root)) {
    if (!REWRITTEN.test(file)) continue;
    const text = await readFile(file, 'utf8');
    const rewritten = text.replace(pattern, '/');
    if (rewritten !== text) await writeFile(file, rewritten);
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : Promise.resolve(entry.isFile() ? [path] : []);
  }));
  return nested.flat();
}
