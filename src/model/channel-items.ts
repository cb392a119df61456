import { z } from 'zod';
import { pathStepSchema } from './click-path.js';

/** The ways to contact a company that kontaktkoll looks for. */
export const channelNameSchema = z.enum(['phone', 'email', 'form', 'chat', 'address', 'hours']);
export type ChannelName = z.infer<typeof channelNameSchema>;
export const CHANNEL_NAMES = channelNameSchema.options;

/** Fields every found item carries: what, where, and the exact text that proves it. */
const itemBase = {
  /** Canonical value: E.164 for phones, the address for e-mail, one line for addresses… */
  value: z.string(),
  /** The value as the page shows it. */
  display: z.string(),
  pageUrl: z.string(),
  clicks: z.number().int().nonnegative(),
  /** How a person gets from the start URL to this item. */
  path: z.array(pathStepSchema),
  /** The exact page text (or link) the item was read from, shortened to at most 300 characters. */
  evidence: z.string(),
  /** Where in the page it was read: visible text, a link, structured data… */
  source: z.enum(['text', 'link', 'json-ld', 'image', 'form', 'script']),
};

/** libphonenumber-js number types, plus UNKNOWN when the type cannot be told. */
export const numberTypeSchema = z.enum([
  'FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST',
  'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL', 'UNKNOWN',
]);
export type NumberType = z.infer<typeof numberTypeSchema>;

export const phoneItemSchema = z.strictObject({
  ...itemBase,
  numberType: numberTypeSchema,
  /** Costs more than a normal call (CRD art. 21). */
  premiumRate: z.boolean(),
  /** The caller shares the cost (e.g. Swedish 0771-, Danish 70-numbers in some plans). */
  sharedCost: z.boolean(),
  /** ISO country of the number. */
  country: z.string(),
  /** Reached through WhatsApp (wa.me) rather than a call. */
  whatsapp: z.boolean(),
});
export type PhoneItem = z.infer<typeof phoneItemSchema>;

export const emailItemSchema = z.strictObject({
  ...itemBase,
  /** Written in an obfuscated form such as "namn [at] firma.se". */
  obfuscated: z.boolean(),
});
export type EmailItem = z.infer<typeof emailItemSchema>;

export const formItemSchema = z.strictObject({
  ...itemBase,
  /** Labels (or names) of the visible fields a customer fills in. */
  fields: z.array(z.string()),
  action: z.string(),
});
export type FormItem = z.infer<typeof formItemSchema>;

export const chatItemSchema = z.strictObject({
  ...itemBase,
  vendor: z.string(),
  /** true: staffed by people; false: bot only; null: cannot tell. */
  human: z.boolean().nullable(),
  /** What the vendor/human verdict rests on. */
  basis: z.string(),
});
export type ChatItem = z.infer<typeof chatItemSchema>;

export const addressItemSchema = z.strictObject({
  ...itemBase,
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
  /** ISO country code, or '' when unknown. */
  country: z.string(),
});
export type AddressItem = z.infer<typeof addressItemSchema>;

export const hoursItemSchema = z.strictObject({
  ...itemBase,
  /** The opening-hours text as stated on the page. */
  text: z.string(),
  /** Normalised weekly schedule in OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 08:00-17:00; Sa 10:00-14:00". */
  schedule: z.string(),
  /** Which channel the hours are said to apply to, when the page says so ("Telefon: mån–fre…"). */
  appliesTo: z.enum(['phone', 'chat', 'visit', 'general']),
});
export type HoursItem = z.infer<typeof hoursItemSchema>;

/** Every item an extractor returns for one page, per channel. */
export interface PageFindings {
  phone: PhoneItem[];
  email: EmailItem[];
  form: FormItem[];
  chat: ChatItem[];
  address: AddressItem[];
  hours: HoursItem[];
}

export type ChannelItem = PageFindings[ChannelName][number];
