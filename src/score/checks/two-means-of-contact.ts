import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/**
 * E-mail plus at least one other rapid, direct means (CJEU C-298/07): a phone, a contact
 * form or a chat that is not bot-only. A form alone, or e-mail alone, is not enough.
 */
export const twoMeansOfContact = defineCheck({
  kind: 'twoMeansOfContact',
  description: 'E-mail and at least one other direct means of contact (phone, form or a chat with people).',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({}),
  evaluate({ channels }) {
    const hasEmail = channels.email.found;
    const others = [
      channels.phone.found ? 'phone' : null,
      channels.form.found ? 'form' : null,
      channels.chat.items.some((chat) => chat.staffing !== 'bot-only' && chat.source !== 'json-ld') ? 'chat' : null,
    ].filter((means): means is string => means !== null);
    const means = [...(hasEmail ? ['email'] : []), ...others].join(', ');
    return { status: hasEmail && others.length > 0 ? 'pass' : 'fail', data: { means: means || '–' } };
  },
});
