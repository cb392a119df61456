import { z } from 'zod';
import { defineCheck } from '../check-definition.js';
import { channelOrHumanSchema } from './channel-option.js';

/** The channel is shown somewhere a person can see it, at any depth. */
export const present = defineCheck({
  kind: 'present',
  description: 'A channel is shown somewhere a person can see it.',
  optionsSchema: z.strictObject({ channel: channelOrHumanSchema }),
  evaluate(facts, { channel }) {
    const clicks = channel === 'human' ? facts.humanContactClicks : facts.channels[channel].clicks;
    const structuredDataOnly = channel === 'human' ? false : facts.channels[channel].structuredDataOnly;
    return { status: clicks !== null ? 'pass' : 'fail', data: { channel, clicks, structuredDataOnly } };
  },
});
