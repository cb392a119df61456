import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBundleFiles } from './bundle-files.js';
import { MANIFEST_FILE, manifestHash, manifestSchema } from './manifest.js';
import { sha256File } from './sha256.js';

/** One way a bundle differs from what its manifest records. */
export interface BundleProblem {
  kind: 'changed' | 'missing' | 'extra' | 'manifest';
  path: string;
  detail: string;
}

export interface BundleCheck {
  /** Files the manifest lists. */
  files: number;
  problems: BundleProblem[];
}

/**
 * Re-hashes every file of an evidence bundle and the manifest itself. Every difference is
 * reported, not just the first: a changed manifest does not stop the files from being checked
 * against what it lists, so a person sees everything that moved.
 */
export async function verifyBundle(dir: string): Promise<BundleCheck> {
  const manifestPath = join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return { files: 0, problems: [{ kind: 'missing', path: MANIFEST_FILE, detail: 'no manifest: not an evidence bundle, or it was removed' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return { files: 0, problems: [{ kind: 'manifest', path: MANIFEST_FILE, detail: `not valid JSON (${(error as Error).message})` }] };
  }
  const problems: BundleProblem[] = [];
  const record = (raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  if (record.manifestSha256 !== manifestHash(record)) {
    problems.push({ kind: 'manifest', path: MANIFEST_FILE, detail: 'its content does not match its manifestSha256' });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push({ kind: 'manifest', path: MANIFEST_FILE, detail: `not a kontaktkoll manifest (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message ?? 'invalid'})` });
  }
  const listed = parsed.success ? parsed.data.files : [];
  const names = new Set(listed.map((file) => file.path));
  for (const file of listed) {
    const path = join(dir, file.path);
    if (!existsSync(path)) {
      problems.push({ kind: 'missing', path: file.path, detail: 'listed in the manifest, not in the bundle' });
      continue;
    }
    const actual = await sha256File(path);
    if (actual.sha256 !== file.sha256 || actual.bytes !== file.bytes) {
      problems.push({ kind: 'changed', path: file.path, detail: `sha256 ${actual.sha256} (${actual.bytes} bytes), manifest says ${file.sha256} (${file.bytes} bytes)` });
    }
  }
  for (const path of await listBundleFiles(dir)) {
    if (!names.has(path)) problems.push({ kind: 'extra', path, detail: 'in the bundle, not in the manifest' });
  }
  return { files: listed.length, problems };
}
