import { z } from 'zod';
import { lawScopeSchema } from './law-scope.js';
import { REPORT_LANGS, reportLangSchema, type ReportLang } from './report-lang.js';

/** How much a failing rule weighs, and whether it fails a CI build. */
export const severitySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severitySchema>;

/** A principle must never be presented as a legal duty: every rule says which kind it rests on. */
export const sourceKindSchema = z.enum(['law', 'guidance', 'principle']);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url(),
});
export type Source = z.infer<typeof sourceSchema>;

const textInEveryLang = Object.fromEntries(REPORT_LANGS.map((lang) => [lang, z.string().min(1).optional()])) as Record<ReportLang, z.ZodOptional<z.ZodString>>;

/**
 * Text in the report languages, keyed by language code. English is required: a report in a
 * language a text lacks shows its English. A pack's own texts must also be in the pack's `lang`
 * (checked when it loads). @example { "en": "A phone number is given", "sv": "Ett telefonnummer anges" }
 */
export const localizedTextSchema = z.strictObject({ ...textInEveryLang, en: z.string().min(1) });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A text in the report language, or its English when the pack has none in that language. */
export function localized(text: LocalizedText, lang: ReportLang): string {
  return text[lang] ?? text.en;
}

export const checkRefSchema = z.strictObject({
  /** A check kind from src/score/checks/ (e.g. maxClicks, present). */
  kind: z.string().min(1),
  /** Options for the check kind, validated against its own schema when the pack loads. */
  with: z.record(z.string(), z.unknown()).default({}),
});

export const ruleSchema = z.strictObject({
  /** kebab-case, unique within the pack. @example "phone-number-given" */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
  title: localizedTextSchema,
  /** Shown when the rule fails; `{{name}}` placeholders are filled from the check's data. */
  message: localizedTextSchema,
  /** Shown when the rule passes. */
  passMessage: localizedTextSchema.optional(),
  /** Shown when the check does not apply to the site, saying why (the rule's title when absent). */
  notApplicableMessage: localizedTextSchema.optional(),
  severity: severitySchema,
  sourceKind: sourceKindSchema,
  /** For a `law` rule: whom the law binds (a website cannot show it; the report states it). */
  binds: z.array(lawScopeSchema).min(1).optional(),
  rationale: localizedTextSchema,
  sources: z.array(sourceSchema).min(1),
  check: checkRefSchema,
});
export type Rule = z.infer<typeof ruleSchema>;

/** Changes to an inherited rule: a stricter threshold, another severity, more sources. */
export const ruleOverrideSchema = z.strictObject({
  severity: severitySchema.optional(),
  /** Merged over the inherited rule's check options. */
  with: z.record(z.string(), z.unknown()).optional(),
  /** Appended to the inherited rule's sources (e.g. the national law implementing a directive). */
  addSources: z.array(sourceSchema).optional(),
});
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

export const rulePackSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  /**
   * The pack's language (its country's): reports under the pack are written in it unless the
   * user asks for another, and the pack's own texts must have it. @default the first extended pack's, else en
   */
  lang: reportLangSchema.optional(),
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** Packs whose rules this pack includes first (same id here replaces the inherited rule). */
  extends: z.array(z.string()).default([]),
  rules: z.array(ruleSchema).default([]),
  /** Changes to inherited rules, by rule id. */
  overrides: z.record(z.string(), ruleOverrideSchema).default({}),
});
export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;
