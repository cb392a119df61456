import { z } from 'zod';

/**
 * The languages a report, a rule listing and a batch summary can be written in: the one list
 * every flag, config field, saved result and message table takes its languages from. Adding one
 * here makes the compiler ask for its words (`src/report/lang/`).
 */
export const REPORT_LANGS = ['sv', 'en', 'da', 'nb', 'fi', 'pl', 'es', 'de'] as const;

export const reportLangSchema = z.enum(REPORT_LANGS);
export type ReportLang = z.infer<typeof reportLangSchema>;

export function isReportLang(value: string): value is ReportLang {
  return (REPORT_LANGS as readonly string[]).includes(value);
}

