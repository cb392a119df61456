import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';

/**
 * A bundle is a whole: written into a folder that already holds files, `verify` could not tell
 * them from tampering. So the folder must be new or empty; checked before any crawling.
 */
export function prepareEvidenceDir(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`--evidence ${dir} is a file, not a folder`);
    if (readdirSync(dir).length > 0) throw new UsageError(`--evidence ${dir} is not empty: an evidence bundle needs a new or empty folder`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create --evidence ${dir}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}
