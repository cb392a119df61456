import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/** No customer-service number costs more than a normal call (CRD art. 21). */
export const notPremiumRate = defineCheck({
  kind: 'notPremiumRate',
  description: 'No phone number shown costs more than a basic-rate call (premium-rate or shared-cost).',
  optionsSchema: z.strictObject({
    /** Shared-cost numbers can also exceed the basic rate. @default true */
    includeSharedCost: z.boolean().default(true),
  }),
  evaluate({ channels }, { includeSharedCost }) {
    const visible = channels.phone.items.filter((item) => item.source !== 'json-ld');
    if (visible.length === 0) return { status: 'not-applicable', data: { numbers: '' } };
    const costly = visible.filter((item) => item.premiumRate || (includeSharedCost && item.sharedCost));
    const numbers = [...new Set(costly.map((item) => item.display))].join(', ');
    return { status: costly.length === 0 ? 'pass' : 'fail', data: { numbers } };
  },
});
