import type { LoadedPack } from '../config/rule-pack-loader.js';
import { CHECKS } from '../score/checks/index.js';

/** How deep an audit searches when no rule of its packs bounds its clicks. */
export const UNBOUNDED_SEARCH_DEPTH = 4;

/**
 * How many clicks deep an audit searches when no depth is given: the deepest click bound of the
 * packs that may judge the site (3 for every bundled pack). A finding deeper than that changes no
 * rule that counts clicks; a channel not found is reported as not found within that many clicks,
 * and the rules asking only whether a channel is shown are judged within the same reach, as the
 * E-Commerce Directive asks for details "easily, directly accessible".
 */
export function searchHorizon(packs: readonly LoadedPack[]): number {
  let deepest: number | null = null;
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const bound = CHECKS.get(rule.check.kind)?.clicksBound?.(rule.options as never) ?? null;
      if (bound !== null && (deepest === null || bound > deepest)) deepest = bound;
    }
  }
  return deepest ?? UNBOUNDED_SEARCH_DEPTH;
}

