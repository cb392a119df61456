import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigError, UsageError } from '../errors.js';
import type { ReportLang } from '../model/report-lang.js';
import { rulePackSchema, type LocalizedText, type Rule, type RuleOverride, type RulePack } from '../model/rule-pack.js';
import { CHECKS } from '../score/checks/index.js';
import { packagePath } from '../util/package-root.js';
import { formatZodIssues } from './zod-issues.js';
import { firstLineOf } from '../util/first-line.js';

/** A rule whose check options were validated against its check kind, with defaults filled. */
export interface LoadedRule extends Rule {
  options: unknown;
}

export interface LoadedPack {
  id: string;
  /** The language reports under this pack are written in when the user chooses none. */
  lang: ReportLang;
  title: RulePack['title'];
  /** The files the pack was read from, base packs first. */
  files: string[];
  rules: LoadedRule[];
}

export const BUNDLED_RULES_DIR = packagePath('rules');

export function bundledPackFile(id: string): string {
  return `${BUNDLED_RULES_DIR}/${id}.yaml`;
}

export function isBundledPack(id: string): boolean {
  return /^[a-z0-9-]+$/.test(id) && existsSync(bundledPackFile(id));
}

/** A pack by bundled name (`se`) or by file path (`./my-pack.yaml`). */
export function loadRulePack(nameOrFile: string): LoadedPack {
  const file = isBundledPack(nameOrFile) ? bundledPackFile(nameOrFile) : resolve(nameOrFile);
  if (!existsSync(file)) {
    throw new UsageError(`no rule pack "${nameOrFile}": not a bundled pack and no such file`);
  }
  return loadPackFile(file, []);
}

function loadPackFile(file: string, seen: string[]): LoadedPack {
  if (seen.includes(file)) throw new ConfigError(file, `extends itself through ${seen.map((f) => basename(f)).join(' → ')}`);
  const pack = parsePack(file);
  const bases = pack.extends.map((base) => {
    const baseFile = isBundledPack(base) ? bundledPackFile(base) : resolve(file, '..', base);
    if (!existsSync(baseFile)) throw new ConfigError(file, `extends — no pack "${base}"`);
    return loadPackFile(baseFile, [...seen, file]);
  });
  const ownRules = pack.rules.map((rule, index) => withValidatedOptions(file, rule, index));
  const byId = new Map<string, LoadedRule>();
  for (const rule of [...bases.flatMap((base) => base.rules), ...ownRules]) byId.set(rule.id, rule);
  for (const [id, override] of Object.entries(pack.overrides)) {
    const rule = byId.get(id);
    if (!rule) throw new ConfigError(file, `overrides.${id} — no such rule in this pack or the packs it extends`);
    byId.set(id, applyOverride(file, rule, override));
  }
  return {
    id: pack.id,
    lang: pack.lang ?? bases[0]?.lang ?? 'en',
    title: pack.title,
    files: [...bases.flatMap((base) => base.files), file],
    rules: [...byId.values()],
  };
}

/**
 * Packs read, by file and version: every national pack extends `eu`, whose texts in eight
 * languages take a tenth of a second to parse, and an audit reads every pack its site could get.
 */
const parsedPacks = new Map<string, { version: string; pack: RulePack }>();

function parsePack(file: string): RulePack {
  const stat = statSync(file);
  const version = `${stat.mtimeMs}:${stat.size}`;
  const known = parsedPacks.get(file);
  if (known?.version === version) return known.pack;
  const pack = parsePackText(file);
  parsedPacks.set(file, { version, pack });
  return pack;
}

function parsePackText(file: string): RulePack {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    throw new ConfigError(file, `not valid YAML${where}: ${firstLineOf(error)}`);
  }
  const parsed = rulePackSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(file, formatZodIssues(parsed.error));
  const ids = new Set<string>();
  parsed.data.rules.forEach((rule, index) => {
    if (ids.has(rule.id)) throw new ConfigError(file, `rules[${index}].id — "${rule.id}" is used twice`);
    ids.add(rule.id);
  });
  if (parsed.data.lang) requireOwnLang(file, parsed.data, parsed.data.lang);
  return parsed.data;
}

/**
 * A pack that names its language writes its own texts in it: a report in that language must not
 * fall back to English for the rules the pack itself adds (inherited rules bring their own).
 */
function requireOwnLang(file: string, pack: RulePack, lang: ReportLang): void {
  const texts: Array<[string, LocalizedText | undefined]> = [['title', pack.title], ['description', pack.description]];
  pack.rules.forEach((rule, index) => {
    for (const [field, value] of Object.entries(rule)) {
      if (isLocalizedText(value)) texts.push([`rules[${index}].${field}`, value]);
    }
  });
  const missing = texts.filter(([, text]) => text !== undefined && !text[lang]).map(([path]) => path);
  if (missing.length > 0) throw new ConfigError(file, `${missing.join(', ')} — no text in the pack's language (lang: ${lang})`);
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string';
}

export function applyOverride(file: string, rule: LoadedRule, override: RuleOverride): LoadedRule {
  const changed: Rule = {
    ...rule,
    severity: override.severity ?? rule.severity,
    sources: [...rule.sources, ...(override.addSources ?? [])],
    check: { ...rule.check, with: { ...rule.check.with, ...(override.with ?? {}) } },
  };
  return withValidatedOptions(file, changed, `overrides.${rule.id}`);
}

function withValidatedOptions(file: string, rule: Rule, index: number | string): LoadedRule {
  const check = CHECKS.get(rule.check.kind);
  if (!check) {
    throw new ConfigError(file, `${where(index)}.check.kind — unknown check "${rule.check.kind}"; known: ${[...CHECKS.keys()].join(', ')}`);
  }
  const options = check.optionsSchema.safeParse(rule.check.with);
  if (!options.success) throw new ConfigError(file, formatZodIssues(options.error, `${where(index)}.check.with`));
  return { ...rule, options: options.data };
}

function where(index: number | string): string {
  return typeof index === 'number' ? `rules[${index}]` : index;
}
