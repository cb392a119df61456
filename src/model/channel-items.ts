import { z } from 'zod';
import { pathStepSchema } from './click-path.js';

/** The ways to contact a company that kontaktkoll looks for. */
export const channelNameSchema = z.enum(['phone', 'email', 'form', 'chat', 'address', 'hours']);
export type ChannelName = z.infer<typeof channelNameSchema>;
export const CHANNEL_NAMES = channelNameSchema.options;

/** Fields every found item carries: what, where, and the exact text that proves it. */
const itemBase = {
  /** Canonical value: E.164 for phones (a national short number such as 118 118 as its digits), the address for e-mail, one line for addresses… */
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

/**
 * Who answers a chat: people (`human`), a bot that never hands over (`bot-only`), a bot that
 * hands over to people (`bot-with-handover`), or cannot tell (`unknown`).
 */
export const staffingSchema = z.enum(['human', 'bot-only', 'bot-with-handover', 'unknown']);
export type Staffing = z.infer<typeof staffingSchema>;

/**
 * What a chat product is built for: `human` live agents by design (a bot, if any, is an
 * add-on); `bot` a bot-only platform; `hybrid` bot-first with hand-over possible; `unknown`.
 */
export const vendorKindSchema = z.enum(['human', 'bot', 'hybrid', 'unknown']);

/** Visible words about who answers, and the fewest clicks at which a person could read them. */
const staffingCueSchema = z.strictObject({
  /** The matched words, as the page wrote them. */
  text: z.string(),
  clicks: z.number().int().nonnegative(),
  pageUrl: z.string(),
});

export const chatItemSchema = z.strictObject({
  ...itemBase,
  vendor: z.string(),
  staffing: staffingSchema,
  /**
   * Fewest clicks at which a person is known to answer (or take over) this chat; null when
   * that is never shown. It can exceed `clicks`: a launcher at 0 clicks whose hand-over button
   * shows only once opened is a human contact at 1 click.
   */
  humanClicks: z.number().int().nonnegative().nullable(),
  /** Derived from `staffing` for older readers: true for human and bot-with-handover, false for bot-only, null for unknown. */
  human: z.boolean().nullable(),
  /** What the staffing verdict rests on, in words. */
  basis: z.string(),
  /** The evidence behind `staffing`, gathered over every view of the page and every page the chat was seen on. */
  staffingCues: z.strictObject({
    vendorKind: vendorKindSchema,
    /** Why the vendor is of that kind. */
    vendorBasis: z.string(),
    /** The page calls the chat a bot ("virtuell assistent", "chatbot"). */
    bot: staffingCueSchema.nullable(),
    /** The page offers a person in the chat ("prata med en handläggare", "talk to an agent"). */
    handover: staffingCueSchema.nullable(),
  }),
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
  /**
   * "unknown" when the page gives times but no days ("Kundtjänst 8–17"): `schedule` then holds
   * the times in OSM's unknown state, `08:00-17:00 unknown "days not stated"`, never as every
   * day. Absent when the days are stated.
   */
  days: z.literal('unknown').optional(),
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
