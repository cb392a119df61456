import { z } from 'zod';
import { pathStepSchema } from './click-path.js';

/**
 * A page as a person saw it after some clicks: the artifact the crawl produces and every
 * extractor reads. Plain JSON, so it can be saved and re-extracted without a browser.
 * Only rendered, visible content is listed (see DESIGN: "Content counts only if a person
 * could see it").
 */

/** Where on the page something sits; the global navigation and footer matter for rules. */
export const pageRegionSchema = z.enum(['header', 'nav', 'main', 'aside', 'footer', 'dialog', 'other']);
export type PageRegion = z.infer<typeof pageRegionSchema>;

/**
 * One visible text block: the text of one block-level element (paragraph, list item, table
 * row, heading…). Blocks are never glued together, so "…45 67" and "Öppettider" in adjacent
 * blocks stay apart. Inside a block, `<br>` becomes "\n" and table cells are joined by " | ".
 */
export const textBlockSchema = z.strictObject({
  text: z.string(),
  tag: z.string(),
  region: pageRegionSchema,
});
export type TextBlock = z.infer<typeof textBlockSchema>;

export const pageLinkSchema = z.strictObject({
  /** Absolute URL (resolved against the page), including `tel:` and `mailto:` links. */
  href: z.string(),
  /** Visible text, or aria-label / title / image alt when the link has no text. */
  text: z.string(),
  region: pageRegionSchema,
});
export type PageLink = z.infer<typeof pageLinkSchema>;

export const formFieldSchema = z.strictObject({
  tag: z.enum(['input', 'textarea', 'select', 'button']),
  type: z.string(),
  name: z.string(),
  label: z.string(),
  placeholder: z.string(),
  autocomplete: z.string(),
  required: z.boolean(),
});
export type FormField = z.infer<typeof formFieldSchema>;

export const pageFormSchema = z.strictObject({
  action: z.string(),
  method: z.string(),
  /** Visible fields, in document order (hidden inputs excluded). */
  fields: z.array(formFieldSchema),
  /** Text of the submit control(s). */
  submitText: z.string(),
  /** The nearest heading or legend before the form, then the form's aria-label/name/id/class words, joined by " | ". */
  context: z.string(),
  region: pageRegionSchema,
});
export type PageForm = z.infer<typeof pageFormSchema>;

export const pageImageSchema = z.strictObject({
  src: z.string(),
  alt: z.string(),
  title: z.string(),
  /** Its width and height attributes are both small (`READING_LIMITS.iconPx`): an icon, too small to hold a written contact detail. */
  icon: z.literal(true).optional(),
});
export type PageImage = z.infer<typeof pageImageSchema>;

export const pageButtonSchema = z.strictObject({
  text: z.string(),
  region: pageRegionSchema,
});
export type PageButton = z.infer<typeof pageButtonSchema>;

export const pageSnapshotSchema = z.strictObject({
  /** Final URL of the page after redirects. */
  url: z.string(),
  status: z.number().int(),
  title: z.string(),
  /** `<html lang>`, lower-cased, or '' when absent. */
  lang: z.string(),
  /** Clicks from the start URL to this view of the page. */
  clicks: z.number().int().nonnegative(),
  /** How the page was reached; the first step is always `start`. */
  path: z.array(pathStepSchema),
  blocks: z.array(textBlockSchema),
  links: z.array(pageLinkSchema),
  buttons: z.array(pageButtonSchema),
  forms: z.array(pageFormSchema),
  images: z.array(pageImageSchema),
  /** Text drawn in visible inline `<svg>` (`<text>` elements): seen as an image, not as text. */
  svgTexts: z.array(z.string()).optional(),
  /** Raw contents of `<script type="application/ld+json">`. */
  jsonLd: z.array(z.string()),
  /** Absolute `src` of every `<script>` and `<iframe>` on the page (visible or not: widgets load hidden). */
  scriptSrcs: z.array(z.string()),
  iframeSrcs: z.array(z.string()),
  /** Which of the probed global names (chat vendors' JS objects) exist on `window`. */
  globals: z.array(z.string()),
  /** Which of the probed CSS selectors (chat vendors' DOM) match something in the page. */
  selectors: z.array(z.string()),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

/** What the crawl asks each page for, beyond the fixed fields: names drawn from the chat vendor table. */
export interface SnapshotProbes {
  globals: readonly string[];
  selectors: readonly string[];
}
