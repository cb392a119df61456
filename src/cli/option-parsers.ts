import { Option } from 'commander';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { isReportLang, REPORT_LANGS, type ReportLang } from '../model/report-lang.js';
import { LAW_SCOPES, type LawScope, type LawScopeDeclaration } from '../model/law-scope.js';
import { failOnSchema, REPORT_FORMATS, scoreThresholdSchema, type ReportFormat } from '../model/settings.js';
import { parseFormatList } from '../report/format-list.js';

export function parseIntOption(flag: string, min: number, max?: number): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    const inRange = Number.isInteger(parsed) && parsed >= min && (max === undefined || parsed <= max);
    if (!inRange) throw new UsageError(`${flag} must be a whole number ${max === undefined ? `≥ ${min}` : `from ${min} to ${max}`}, not "${value}"`);
    return parsed;
  };
}

/**
 * A whole-number flag of an audit setting, bounded below as its model schema is; a value above the
 * schema's cap passes here and is refused by the audit's own validation, which names the setting.
 */
export function parseSettingInt(flag: string, schema: z.ZodNumber): (value: string) => number {
  return parseIntOption(flag, schema.minValue ?? 0);
}

/** A whole-number flag within its model schema's range (e.g. `--fail-under`, 0–100), else a one-line usage error. */
export function parseIntIn(flag: string, schema: z.ZodNumber): (value: string) => number {
  return parseIntOption(flag, schema.minValue ?? 0, schema.maxValue ?? undefined);
}

export function parseNumberOption(flag: string): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new UsageError(`${flag} must be a positive number, not "${value}"`);
    return parsed;
  };
}

/** A parser that takes one value of a vocabulary and refuses any other in one line naming them all. */
export function oneOf<T extends string>(flag: string, allowed: readonly T[]): (value: string) => T {
  return (value: string) => {
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
}

/**
 * A flag whose value is one of a vocabulary of `src/model`: `--help` lists the values (commander's
 * `choices`), and another value is a one-line usage error (exit 2) rather than commander's own.
 */
export function choiceOption<T extends string>(flags: string, description: string, allowed: readonly T[]): Option {
  const option = new Option(flags, description).choices(allowed);
  return option.argParser(oneOf(option.long ?? option.name(), allowed));
}

/** `--lang` of every command: one of the report languages; `whenAbsent` says what the command does without it. */
export function langOption(whenAbsent: string, what = 'report language'): Option {
  return choiceOption('--lang <lang>', `${what}, by default ${whenAbsent}`, REPORT_LANGS);
}

/** `--format text,json,html`: one report format or several, from the model's list. */
export function formatOption(defaults: readonly ReportFormat[]): Option {
  return new Option('--format <formats>', `report formats, comma-separated: ${REPORT_FORMATS.join(', ')}`)
    .argParser((value: string) => parseFormatList(value))
    .default([...defaults]);
}

/** `--fail-under <score>`: a score threshold, 0–100. */
export function failUnderOption(): Option {
  const range = `${scoreThresholdSchema.minValue}–${scoreThresholdSchema.maxValue}`;
  return new Option('--fail-under <score>', `exit 1 when the score (${range}) is below this`).argParser(parseIntIn('--fail-under', scoreThresholdSchema));
}

/** `--fail-on <severity>`: the least severity of a failed rule that fails the run. */
export function failOnOption(): Option {
  return choiceOption('--fail-on <severity>', 'exit 1 when a rule of this severity or worse fails', failOnSchema.options);
}

/** What the commands that write an audit's report do without `--lang`. */
export const LANG_WHEN_ABSENT = 'from the locale, else the rule pack\'s language';

/**
 * The report language the user's POSIX locale asks for (`LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`): `da_DK.UTF-8` → da, Norwegian (`no`, `nb`, `nn`) → nb. A locale in no report
 * language (`C`, `POSIX`, `fr_FR`) asks for none: the report then follows its rule pack.
 */
export function localeLang(env: NodeJS.ProcessEnv = process.env): ReportLang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = /^([a-z]{2,3})(?=$|[_.@-])/i.exec(locale)?.[1]?.toLowerCase() ?? '';
  const normalized = language === 'no' || language === 'nn' ? 'nb' : language;
  return isReportLang(normalized) ? normalized : undefined;
}

/** `--law-scope distance-selling=yes,es-customer-service-law=no`: what the company says binds it. */
export function parseLawScope(value: string): LawScopeDeclaration {
  const declared: LawScopeDeclaration = {};
  for (const part of value.split(',').map((item) => item.trim()).filter(Boolean)) {
    const [scope, answer, extra] = part.split('=').map((item) => item.trim());
    if (!(LAW_SCOPES as readonly string[]).includes(scope ?? '')) {
      throw new UsageError(`--law-scope: "${scope}" is not a law scope; use one of ${LAW_SCOPES.join(', ')}`);
    }
    if (extra !== undefined || (answer !== 'yes' && answer !== 'no')) {
      throw new UsageError(`--law-scope: write ${scope}=yes or ${scope}=no, not "${part}"`);
    }
    declared[scope as LawScope] = answer === 'yes';
  }
  return declared;
}
