import type { PageSnapshot } from '../model/page-snapshot.js';
import type { PathStep } from '../model/click-path.js';

/** The part of every item that says where it was found: copied from the page it came from. */
export interface ItemLocation {
  pageUrl: string;
  clicks: number;
  path: PathStep[];
}

export function locationOf(page: PageSnapshot): ItemLocation {
  return { pageUrl: page.url, clicks: page.clicks, path: page.path };
}

const MAX_EVIDENCE = 300;

/** Evidence is the exact page text, whitespace-collapsed and bounded so hostile pages cannot bloat a report. */
export function toEvidence(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= MAX_EVIDENCE ? collapsed : `${collapsed.slice(0, MAX_EVIDENCE - 1)}…`;
}
