import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { OrgNumber } from '../../model/signals.js';
import { locationOf, toEvidence } from '../item-location.js';
import { findOrgNumbers } from './find-org-numbers.js';

export { findOrgNumbers } from './find-org-numbers.js';

/** Business ids (SE orgnr, DK CVR, PL NIP/KRS, FI Y-tunnus) a person can read on the page. */
export function extractOrgNumbers(page: PageSnapshot): OrgNumber[] {
  const found: OrgNumber[] = [];
  for (const block of page.blocks) {
    for (const id of findOrgNumbers(block.text)) {
      if (found.some((item) => item.kind === id.kind && item.value === id.value)) continue;
      found.push({ ...locationOf(page), evidence: toEvidence(block.text), ...id });
    }
  }
  return found;
}
