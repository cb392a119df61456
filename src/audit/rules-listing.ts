import { escapeMarkdown, markdownLink } from '../report/escape-markdown.js';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { BUNDLED_RULES_DIR, type LoadedPack, type LoadedRule } from '../config/rule-pack-loader.js';
import type { ReportLang } from '../model/report-lang.js';
import { localized } from '../model/rule-pack.js';
import { messagesFor } from '../report/messages.js';
import { CHECKS } from '../score/checks/index.js';
import { GRADE_BANDS, SEVERITY_WEIGHT } from '../score/score-formula.js';
import { LAW_SCOPE_TEXTS } from '../score/law-scope-texts.js';
import type { LawScope } from '../model/law-scope.js';

/** Bundled packs: the EU base first, then the national packs, then the principle packs, each group by name. */
export function bundledPackIds(): string[] {
  const ids = readdirSync(BUNDLED_RULES_DIR).filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -5));
  const rank = (id: string) => (id === 'eu' ? 0 : id.length === 2 ? 1 : 2);
  return ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The language a pack is listed in: the one asked for, else the pack's own. */
const langOf = (pack: LoadedPack, lang: ReportLang | undefined): ReportLang => lang ?? pack.lang;
const optionsText = (rule: LoadedRule): string => JSON.stringify(rule.options ?? {});

/** Plain text for a terminal: every rule with its kind of source and its sources, each pack in `lang` or else its own language. */
export function rulesAsText(packs: readonly LoadedPack[], lang?: ReportLang): string {
  const lines: string[] = [];
  for (const pack of packs) {
    const listed = langOf(pack, lang);
    lines.push(`${pack.id}  ${localized(pack.title, listed)}  (${pack.files.map((file) => basename(file)).join(' → ')})`, '');
    for (const rule of pack.rules) {
      lines.push(`  ${rule.id}  ${rule.severity} · ${rule.sourceKind}`);
      lines.push(`    ${localized(rule.title, listed)}`);
      lines.push(`    check: ${rule.check.kind} ${optionsText(rule)}`);
      if (rule.binds) lines.push(`    binds: ${rule.binds.join(', ')}`);
      for (const source of rule.sources) lines.push(`    source: ${source.title} <${source.url}>`);
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Pack text is data a company may write: the report's Markdown escaping keeps it from breaking the table or forming markup. */
function md(value: string): string {
  return escapeMarkdown(value, Number.POSITIVE_INFINITY);
}

/**
 * Whom each law rule of a pack binds and what a website cannot show about it, in English (the
 * language of the scope texts); the rules themselves state it in every language they have.
 */
export function scopeAndLimits(pack: LoadedPack): string[] {
  const lawRules = pack.rules.filter((rule) => rule.sourceKind === 'law');
  const scopes = [...new Set(lawRules.flatMap((rule) => rule.binds ?? []))] as LawScope[];
  const out = ['### Scope and limits', ''];
  if (lawRules.length === 0) {
    out.push('No rule of this pack is a legal duty: guidance and principles bind no one, and a failure is a finding, not a breach.', '');
    return out;
  }
  out.push('| law rule | binds |', '|---|---|');
  for (const rule of lawRules) out.push(`| \`${rule.id}\` | ${(rule.binds ?? []).map((scope) => `\`${scope}\``).join(', ')} |`);
  out.push('');
  for (const scope of scopes) {
    const text = LAW_SCOPE_TEXTS[scope];
    out.push(`- **\`${scope}\`** — ${md(text.binds)} *What kontaktkoll cannot know:* ${md(text.cannotKnow)}`);
  }
  out.push('', 'A company that knows its own scope says so in the config (`"lawScope": { "distance-selling": true, "es-customer-service-law": false }`) or with `--law-scope distance-selling=yes,es-customer-service-law=no`: a rule whose every scope is declared out is not applicable, and `distance-selling` declared in makes `phone-number-given` apply even where no page shows selling. Guidance and principle rules bind no one.', '');
  return out;
}

/** Markdown: one table per pack, then each rule's rationale; docs/rules.md is this for every bundled pack, with each pack's scope and limits. */
export function rulesAsMarkdown(packs: readonly LoadedPack[], lang?: ReportLang, withScope = false): string {
  const out: string[] = [];
  for (const pack of packs) {
    const listed = langOf(pack, lang);
    const kinds = messagesFor(listed).sourceKind;
    out.push(`## \`${pack.id}\` — ${md(localized(pack.title, listed))}`, '');
    out.push(`Files: ${pack.files.map((file) => `\`${basename(file)}\``).join(' → ')}`, '');
    out.push('| rule | title | severity | source kind | check | sources |', '|---|---|---|---|---|---|');
    for (const rule of pack.rules) {
      const check = `\`${rule.check.kind}\` ${md(optionsText(rule))}`;
      const sources = rule.sources.map((source) => markdownLink(source.url, source.title)).join('<br>');
      out.push(`| \`${rule.id}\` | ${md(localized(rule.title, listed))} | ${rule.severity} | ${kinds[rule.sourceKind]} | ${check} | ${sources} |`);
    }
    out.push('');
    for (const rule of pack.rules) out.push(`- **\`${rule.id}\`** — ${md(localized(rule.rationale, listed))}`);
    out.push('');
    if (withScope) out.push(...scopeAndLimits(pack));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The whole of docs/rules.md: the check vocabulary, the score, and every bundled pack. */
export function rulesDocument(packs: readonly LoadedPack[]): string {
  const checks = [...CHECKS.values()].sort((a, b) => a.kind.localeCompare(b.kind))
    .map((check) => `| \`${check.kind}\` | ${md(check.description)} |`);
  const weights = Object.entries(SEVERITY_WEIGHT).map(([severity, weight]) => `${severity} ${weight}`).join(', ');
  const grades = GRADE_BANDS.map((band) => `${band.grade} ≥ ${band.min}`).join(', ');
  return [
    '# Rule packs',
    '',
    '<!-- Generated from rules/*.yaml by `npm run rules-doc`; a test fails when this file is not current. -->',
    '',
    'Every rule says the kind of source it rests on: **law** (a legal duty), **guidance** (an authority\'s',
    'guidance or finding) or **principle** (self-regulation, good practice, kontaktkoll\'s own measure). A',
    'principle is never presented as a legal duty. `kontaktkoll rules --pack <name>` prints the same.',
    '',
    '## Check vocabulary',
    '',
    '| check | what it judges |',
    '|---|---|',
    ...checks,
    '',
    `Score = 100 × weight of passed rules ÷ weight of applicable rules (${weights}; not-applicable rules left out). Grades: ${grades}.`,
    '',
    rulesAsMarkdown(packs, 'en', true).trimEnd(),
    '',
  ].join('\n');
}

/**
 * Machine-readable: the loaded packs with validated check options, for tools and editors. Texts
 * keep every language they have; `lang` is the one asked for (else the pack's own), and a text
 * without it falls back to `en`.
 */
export function rulesAsJson(packs: readonly LoadedPack[], lang?: ReportLang): string {
  const data = packs.map((pack) => ({
    id: pack.id,
    lang: langOf(pack, lang),
    title: pack.title,
    files: pack.files.map((file) => basename(file)),
    rules: pack.rules.map((rule) => ({
      id: rule.id, title: rule.title, message: rule.message, severity: rule.severity, sourceKind: rule.sourceKind,
      ...(rule.binds ? { binds: rule.binds.map((scope) => ({ scope, ...LAW_SCOPE_TEXTS[scope] })) } : {}),
      rationale: rule.rationale, sources: rule.sources, check: { kind: rule.check.kind, options: rule.options },
    })),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}
