import { z } from 'zod';
import { defineCheck } from '../check-definition.js';

/** A form field that takes the customer's e-mail, so the answer (and a copy) can come in writing. */
const EMAIL_FIELD = /e-?post|e-?mail|mail|sähköposti|correo|adres\s+e-?mail/i;

/**
 * The customer can keep a written record of the contact (Konsumentverket's third problem
 * area; CRD art. 6(1)(c) as amended): an e-mail address, or a form that asks for the
 * customer's e-mail so the reply arrives in writing.
 */
export const writtenChannelKeepsRecord = defineCheck({
  kind: 'writtenChannelKeepsRecord',
  description: 'A written channel the customer keeps a record of: an e-mail address, or a form that replies by e-mail.',
  deeperPages: 'keeps-pass',
  optionsSchema: z.strictObject({
    /** Most clicks from the start page; null: anywhere. @default null */
    maxClicks: z.number().int().nonnegative().nullable().default(null),
  }),
  evaluate({ channels }, { maxClicks }) {
    const near = (clicks: number) => maxClicks === null || clicks <= maxClicks;
    const emails = channels.email.items.filter((item) => item.source !== 'json-ld' && near(item.clicks));
    const forms = channels.form.items.filter((item) => item.source !== 'json-ld' && near(item.clicks) && item.fields.some((field) => EMAIL_FIELD.test(field)));
    const means = [emails.length > 0 ? 'email' : null, forms.length > 0 ? 'form' : null].filter(Boolean).join(', ');
    const clicks = [...emails, ...forms].reduce<number | null>((min, item) => (min === null || item.clicks < min ? item.clicks : min), null);
    return { status: means ? 'pass' : 'fail', data: { means: means || null, clicks, maxClicks } };
  },
  clicksBound: ({ maxClicks }) => maxClicks,
});
