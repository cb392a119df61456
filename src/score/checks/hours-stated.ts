import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/**
 * Opening hours are shown, optionally for one channel ("phone hours"). Times without days
 * ("Kundtjänst 8–17") are hours stated; whether they cover the days is `hoursCoverage`'s question.
 */
export const hoursStated = defineCheck({
  kind: 'hoursStated',
  description: 'Opening hours are shown where a person can see them, optionally for a given channel.',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    /** Only hours said to apply to this channel (or general hours) count. @default "any" */
    appliesTo: z.enum(['any', 'phone', 'chat', 'visit']).default('any'),
  }),
  evaluate({ channels }, { appliesTo }) {
    const matching = channels.hours.items.filter((item) =>
      item.source !== 'json-ld' && (appliesTo === 'any' || item.appliesTo === appliesTo || item.appliesTo === 'general'));
    const best = matching.reduce<number | null>((min, item) => (min === null || item.clicks < min ? item.clicks : min), null);
    // Hours with days say more than times alone ("Kundtjänst 8–17"): show those when there are any.
    const shown = matching.find((item) => item.days !== 'unknown') ?? matching[0];
    return {
      status: matching.length > 0 ? 'pass' : 'fail',
      data: { appliesTo, clicks: best, schedule: shown?.schedule ?? null, daysStated: shown ? shown.days !== 'unknown' : null },
    };
  },
});
