import { z } from 'zod';
import { crawledPageSchema, deviceSchema } from '../model/audit-result.js';
import { canonicalJson } from './canonical-json.js';
import { sha256 } from './sha256.js';

/**
 * `manifest.json` of an evidence bundle (`audit --evidence`): what every file is, and one hash
 * over the whole, so `kontaktkoll verify` can tell a bundle from a changed one.
 */
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_VERSION = 1;
export const MANIFEST_HASH_DEFINITION
  = 'SHA-256 (hex) of the UTF-8 bytes of the canonical JSON (object keys sorted, no whitespace) of this manifest without its manifestSha256 member';

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const bundleFileSchema = z.strictObject({
  /** Relative to the bundle folder, with `/` separators. */
  path: z.string(),
  sha256: sha256Schema,
  bytes: z.number().int().nonnegative(),
});
export type BundleFile = z.infer<typeof bundleFileSchema>;

/** A document kept for a page; `truncatedFrom` and `originalSha256` say it was cut at the size bound. */
export const savedDocumentSchema = z.strictObject({
  path: z.string(),
  sha256: sha256Schema,
  bytes: z.number().int().nonnegative(),
  truncatedFrom: z.number().int().nonnegative().optional(),
  originalSha256: sha256Schema.optional(),
});
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

export const evidencePageSchema = crawledPageSchema.extend({
  device: deviceSchema,
  /** The HTML as received (HTTP body, or the browser's response body); null when none could be kept. */
  html: savedDocumentSchema.nullable(),
  /** The DOM as rendered when the page was read; null when the page was read over HTTP. */
  dom: savedDocumentSchema.nullable(),
});
export type EvidencePage = z.infer<typeof evidencePageSchema>;

export const evidenceScreenshotSchema = z.strictObject({
  path: z.string(),
  /** The page shown. */
  url: z.string(),
  /** What it shows: a channel's nearest finding or a barrier. */
  shows: z.string(),
  /** When the file was written (UTC). */
  takenAt: z.string(),
  sha256: sha256Schema,
  bytes: z.number().int().nonnegative(),
});

export const manifestSchema = z.strictObject({
  manifestVersion: z.literal(MANIFEST_VERSION),
  tool: z.strictObject({ name: z.literal('kontaktkoll'), version: z.string() }),
  startUrl: z.string(),
  finalUrl: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  /** The audit's options as run (flags and config merged). */
  options: z.record(z.string(), z.unknown()),
  rulePack: z.strictObject({
    id: z.string(),
    title: z.string(),
    /** SHA-256 of the canonical JSON of the pack as loaded (id, language, title, every rule after extends and overrides). */
    sha256: sha256Schema,
    /** Each YAML file the pack was read from, base packs first, by file name. */
    files: z.array(z.strictObject({ name: z.string(), sha256: sha256Schema })),
  }),
  /** The JSON result of the audit, in the bundle. */
  result: z.string(),
  /** Largest document kept per page; larger ones are cut, and say so. */
  maxSavedBytes: z.number().int().positive(),
  pages: z.array(evidencePageSchema),
  screenshots: z.array(evidenceScreenshotSchema),
  /** Playwright's record of each browser context's traffic (none when no page was rendered). */
  har: z.array(z.string()),
  /** Every document kept, as WARC response records. */
  warc: z.string().nullable(),
  /** Every file of the bundle but this manifest. */
  files: z.array(bundleFileSchema),
  hashDefinition: z.string(),
  manifestSha256: sha256Schema,
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The manifest's own hash, as `MANIFEST_HASH_DEFINITION` says: works on a manifest read back as plain JSON too. */
export function manifestHash(manifest: Record<string, unknown>): string {
  const { manifestSha256: _omitted, ...rest } = manifest;
  return sha256(canonicalJson(rest));
}
