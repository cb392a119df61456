import { z } from 'zod';
import { defineCheck } from '../check-definition.js';
import { channelOrHumanSchema } from './channel-option.js';

/** The channel (or a human) can be reached within `max` clicks from the start page. */
export const maxClicks = defineCheck({
  kind: 'maxClicks',
  description: 'A channel, or a human, is reachable within a number of clicks from the start page.',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    channel: channelOrHumanSchema,
    max: z.number().int().nonnegative(),
  }),
  evaluate(facts, { channel, max }) {
    const clicks = channel === 'human' ? facts.humanContactClicks : facts.channels[channel].clicks;
    const data = { channel, max, clicks };
    return { status: clicks !== null && clicks <= max ? 'pass' : 'fail', data };
  },
  clicksBound: ({ max }) => max,
});
