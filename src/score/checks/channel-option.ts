import { z } from 'zod';
import { channelNameSchema } from '../../model/channel-items.js';

/** A channel name, or `human`: the nearest of phone, e-mail and human-staffed chat. */
export const channelOrHumanSchema = z.union([channelNameSchema, z.literal('human')]);
export type ChannelOrHuman = z.infer<typeof channelOrHumanSchema>;
