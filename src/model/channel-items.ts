import { z } from 'zod';
import { pathStepSchema } from './click-path.js';

/** The ways to contact a company that kontaktkoll looks for. */
export const channelNameSchema = z.enum(['phone', 'email', 'form', 'chat', 'address', 'hours']);
export type ChannelName = z.infer<typeof channelNameSchema>;
export const CHANNEL_NAMES = channelNameSchema.options;

/** Fields every found item carries: what, where, and the exact text that proves it. */
const itemBase = {
  value: z.string().describe('The canonical value: E.164 for a phone (a national short number such as 118 118 as its digits), the address for an e-mail, one line for a postal address.'),
  display: z.string().describe('The value as the page shows it.'),
  pageUrl: z.string().describe('The page the item was found on.'),
  clicks: z.number().int().nonnegative().describe('Clicks from the start URL to this item; 0 is visible on arrival.'),
  path: z.array(pathStepSchema).describe('How a person gets from the start URL to this item, one step per click; the first step is always start.'),
  evidence: z.string().describe('The exact page text (or link) the item was read from, at most 300 characters.'),
  source: z.enum(['text', 'link', 'json-ld', 'image', 'form', 'script'])
    .describe('Where in the page it was read: text (visible text), link (a tel: or mailto: link), json-ld (structured data, which a person does not see), image (alt text, title or file name), form (a form\'s fields) or script (a chat product\'s script).'),
};

/** libphonenumber-js number types, plus UNKNOWN when the type cannot be told. */
export const numberTypeSchema = z.enum([
  'FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST',
  'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL', 'UNKNOWN',
]);
export type NumberType = z.infer<typeof numberTypeSchema>;

export const phoneItemSchema = z.strictObject({
  ...itemBase,
  numberType: numberTypeSchema.describe('The kind of number as libphonenumber-js tells it: FIXED_LINE, MOBILE, TOLL_FREE, PREMIUM_RATE, SHARED_COST…; UNKNOWN when it cannot be told.'),
  premiumRate: z.boolean().describe('Costs more than a normal call (Consumer Rights Directive art. 21).'),
  sharedCost: z.boolean().describe('The caller shares the cost (e.g. Swedish 0771 and, in some plans, Danish 70 numbers).'),
  country: z.string().describe('ISO 3166-1 alpha-2 country of the number, e.g. SE.'),
  whatsapp: z.boolean().describe('Reached through WhatsApp (wa.me) rather than a call.'),
});
export type PhoneItem = z.infer<typeof phoneItemSchema>;

export const emailItemSchema = z.strictObject({
  ...itemBase,
  obfuscated: z.boolean().describe('Written in a disguised form such as "namn [at] firma.se".'),
});
export type EmailItem = z.infer<typeof emailItemSchema>;

export const formItemSchema = z.strictObject({
  ...itemBase,
  fields: z.array(z.string()).describe('Labels (or names) of the visible fields a customer fills in.'),
  action: z.string().describe('Where the form sends what is filled in (its action URL, as the page gives it).'),
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
  text: z.string().describe('The matched words, as the page wrote them.'),
  clicks: z.number().int().nonnegative().describe('Fewest clicks from the start URL at which a person could read them.'),
  pageUrl: z.string().describe('The page they were read on.'),
});

export const chatItemSchema = z.strictObject({
  ...itemBase,
  vendor: z.string().describe('The chat product, as kontaktkoll knows it by name; "unknown" when the chat was recognised by its launcher alone.'),
  staffing: staffingSchema.describe('Who answers: human (people), bot-only (a bot that never hands over), bot-with-handover (a bot that hands over to people) or unknown.'),
  // It can exceed `clicks`: a launcher at 0 clicks whose hand-over button shows only once opened is a human contact at 1 click.
  humanClicks: z.number().int().nonnegative().nullable()
    .describe('Fewest clicks at which a person is known to answer (or take over) this chat; null when that is never shown. Can be more than clicks, when the hand-over shows only once the chat is opened.'),
  human: z.boolean().nullable().describe('Derived from staffing for older readers: true for human and bot-with-handover, false for bot-only, null for unknown.'),
  basis: z.string().describe('What the staffing verdict rests on, in words.'),
  staffingCues: z.strictObject({
    vendorKind: vendorKindSchema.describe('What the chat product is built for: human (live agents), bot (a bot only), hybrid (a bot first, hand-over possible) or unknown.'),
    vendorBasis: z.string().describe('Why the product is of that kind.'),
    bot: staffingCueSchema.nullable().describe('Where the page calls the chat a bot ("virtuell assistent", "chatbot"); null when no page does.'),
    handover: staffingCueSchema.nullable().describe('Where the page offers a person in the chat ("prata med en handläggare", "talk to an agent"); null when no page does.'),
  }).describe('The evidence behind staffing, gathered over every view of every page the chat was seen on.'),
});
export type ChatItem = z.infer<typeof chatItemSchema>;

export const addressItemSchema = z.strictObject({
  ...itemBase,
  street: z.string().describe('Street and number, as written.'),
  postcode: z.string().describe('Postcode, as written.'),
  city: z.string().describe('City or town.'),
  country: z.string().describe('ISO 3166-1 alpha-2 country code, e.g. SE; "" when unknown.'),
});
export type AddressItem = z.infer<typeof addressItemSchema>;

export const hoursItemSchema = z.strictObject({
  ...itemBase,
  text: z.string().describe('The opening-hours text as stated on the page.'),
  schedule: z.string().describe('The weekly schedule in OpenStreetMap opening_hours syntax, e.g. "Mo-Fr 08:00-17:00; Sa 10:00-14:00".'),
  appliesTo: z.enum(['phone', 'chat', 'visit', 'general'])
    .describe('What the hours are said to apply to: phone, chat, visit (a place to visit), or general when the page does not say ("Telefon: mån–fre…" is phone).'),
  days: z.literal('unknown').optional()
    .describe('"unknown" when the page gives times but no days ("Kundtjänst 8–17"): schedule then holds the times in OpenStreetMap\'s unknown state, 08:00-17:00 unknown "days not stated", never as every day. Absent when the days are stated.'),
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
