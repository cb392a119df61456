import type { ReportLang } from '../model/report-lang.js';
import { reportText, type ReportText } from './lang/index.js';

/** The report's own words shared by every format (the terminal's included); page text and rule texts come from elsewhere. */
export type ReportMessages = ReportText['messages'];

export function messagesFor(lang: ReportLang): ReportMessages {
  return reportText(lang).messages;
}
