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
  title: z.string().min(1).describe('The text\'s name and the part cited, e.g. "Distance contracts act, ch. 2 § 2".'),
  url: z.url().describe('Where the text can be read.'),
});
export type Source = z.infer<typeof sourceSchema>;

/** The report languages by name, for the descriptions of a text's translations. */
const LANGUAGE_NAMES: Readonly<Record<ReportLang, string>> = {
  sv: 'Swedish', en: 'English', da: 'Danish', nb: 'Norwegian (Bokmål)', fi: 'Finnish', pl: 'Polish', es: 'Spanish', de: 'German',
};

const textInEveryLang = Object.fromEntries(REPORT_LANGS.map((lang) => [lang, z.string().min(1).optional().describe(`The text in ${LANGUAGE_NAMES[lang]}.`)])) as Record<ReportLang, z.ZodOptional<z.ZodString>>;

/**
 * Text in the report languages, keyed by language code. English is required: a report in a
 * language a text lacks shows its English. A pack's own texts must also be in the pack's `lang`
 * (checked when it loads). @example { "en": "A phone number is given", "sv": "Ett telefonnummer anges" }
 */
export const localizedTextSchema = z.strictObject({ ...textInEveryLang, en: z.string().min(1).describe('The text in English (required: shown in any language the text lacks).') });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A text in the report language, or its English when the pack has none in that language. */
export function localized(text: LocalizedText, lang: ReportLang): string {
  return text[lang] ?? text.en;
}

export const checkRefSchema = z.strictObject({
  kind: z.string().min(1).describe('The kind of check that judges the rule (e.g. maxClicks, present), from the README\'s check vocabulary.'),
  with: z.record(z.string(), z.unknown()).default({}).describe('Options for the check kind, checked against its own options when the pack loads.'),
});

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id').describe('kebab-case, unique within the pack, e.g. "phone-number-given".'),
  title: localizedTextSchema.describe('The rule in a few words.'),
  message: localizedTextSchema.describe('Shown when the rule fails; {{name}} placeholders are filled from the check\'s data.'),
  passMessage: localizedTextSchema.optional().describe('Shown when the rule passes; the title when absent.'),
  notApplicableMessage: localizedTextSchema.optional().describe('Shown when the rule does not apply to the site, saying why; the title when absent.'),
  severity: severitySchema.describe('error, warning or info: how much a failure weighs, and whether it fails a build (--fail-on).'),
  sourceKind: sourceKindSchema.describe('What the rule rests on: law, guidance (an authority\'s) or principle. A principle is never presented as a legal duty.'),
  binds: z.array(lawScopeSchema).min(1).optional()
    .describe('For a law rule: whom the law binds, e.g. ["distance-selling"]. A website cannot show it, so the report states it; a company can declare it (config lawScope).'),
  rationale: localizedTextSchema.describe('Why the rule matters to a customer.'),
  sources: z.array(sourceSchema).min(1).describe('The law, guidance or principle the rule rests on, at least one.'),
  check: checkRefSchema.describe('How the rule is judged: a check kind and its options.'),
});
export type Rule = z.infer<typeof ruleSchema>;

/** Changes to an inherited rule: a stricter threshold, another severity, more sources. */
export const ruleOverrideSchema = z.strictObject({
  severity: severitySchema.optional().describe('Another severity for the inherited rule: error, warning or info.'),
  with: z.record(z.string(), z.unknown()).optional().describe('Merged over the inherited rule\'s check options, e.g. a stricter threshold.'),
  addSources: z.array(sourceSchema).optional().describe('Added to the inherited rule\'s sources, e.g. the national law implementing a directive.'),
});
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

export const rulePackSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
  id: z.string().regex(/^[a-z0-9-]+$/).describe('The pack\'s id: lower-case letters, digits and hyphens, e.g. "se".'),
  lang: reportLangSchema.optional()
    .describe('The pack\'s language: reports under the pack are in it unless the user asks for another, and the pack\'s own texts must have it. Default: the first extended pack\'s, else en.'),
  title: localizedTextSchema.describe('The pack\'s name.'),
  description: localizedTextSchema.optional().describe('What the pack covers, in a sentence or two.'),
  extends: z.array(z.string()).default([]).describe('Packs (a bundled pack\'s name, or a file relative to this one) whose rules this pack includes first; a rule here with the same id replaces the inherited one.'),
  rules: z.array(ruleSchema).default([]).describe('The pack\'s own rules.'),
  overrides: z.record(z.string(), ruleOverrideSchema).default({}).describe('Changes to inherited rules, by rule id: another severity, stricter options, more sources.'),
});
export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;
