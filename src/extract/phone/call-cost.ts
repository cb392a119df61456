import type { PhoneItem } from '../../model/channel-items.js';

/**
 * What a call costs a consumer, as far as the number tells: `premium-rate` and `shared-cost`
 * by the numbering plan; `may-cost-more` for ranges whose price the operator or company sets
 * and which can exceed a normal call; `basic` otherwise.
 *
 * Finnish service and corporate numbers (0100/0200/0300, 010/020/029: libphonenumber types
 * them UAN) are billed at a tariff of their own, often above a normal call, and the Finnish
 * consumer authority holds that customer service about a contract must not cost more. Read
 * from country and type, so a result saved before this rule scores the same way.
 */
export type CallCost = 'basic' | 'may-cost-more' | 'shared-cost' | 'premium-rate';

export function callCostOf(item: Pick<PhoneItem, 'premiumRate' | 'sharedCost' | 'country' | 'numberType'>): CallCost {
  if (item.premiumRate) return 'premium-rate';
  if (item.sharedCost) return 'shared-cost';
  if (item.country === 'FI' && item.numberType === 'UAN') return 'may-cost-more';
  return 'basic';
}
