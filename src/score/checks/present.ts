import { z } from 'zod';
import type { Channels } from '../../model/audit-result.js';
import type { Signals } from '../../model/signals.js';
import { isVisibleItem } from '../../clicks/channel-minimum.js';
import { defineCheck } from '../check-definition.js';
import { channelOrHumanSchema } from './channel-option.js';

/**
 * Fewest clicks to a number a person can call. A WhatsApp link opens a chat app, not a call:
 * it is a way to reach a person, but "a telephone number is given" it is not.
 */
function callableClicks(channels: Channels): number | null {
  const callable = channels.phone.items.filter((item) => isVisibleItem(item) && !item.whatsapp);
  return callable.length === 0 ? null : Math.min(...callable.map((item) => item.clicks));
}

/** The nearest sign of selling at a distance, in words; null when none was seen, undefined when never looked for. */
function sellingSignOf(signals: Signals): string | null | undefined {
  if (signals.sellingSigns === undefined) return undefined;
  const sign = signals.sellingSigns[0];
  return sign ? `${sign.kind}: "${sign.evidence.slice(0, 80)}" (${sign.clicks})` : null;
}

/** The channel is shown somewhere a person can see it, at any depth. */
export const present = defineCheck({
  kind: 'present',
  description: 'A channel is shown somewhere a person can see it (for phone: a number to call, not only a WhatsApp link).',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    channel: channelOrHumanSchema,
    /**
     * The duty binds distance sales to consumers only (CRD art. 6(1)(c)): on a site with no
     * sign of selling (no cart, prices, terms of sale or product offers) a missing channel is
     * not applicable rather than a failure. @default false
     */
    distanceSellingOnly: z.boolean().default(false),
  }),
  evaluate(facts, { channel, distanceSellingOnly }) {
    const clicks = channel === 'human' ? facts.humanContactClicks
      : channel === 'phone' ? callableClicks(facts.channels) : facts.channels[channel].clicks;
    const structuredDataOnly = channel === 'human' ? false : facts.channels[channel].structuredDataOnly;
    const whatsappOnly = channel === 'phone' && clicks === null && facts.channels.phone.items.some((item) => isVisibleItem(item) && item.whatsapp);
    // A company that says it sells at a distance is judged even where no page shows it.
    const judgeAlways = !distanceSellingOnly || facts.lawScope['distance-selling'] === true;
    const sellingSign = judgeAlways ? undefined : sellingSignOf(facts.signals);
    const data = { channel, clicks, structuredDataOnly, whatsappOnly, sellingSign: sellingSign ?? null };
    if (clicks !== null) return { status: 'pass', data };
    return { status: sellingSign === null ? 'not-applicable' : 'fail', data };
  },
});
