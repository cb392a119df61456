import type { ReportLang } from '../../model/report-lang.js';
import { da } from './da.js';
import { de } from './de.js';
import { en, type ReportText } from './en.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { nb } from './nb.js';
import { pl } from './pl.js';
import { sv } from './sv.js';

export type { ReportText };

/** Every report language's words; a language missing here, or a string missing in one, does not compile. */
export const REPORT_TEXT: Readonly<Record<ReportLang, ReportText>> = { sv, en, da, nb, fi, pl, es, de };

export function reportText(lang: ReportLang): ReportText {
  return REPORT_TEXT[lang];
}
