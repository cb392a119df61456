import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/** A stable id for a site: the same URL gets the same key on every machine and every run. */
export function siteKeyOf(normalizedUrl: string): string {
  return createHash('sha256').update(normalizedUrl).digest('hex').slice(0, 16);
}

export interface Shard {
  /** 1-based index of this shard. */
  index: number;
  count: number;
}

/** "2/4" → shard 2 of 4. */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count || count > 10_000) {
    throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n, not "${value}"`, 'e.g. --shard 1/4 … --shard 4/4');
  }
  return { index, count };
}

/**
 * Partition by the URL's hash, not by position in the list: adding or removing a row never
 * moves the other sites to another shard, and every machine agrees without talking.
 */
export function isInShard(key: string, shard: Shard): boolean {
  return Number.parseInt(key.slice(0, 8), 16) % shard.count === shard.index - 1;
}
