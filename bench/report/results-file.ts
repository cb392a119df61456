import { writeFileAtomic } from '../../src/util/atomic-write.js';
import type { RealBenchResults } from './real-results.js';
import type { BenchResults } from './results.js';

/** bench/results.json (or bench/real-results.json), written atomically (a reader never sees half a file). */
export function writeResults(file: string, results: BenchResults | RealBenchResults): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(results, null, 2)}\n`);
}
