import { z } from 'zod';
import { isVisibleItem } from '../../clicks/channel-minimum.js';
import { callCostOf, type CallCost } from '../../extract/phone/call-cost.js';
import { labelledCustomerService } from '../../extract/phone/customer-service-label.js';
import type { PhoneItem } from '../../model/channel-items.js';
import { defineCheck } from '../check-definition.js';

const costSchema = z.enum(['premium-rate', 'shared-cost', 'may-cost-more']);

function listed(items: readonly PhoneItem[]): string {
  return [...new Set(items.map((item) => item.display))].join(', ');
}

/**
 * The customer-service line costs no more than a normal call (CRD art. 21). The numbers
 * judged are those offered as customer service ("Kundtjänst", "Support"…); when none is
 * labelled so, every number shown is the company's line and is judged. Other costly numbers
 * (a competition line, a paid advice line) are reported, not judged.
 */
export const notPremiumRate = defineCheck({
  kind: 'notPremiumRate',
  description: 'The customer-service number costs no more than a basic-rate call (premium-rate or shared-cost; other numbers are reported, not judged).',
  deeperPages: 'pages-examined',
  optionsSchema: z.strictObject({
    /** Which costs fail the rule. @default ["premium-rate", "shared-cost"] */
    costs: z.array(costSchema).min(1).default(['premium-rate', 'shared-cost']),
    /** Shared-cost numbers can also exceed the basic rate; false drops "shared-cost" from `costs`. @default true */
    includeSharedCost: z.boolean().default(true),
  }),
  evaluate({ channels }, { costs, includeSharedCost }) {
    const failing = new Set<CallCost>(costs.filter((cost) => includeSharedCost || cost !== 'shared-cost'));
    const visible = channels.phone.items.filter((item) => isVisibleItem(item) && !item.whatsapp);
    if (visible.length === 0) return { status: 'not-applicable', data: { numbers: '', others: null, labelled: false } };
    const labelled = visible.filter(labelledCustomerService);
    const judged = labelled.length > 0 ? labelled : visible;
    const costly = (items: readonly PhoneItem[]) => items.filter((item) => failing.has(callCostOf(item)));
    const others = costly(visible.filter((item) => !judged.includes(item)));
    const data = {
      numbers: listed(costly(judged)),
      labelled: labelled.length > 0,
      others: others.length > 0 ? listed(others) : null,
    };
    return { status: data.numbers === '' ? 'pass' : 'fail', data };
  },
});
