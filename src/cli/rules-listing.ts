import { escapeMarkdown, markdownLink } from '../report/escape-markdown.js';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { BUNDLED_RULES_DIR, type LoadedPack, type LoadedRule } from '../config/rule-pack-loader.js';
import type { LocalizedText } from '../model/rule-pack.js';
import { CHECKS } from '../score/checks/index.js';
import { GRADE_BANDS, SEVERITY_WEIGHT } from '../score/score-formula.js';

export type ListingLang = 'sv' | 'en';

/** Bundled packs: the EU base first, then the national packs, then the principle packs, each group by name. */
export function bundledPackIds(): string[] {
  const ids = readdirSync(BUNDLED_RULES_DIR).filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -5));
  const rank = (id: string) => (id === 'eu' ? 0 : id.length === 2 ? 1 : 2);
  return ids.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const text = (value: LocalizedText, lang: ListingLang): string => value[lang];
const optionsText = (rule: LoadedRule): string => JSON.stringify(rule.options ?? {});

/** Plain text for a terminal: every rule with its kind of source and its sources. */
export function rulesAsText(packs: readonly LoadedPack[], lang: ListingLang): string {
  const lines: string[] = [];
  for (const pack of packs) {
    lines.push(`${pack.id}  ${text(pack.title, lang)}  (${pack.files.map((file) => basename(file)).join(' → ')})`, '');
    for (const rule of pack.rules) {
      lines.push(`  ${rule.id}  ${rule.severity} · ${rule.sourceKind}`);
      lines.push(`    ${text(rule.title, lang)}`);
      lines.push(`    check: ${rule.check.kind} ${optionsText(rule)}`);
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

const KIND_WORDS: Record<ListingLang, Record<LoadedRule['sourceKind'], string>> = {
  en: { law: 'law', guidance: 'guidance', principle: 'principle' },
  sv: { law: 'lag', guidance: 'vägledning', principle: 'princip' },
};

/** Markdown: one table per pack, then each rule's rationale; docs/rules.md is this for every bundled pack. */
export function rulesAsMarkdown(packs: readonly LoadedPack[], lang: ListingLang): string {
  const out: string[] = [];
  for (const pack of packs) {
    out.push(`## \`${pack.id}\` — ${md(text(pack.title, lang))}`, '');
    out.push(`Files: ${pack.files.map((file) => `\`${basename(file)}\``).join(' → ')}`, '');
    out.push('| rule | title | severity | source kind | check | sources |', '|---|---|---|---|---|---|');
    for (const rule of pack.rules) {
      const check = `\`${rule.check.kind}\` ${md(optionsText(rule))}`;
      const sources = rule.sources.map((source) => markdownLink(source.url, source.title)).join('<br>');
      out.push(`| \`${rule.id}\` | ${md(text(rule.title, lang))} | ${rule.severity} | ${KIND_WORDS[lang][rule.sourceKind]} | ${check} | ${sources} |`);
    }
    out.push('');
    for (const rule of pack.rules) out.push(`- **\`${rule.id}\`** — ${md(text(rule.rationale, lang))}`);
    out.push('');
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
    rulesAsMarkdown(packs, 'en').trimEnd(),
    '',
  ].join('\n');
}

/** Machine-readable: the loaded packs with validated check options, for tools and editors. */
export function rulesAsJson(packs: readonly LoadedPack[]): string {
  const data = packs.map((pack) => ({
    id: pack.id,
    title: pack.title,
    files: pack.files.map((file) => basename(file)),
    rules: pack.rules.map((rule) => ({
      id: rule.id, title: rule.title, message: rule.message, severity: rule.severity, sourceKind: rule.sourceKind,
      rationale: rule.rationale, sources: rule.sources, check: { kind: rule.check.kind, options: rule.options },
    })),
  }));
  return `${JSON.stringify(data, null, 2)}\n`;
}
