import { writeFileAtomic } from '../../src/util/atomic-write.js';
import type { BenchResults } from './results.js';

/** bench/results.json, written atomically (a reader never sees half a file). */
export function writeResults(file: string, results: BenchResults): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(results, null, 2)}\n`);
}
