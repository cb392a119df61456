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
  pageUrl: z.string(),
  clicks: z.number().int().nonnegative(),
  path: z.array(pathStepSchema),
  /** The exact page text (or image text) it was read from, at most 300 characters. */
  evidence: z.string(),
};

/** Business register ids with a published check-digit rule (PL KRS has none: its form is checked). ES NIF covers the DNI, NIE and legal-entity NIF (CIF). */
export const orgNumberKindSchema = z.enum(['se-orgnr', 'dk-cvr', 'pl-nip', 'pl-krs', 'fi-ytunnus', 'es-nif']);
export type OrgNumberKind = z.infer<typeof orgNumberKindSchema>;
export const ORG_NUMBER_KINDS = orgNumberKindSchema.options;

export const orgNumberSchema = z.strictObject({
  ...sightingBase,
  kind: orgNumberKindSchema,
  /** Canonical form: "556677-8899", "32100015", "1234563218", "0000123456", "1572860-0", "B12345674". */
  value: z.string(),
  /** The check digit (or, for KRS, the form) is right; a wrong one is a typo or not an id at all. */
  valid: z.boolean(),
});
export type OrgNumber = z.infer<typeof orgNumberSchema>;

export const trustMarkSchema = z.strictObject({
  ...sightingBase,
  /** kebab-case id of the mark, e.g. "trygg-kundkontakt", "trygg-e-handel". */
  mark: z.string(),
  /** The mark's name as commonly written. */
  name: z.string(),
  source: z.enum(['text', 'link', 'image']),
});
export type TrustMark = z.infer<typeof trustMarkSchema>;

/** The nearest place a person finds a route (complaints, cancellation): a link to follow or a heading to read. */
export const routeSchema = z.strictObject({
  /** Clicks to reach the route's content: a link costs one more click than the page it is on; a heading none. */
  clicks: z.number().int().nonnegative(),
  /** The page the link or heading is on. */
  pageUrl: z.string(),
  path: z.array(pathStepSchema),
  via: z.enum(['link', 'heading']),
  /** The link text or heading as shown. */
  label: z.string(),
  /** The link target; for a heading, the page itself. */
  url: z.string(),
});
export type Route = z.infer<typeof routeSchema>;

export const imageContactKindSchema = z.enum(['phone', 'email', 'hours', 'address']);
export type ImageContactKind = z.infer<typeof imageContactKindSchema>;

/** Contact details seen in an image (its alt text, title or file name): invisible to copy, search and many users. */
export const imageContactSchema = z.strictObject({
  ...sightingBase,
  kind: imageContactKindSchema,
  /** E.164 for a phone, the address for an e-mail, otherwise the text the image was recognised by. */
  value: z.string(),
  src: z.string(),
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
  kind: sellingSignKindSchema,
});
export type SellingSign = z.infer<typeof sellingSignSchema>;

export const contactLinkCoverageSchema = z.strictObject({
  /** Pages examined (each URL once). */
  pagesChecked: z.number().int().nonnegative(),
  /** Of those, pages with a contact route in the header, navigation or footer. */
  pagesWithRoute: z.number().int().nonnegative(),
  /** Some pages without one (at most 20), nearest first. */
  pagesWithout: z.array(z.strictObject({ url: z.string(), clicks: z.number().int().nonnegative() })),
});
export type ContactLinkCoverage = z.infer<typeof contactLinkCoverageSchema>;

export const signalsSchema = z.strictObject({
  orgNumbers: z.array(orgNumberSchema),
  trustMarks: z.array(trustMarkSchema),
  complaintRoute: routeSchema.nullable(),
  cancellationRoute: routeSchema.nullable(),
  imageContacts: z.array(imageContactSchema),
  contactLinkCoverage: contactLinkCoverageSchema,
  /** The nearest sign of each kind; absent in results saved before it was looked for (then: unknown). */
  sellingSigns: z.array(sellingSignSchema).optional(),
});
export type Signals = z.infer<typeof signalsSchema>;

export function emptySignals(): Signals {
  return {
    orgNumbers: [], trustMarks: [], complaintRoute: null, cancellationRoute: null, imageContacts: [],
    contactLinkCoverage: { pagesChecked: 0, pagesWithRoute: 0, pagesWithout: [] }, sellingSigns: [],
  };
}
