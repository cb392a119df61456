import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package's own folder, whether running from src/ (tests) or dist/ (installed): both sit two levels down. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function packagePath(...parts: string[]): string {
  return [PACKAGE_ROOT.replace(/\/$/, ''), ...parts].join('/');
}

export const TOOL_VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
