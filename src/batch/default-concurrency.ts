import { availableParallelism, freemem } from 'node:os';

/** A headless Chromium with a few tabs of an ordinary company site takes about this much. */
const BROWSER_BYTES = 600 * 1024 * 1024;
const RESERVED_BYTES = 512 * 1024 * 1024;

/** One browser per worker: as many workers as cores allow, but never more than memory allows. */
export function defaultConcurrency(cores = availableParallelism(), free = freemem()): number {
  const byMemory = Math.floor((free - RESERVED_BYTES) / BROWSER_BYTES);
  return Math.max(1, Math.min(cores, byMemory, 8));
}
