import { copyFile, mkdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { LoadedPack } from '../config/rule-pack-loader.js';
import type { AuditResult } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';
import { renderJson } from '../report/json.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { hashBundleFiles, listBundleFiles } from './bundle-files.js';
import { MANIFEST_FILE, MANIFEST_HASH_DEFINITION, MANIFEST_VERSION, manifestHash, type EvidencePage, type Manifest } from './manifest.js';
import { MAX_SAVED_BYTES, type PageRecorder } from './page-recorder.js';
import { rulePackFingerprint } from './rule-pack-fingerprint.js';
import { sha256File } from './sha256.js';
import { writeWarc } from './warc-file.js';

export const RESULT_FILE = 'kontaktkoll.json';
export const WARC_FILE = 'pages.warc.gz';

export interface BundleInput {
  dir: string;
  recorder: PageRecorder;
  /** The result as `audit()` returned it: screenshot paths relative to the working directory. */
  result: AuditResult;
  pack: LoadedPack;
  options: Record<string, unknown>;
  startedAt: Date;
  finishedAt: Date;
}

/**
 * Completes the bundle the recorder began during the crawl: screenshots brought in, the JSON
 * result, the WARC, and last the manifest with every file's hash and its own.
 */
export async function writeBundle(input: BundleInput): Promise<Manifest> {
  const { dir, recorder, result } = input;
  const recorded = await recorder.pages();
  const { result: bundled, screenshots } = await bringScreenshots(dir, result);
  await writeFileAtomic(join(dir, RESULT_FILE), renderJson(bundled));
  const records = await writeWarc(dir, WARC_FILE, recorded, `kontaktkoll ${result.tool.version}`);
  const pages: EvidencePage[] = recorded.map(({ page, device, html, dom }) => ({ ...page, device, html, dom }));
  const har: string[] = [];
  for (const file of recorder.harFiles) if (await stat(join(dir, file)).then(() => true, () => false)) har.push(file);
  const files = await hashBundleFiles(dir, await listBundleFiles(dir));
  const body: Omit<Manifest, 'manifestSha256'> = {
    manifestVersion: MANIFEST_VERSION,
    tool: result.tool,
    startUrl: result.startUrl,
    finalUrl: result.finalUrl,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    options: input.options,
    rulePack: { id: result.rulePack.id, title: result.rulePack.title, ...rulePackFingerprint(input.pack) },
    result: RESULT_FILE,
    maxSavedBytes: MAX_SAVED_BYTES,
    pages,
    screenshots,
    har,
    warc: records > 0 || pages.length > 0 ? WARC_FILE : null,
    files,
    hashDefinition: MANIFEST_HASH_DEFINITION,
  };
  const manifest: Manifest = { ...body, manifestSha256: manifestHash(body) };
  await writeFileAtomic(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

type Shot = Manifest['screenshots'][number];

/**
 * Every screenshot the result names, copied into the bundle when it was saved elsewhere
 * (`--screenshots` given too), with the page it shows and when it was written; the result's
 * paths then point into the bundle, relative to it.
 */
async function bringScreenshots(dir: string, result: AuditResult): Promise<{ result: AuditResult; screenshots: Shot[] }> {
  const screenshots: Shot[] = [];
  const moved = new Map<string, string>();
  const bring = async (path: string, url: string, shows: string): Promise<string> => {
    const done = moved.get(path);
    if (done !== undefined) return done;
    const source = resolve(path);
    let inBundle = relative(resolve(dir), source);
    if (inBundle.startsWith('..') || isAbsolute(inBundle)) {
      inBundle = join('screenshots', basename(source));
      await mkdir(join(dir, 'screenshots'), { recursive: true });
      await copyFile(source, join(dir, inBundle));
    }
    inBundle = inBundle.split(sep).join('/');
    const [info, hashed] = await Promise.all([stat(source), sha256File(source)]);
    screenshots.push({ path: inBundle, url, shows, takenAt: info.mtime.toISOString(), ...hashed });
    moved.set(path, inBundle);
    return inBundle;
  };
  const channels = { ...result.channels };
  for (const name of CHANNEL_NAMES) {
    const channel = channels[name];
    if (channel.screenshot === undefined) continue;
    const url = channel.path[channel.path.length - 1]?.url ?? result.finalUrl;
    const path = await bring(channel.screenshot, url, `channel ${name}`);
    channels[name] = { ...channel, screenshot: path } as never;
  }
  const barriers = [];
  for (const barrier of result.barriers) {
    barriers.push(barrier.screenshot === undefined ? barrier : { ...barrier, screenshot: await bring(barrier.screenshot, barrier.pageUrl, `barrier ${barrier.kind}`) });
  }
  return { result: { ...result, channels, barriers }, screenshots };
}
