import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/**
 * "Permanently accessible" (ECD art. 5): every examined page carries a contact route in its
 * header, navigation or footer, so a customer never has to go back to the start page to find it.
 */
export const contactLinkOnEveryPage = defineCheck({
  kind: 'contactLinkOnEveryPage',
  description: 'Every examined page has a contact route (link, phone or e-mail) in its header, navigation or footer.',
  deeperPages: 'pages-examined',
  optionsSchema: z.strictObject({
    /** Share of pages that must have one, 0–1. @default 1 */
    minShare: z.number().min(0).max(1).default(1),
  }),
  evaluate({ signals }, { minShare }) {
    const { pagesChecked, pagesWithRoute, pagesWithout } = signals.contactLinkCoverage;
    const data = { pagesChecked, pagesWithRoute, pagesWithout: pagesChecked - pagesWithRoute, firstWithout: pagesWithout[0]?.url ?? null };
    if (pagesChecked === 0) return { status: 'not-applicable', data };
    return { status: pagesWithRoute / pagesChecked >= minShare ? 'pass' : 'fail', data };
  },
});
