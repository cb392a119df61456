import { writeFileAtomic } from '../../src/util/atomic-write.js';
import type { BuildsBenchResults } from '../builds/run-builds.js';
import type { RealBenchResults } from './real-results.js';
import type { BenchResults } from './results.js';

/** bench/results.json (or real-results.json, builds-results.json), written atomically (a reader never sees half a file). */
export function writeResults(file: string, results: BenchResults | RealBenchResults | BuildsBenchResults): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(results, null, 2)}\n`);
}
