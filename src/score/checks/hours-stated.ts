import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/** Opening hours are shown, optionally for one channel ("phone hours"). */
export const hoursStated = defineCheck({
  kind: 'hoursStated',
  description: 'Opening hours are shown where a person can see them, optionally for a given channel.',
  optionsSchema: z.strictObject({
    /** Only hours said to apply to this channel (or general hours) count. @default "any" */
    appliesTo: z.enum(['any', 'phone', 'chat', 'visit']).default('any'),
  }),
  evaluate({ channels }, { appliesTo }) {
    const matching = channels.hours.items.filter((item) =>
      item.source !== 'json-ld' && (appliesTo === 'any' || item.appliesTo === appliesTo || item.appliesTo === 'general'));
    const best = matching.reduce<number | null>((min, item) => (min === null || item.clicks < min ? item.clicks : min), null);
    const schedule = matching[0]?.schedule ?? null;
    return { status: matching.length > 0 ? 'pass' : 'fail', data: { appliesTo, clicks: best, schedule } };
  },
});
