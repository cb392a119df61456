import { z } from 'zod';
import { pathStepSchema } from './click-path.js';

/**
 * Site facts beyond the six contact channels that rule packs judge: business ids, trust
 * marks, complaint and cancellation routes, contact details shown only in images, and
 * whether every examined page carries a contact route in its navigation or footer. All of
 * it is stored in the result so a saved result can be re-judged without the site.
 */

/** Where a signal was seen, like a channel item: the page, its clicks and how to get there. */
const sightingBase = {
  pageUrl: z.string().describe('The page it was seen on.'),
  clicks: z.number().int().nonnegative().describe('Clicks from the start URL to where it was seen.'),
  path: z.array(pathStepSchema).describe('How a person gets there from the start URL, one step per click.'),
  evidence: z.string().describe('The exact page text (or image text) it was read from, at most 300 characters.'),
};

/** Business register ids with a published check-digit rule (PL KRS has none: its form is checked). ES NIF covers the DNI, NIE and legal-entity NIF (CIF). */
export const orgNumberKindSchema = z.enum(['se-orgnr', 'dk-cvr', 'pl-nip', 'pl-krs', 'fi-ytunnus', 'es-nif']);
export type OrgNumberKind = z.infer<typeof orgNumberKindSchema>;
export const ORG_NUMBER_KINDS = orgNumberKindSchema.options;

export const orgNumberSchema = z.strictObject({
  ...sightingBase,
  kind: orgNumberKindSchema.describe('Which register: se-orgnr (Swedish organisationsnummer), dk-cvr, pl-nip, pl-krs, fi-ytunnus or es-nif (Spanish NIF, NIE or CIF).'),
  value: z.string().describe('The id in its usual form: "556677-8899", "32100015", "1234563218", "0000123456", "1572860-0", "B12345674".'),
  valid: z.boolean().describe('The check digit (for KRS, the form) is right; false is a typo or not an id at all.'),
});
export type OrgNumber = z.infer<typeof orgNumberSchema>;

export const trustMarkSchema = z.strictObject({
  ...sightingBase,
  mark: z.string().describe('The mark\'s id (kebab-case), e.g. "trygg-kundkontakt", "trygg-e-handel".'),
  name: z.string().describe('The mark\'s name as commonly written.'),
  source: z.enum(['text', 'link', 'image']).describe('Where it was seen: text, a link, or an image.'),
});
export type TrustMark = z.infer<typeof trustMarkSchema>;

/** The nearest place a person finds a route (complaints, cancellation): a link to follow or a heading to read. */
export const routeSchema = z.strictObject({
  clicks: z.number().int().nonnegative().describe('Clicks to reach the route\'s content: a link costs one more click than the page it is on, a heading none.'),
  pageUrl: z.string().describe('The page the link or heading is on.'),
  path: z.array(pathStepSchema).describe('How a person gets to that page from the start URL, one step per click.'),
  via: z.enum(['link', 'heading']).describe('link: a link to follow; heading: a heading to read on the page.'),
  label: z.string().describe('The link text or heading as shown.'),
  url: z.string().describe('The link target; for a heading, the page itself.'),
});
export type Route = z.infer<typeof routeSchema>;

export const imageContactKindSchema = z.enum(['phone', 'email', 'hours', 'address']);
export type ImageContactKind = z.infer<typeof imageContactKindSchema>;

/** Contact details seen in an image (its alt text, title or file name): invisible to copy, search and many users. */
export const imageContactSchema = z.strictObject({
  ...sightingBase,
  kind: imageContactKindSchema.describe('What the image shows: phone, email, hours or address.'),
  value: z.string().describe('E.164 for a phone, the address for an e-mail, otherwise the text the image was recognised by.'),
  src: z.string().describe('The image\'s URL.'),
});
export type ImageContact = z.infer<typeof imageContactSchema>;

/**
 * A sign that the site sells to consumers at a distance: a cart or checkout, a price, terms of
 * sale or a right of withdrawal, product offers in structured data. Duties that bind distance
 * contracts only (the telephone number of CRD art. 6(1)(c)) apply where one is seen.
 */
export const sellingSignKindSchema = z.enum(['cart', 'price', 'terms', 'product-data']);
export type SellingSignKind = z.infer<typeof sellingSignKindSchema>;

export const sellingSignSchema = z.strictObject({
  ...sightingBase,
  kind: sellingSignKindSchema.describe('cart (a cart or checkout), price, terms (terms of sale or a right of withdrawal) or product-data (product offers in structured data).'),
});
export type SellingSign = z.infer<typeof sellingSignSchema>;

export const contactLinkCoverageSchema = z.strictObject({
  pagesChecked: z.number().int().nonnegative().describe('Pages examined, each URL once.'),
  pagesWithRoute: z.number().int().nonnegative().describe('Of those, pages with a contact route in the header, navigation or footer.'),
  pagesWithout: z.array(z.strictObject({
    url: z.string().describe('The page.'),
    clicks: z.number().int().nonnegative().describe('Clicks from the start URL to it.'),
  })).describe('Some pages without one (at most 20), nearest first.'),
});
export type ContactLinkCoverage = z.infer<typeof contactLinkCoverageSchema>;

export const signalsSchema = z.strictObject({
  orgNumbers: z.array(orgNumberSchema).describe('Business register ids seen on the site (organisationsnummer, CVR, NIP, KRS, Y-tunnus, NIF).'),
  trustMarks: z.array(trustMarkSchema).describe('Trust marks shown, such as Trygg Kundkontakt or Trygg e-handel.'),
  complaintRoute: routeSchema.nullable().describe('The nearest way to make a complaint; null when none was found.'),
  cancellationRoute: routeSchema.nullable().describe('The nearest way to cancel a contract or subscription; null when none was found.'),
  imageContacts: z.array(imageContactSchema).describe('Contact details shown only in an image, which cannot be copied or searched and many people cannot read.'),
  contactLinkCoverage: contactLinkCoverageSchema.describe('How many examined pages carry a contact route in their header, navigation or footer.'),
  sellingSigns: z.array(sellingSignSchema).optional()
    .describe('Signs that the site sells to consumers at a distance, the nearest of each kind; absent in results saved before they were looked for (then: unknown).'),
});
export type Signals = z.infer<typeof signalsSchema>;

export function emptySignals(): Signals {
  return {
    orgNumbers: [], trustMarks: [], complaintRoute: null, cancellationRoute: null, imageContacts: [],
    contactLinkCoverage: { pagesChecked: 0, pagesWithRoute: 0, pagesWithout: [] }, sellingSigns: [],
  };
}
