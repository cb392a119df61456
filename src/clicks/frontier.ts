import type { PathStep } from '../model/click-path.js';
import { contactRouteScore } from '../extract/contact-route.js';

export interface FrontierEntry {
  url: string;
  clicks: number;
  path: PathStep[];
  /** Higher first within one click depth. */
  contactScore: number;
  /** Discovery order: parent's order, then link position; keeps runs deterministic under concurrency. */
  order: number[];
}

/**
 * The breadth-first queue by click depth. A page is taken only after every page with fewer
 * clicks has been examined; this is what makes "phone: 2 clicks" a minimum.
 */
export class Frontier {
  private readonly queued = new Map<string, FrontierEntry>();

  get size(): number {
    return this.queued.size;
  }

  /** Adds a page unless it is already queued at the same or fewer clicks. */
  offer(key: string, entry: Omit<FrontierEntry, 'contactScore'>): boolean {
    const existing = this.queued.get(key);
    if (existing && existing.clicks <= entry.clicks) return false;
    const last = entry.path[entry.path.length - 1];
    this.queued.set(key, { ...entry, contactScore: contactRouteScore(last?.label ?? '', entry.url) });
    return true;
  }

  /** The smallest click depth still queued, or null. */
  minClicks(): number | null {
    let min: number | null = null;
    for (const entry of this.queued.values()) if (min === null || entry.clicks < min) min = entry.clicks;
    return min;
  }

  /** Removes and returns every entry at the given depth, contact-looking links first. */
  takeLevel(clicks: number): Array<[string, FrontierEntry]> {
    const level = this.peekLevel(clicks);
    for (const [key] of level) this.queued.delete(key);
    return level;
  }

  /** Every entry queued so far at the given depth, in the order `takeLevel` gives them, left queued. */
  peekLevel(clicks: number): Array<[string, FrontierEntry]> {
    return [...this.queued.entries()].filter(([, entry]) => entry.clicks === clicks)
      .sort(([, a], [, b]) => b.contactScore - a.contactScore || compareOrder(a.order, b.order));
  }

  entries(): FrontierEntry[] {
    return [...this.queued.values()];
  }
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}
