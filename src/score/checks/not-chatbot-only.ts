import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/**
 * A chatbot is never the only way through: where a bot-only chat is offered, a human channel
 * (phone, e-mail, a staffed chat or a bot that hands over to people) exists too, optionally within a number of clicks
 * (DSA art. 12; Spain's customer-service law). Automation itself is not a finding.
 */
export const notChatbotOnly = defineCheck({
  kind: 'notChatbotOnly',
  description: 'Where a bot-only chat is offered, a human channel (phone, e-mail, a staffed chat or a bot that hands over to people) is offered too.',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    /** Most clicks to the human alternative; null: anywhere on the site. @default null */
    within: z.number().int().nonnegative().nullable().default(null),
  }),
  evaluate({ channels, humanContactClicks }, { within }) {
    const chats = channels.chat.items.filter((item) => item.source !== 'json-ld');
    const bots = [...new Set(chats.filter((item) => item.staffing === 'bot-only').map((item) => item.vendor))].join(', ');
    const data = { bots: bots || null, humanClicks: humanContactClicks, within };
    // A bot that hands over to people is not "only a bot"; an unknown chat proves nothing either way.
    if (chats.some((item) => item.staffing === 'human' || item.staffing === 'bot-with-handover')) return { status: 'pass', data };
    if (!bots) return { status: 'not-applicable', data };
    const reachable = humanContactClicks !== null && (within === null || humanContactClicks <= within);
    return { status: reachable ? 'pass' : 'fail', data };
  },
  clicksBound: ({ within }) => within,
});
