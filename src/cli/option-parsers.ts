import { UsageError } from '../errors.js';
import { isReportLang, REPORT_LANGS, type ReportLang } from '../model/report-lang.js';
import { LAW_SCOPES, type LawScope, type LawScopeDeclaration } from '../model/law-scope.js';

export function parseIntOption(flag: string, min: number, max?: number): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    const inRange = Number.isInteger(parsed) && parsed >= min && (max === undefined || parsed <= max);
    if (!inRange) throw new UsageError(`${flag} must be a whole number ${max === undefined ? `≥ ${min}` : `from ${min} to ${max}`}, not "${value}"`);
    return parsed;
  };
}

export function parseNumberOption(flag: string): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new UsageError(`${flag} must be a positive number, not "${value}"`);
    return parsed;
  };
}

/** `--lang` of every command: one of the report languages, else a one-line usage error listing them. */
export function parseLang(value: string): ReportLang {
  if (!isReportLang(value)) throw new UsageError(`--lang must be one of ${REPORT_LANGS.join(', ')}, not "${value}"`);
  return value;
}

/** The `--lang` help text, from the one list of languages. */
export const LANG_HELP = `report language: ${REPORT_LANGS.join(', ')} (default: from the locale, else the rule pack's language)`;

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
