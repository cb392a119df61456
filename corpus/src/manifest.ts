import { z } from 'zod';
import { channelNameSchema } from '../../src/model/channel-items.js';

/**
 * One real business site of the corpus and the truth about it, as a person established it by
 * reading the site's files and clicking through it in a browser — never by running kontaktkoll.
 * The site itself is not in this repository: `repo` at `commit`, folder `folder`, is served.
 */
const truthChannelSchema = z.strictObject({
  /** A person can see it, within the site's own pages, at default settings (desktop). */
  found: z.boolean(),
  /** Fewest clicks from the start page (0 = visible there, scrolling free). Required when found. */
  clicks: z.number().int().nonnegative().optional(),
  /**
   * Values a correct audit must report. phone: E.164 ("+4732235100"); email: the address in
   * lower case; address: the postcode, or the street and number when the site gives no postcode;
   * hours: left empty (the schedule is checked by the unit tests). Not every value on the site
   * need be listed: each listed one is a check.
   */
  values: z.array(z.string()).default([]),
  /** One line: where a person sees it (page, part of the page, what must be clicked). */
  where: z.string().min(3),
}).refine((channel) => !channel.found || channel.clicks !== undefined, { message: 'a found channel needs clicks' });

/** A digit run that looks like a phone number but is not one: it must never be reported as a phone. */
const trapSchema = z.strictObject({
  /** As written on the page. */
  text: z.string().min(3),
  kind: z.enum(['org-number', 'vat', 'iban', 'bank-account', 'date', 'price', 'postcode', 'sku', 'business-id', 'other']),
  where: z.string().min(3),
});

export const siteKindSchema = z.enum(['static', 'wordpress-export', 'httrack', 'framework-build', 'script-drawn', 'cms-export']);

export const corpusSiteSchema = z.strictObject({
  /** File name without `.yaml`: lower-case words and digits joined by '-'. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** What the business is, in a few words. */
  business: z.string(),
  /** GitHub owner/name the site comes from. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  /** The folder of the repository served as the web root ('' or '.' for the root). */
  folder: z.string().default(''),
  /**
   * The path the site was built to live under ("/shop/" for a site built for example.github.io/shop/):
   * it is served there, so its own links work. Default: the web root.
   */
  mountAt: z.string().regex(/^\/(?:[\w.-]+\/)+$/).optional(),
  /** The path the audit starts from, on the served site (under `mountAt` when the site has one). */
  start: z.string().startsWith('/').default('/'),
  /**
   * The site's own absolute origins ("https://www.firma.no"): links to them are made
   * root-relative when the site is materialized, as a mirror tool would, so they stay on 127.0.0.1.
   */
  origins: z.array(z.string().url()).default([]),
  /** Serve "/about" from about.html when no such folder exists, as GitHub Pages and most hosts do. */
  cleanUrls: z.boolean().default(true),
  /** Serve index.html for any path that is not a file: a single-page app routed in the browser. */
  spaFallback: z.boolean().default(false),
  /** The country whose business this is (ISO 3166-1 alpha-2). */
  country: z.string().regex(/^[A-Z]{2}$/),
  language: z.string().regex(/^[a-z]{2}$/),
  kind: siteKindSchema,
  /** Patterns the site shows: scroll-reveal, cookie-dialog, accordion, hamburger, no-lang, generic-domain… */
  features: z.array(z.string()).default([]),
  channels: z.strictObject(Object.fromEntries(channelNameSchema.options.map((name) => [name, truthChannelSchema])) as
    Record<z.infer<typeof channelNameSchema>, typeof truthChannelSchema>),
  traps: z.array(trapSchema).default([]),
  /** Anything a reader of the truth should know (what was checked, what is ambiguous). */
  notes: z.string().optional(),
});
export type CorpusSite = z.infer<typeof corpusSiteSchema>;
