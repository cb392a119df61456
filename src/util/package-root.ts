import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own folder: the nearest folder above this module with kontaktkoll's
 * package.json, whether running from src/ (tests), dist/ (installed) or a tool's own build
 * (dist-bench/, dist-corpus/), which sit deeper.
 */
function findPackageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'kontaktkoll') return dir;
  }
  return fileURLToPath(new URL('../../', import.meta.url));
}

export const PACKAGE_ROOT = `${findPackageRoot().replace(/\/$/, '')}/`;

export function packagePath(...parts: string[]): string {
  return [PACKAGE_ROOT.replace(/\/$/, ''), ...parts].join('/');
}

export const TOOL_VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
