import { open } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { AuditResult, Barrier } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';

/** Larger images stay links: a report mailed around should not weigh tens of megabytes. */
export const MAX_EMBEDDED_BYTES = 2 * 1024 * 1024;

/** The image kinds the report accepts as data URIs (see safeScreenshot), told by their first bytes, not their names. */
function mimeOf(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return null;
}

/**
 * A screenshot as a data: URI, so the HTML report stands alone when mailed or archived; null
 * (keep the link) when the file cannot be read, is not a PNG, JPEG or WebP image, or is over `maxBytes`.
 */
export async function screenshotDataUri(path: string, reportDir: string, maxBytes = MAX_EMBEDDED_BYTES): Promise<string | null> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return null;
  const file = isAbsolute(path) ? path : resolve(reportDir, path);
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes || size === 0) return null;
    const bytes = Buffer.alloc(size);
    await handle.read(bytes, 0, size, 0);
    const mime = mimeOf(bytes);
    return mime ? `data:${mime};base64,${bytes.toString('base64')}` : null;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/**
 * The result with every screenshot it can read (channels, barriers, each device's barriers)
 * embedded; paths are relative to `reportDir`, the folder the report goes to. For the HTML
 * report only: the JSON keeps its paths. The input is not changed.
 */
export async function embedScreenshots(result: AuditResult, reportDir: string, maxBytes = MAX_EMBEDDED_BYTES): Promise<AuditResult> {
  const cache = new Map<string, Promise<string | null>>();
  const embed = async (path: string) => {
    if (!cache.has(path)) cache.set(path, screenshotDataUri(path, reportDir, maxBytes));
    return (await cache.get(path)) ?? path;
  };
  const barriers = (list: Barrier[]) => Promise.all(list.map(async (barrier) => (barrier.screenshot === undefined ? barrier : { ...barrier, screenshot: await embed(barrier.screenshot) })));
  const channels = { ...result.channels };
  for (const name of CHANNEL_NAMES) {
    const channel = channels[name];
    if (channel.screenshot !== undefined) channels[name] = { ...channel, screenshot: await embed(channel.screenshot) } as never;
  }
  return {
    ...result,
    channels,
    barriers: await barriers(result.barriers),
    ...(result.devices ? { devices: { ...result.devices, runs: await Promise.all(result.devices.runs.map(async (run) => ({ ...run, barriers: await barriers(run.barriers) }))) } } : {}),
  };
}
