import type { ReportLang } from '../model/report-lang.js';
import { reportText, type ReportText } from './lang/index.js';

/** Words the document reports (HTML, Markdown, SARIF) add to the terminal's; page and rule texts come from elsewhere. */
export type ReportWords = ReportText['words'];

export function wordsFor(lang: ReportLang): ReportWords {
  return reportText(lang).words;
}
