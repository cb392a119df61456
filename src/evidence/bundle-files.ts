import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { BundleFile } from './manifest.js';
import { MANIFEST_FILE } from './manifest.js';
import { sha256File } from './sha256.js';

/** Every file under the bundle folder but the manifest, as `/`-separated relative paths, sorted. */
export async function listBundleFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else found.push(relative(dir, full).split(sep).join('/'));
    }
  };
  await walk(dir);
  return found.filter((path) => path !== MANIFEST_FILE).sort();
}

export async function hashBundleFiles(dir: string, paths: readonly string[]): Promise<BundleFile[]> {
  const files: BundleFile[] = [];
  for (const path of paths) files.push({ path, ...(await sha256File(join(dir, path))) });
  return files;
}
