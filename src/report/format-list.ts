import { UsageError } from '../errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../model/settings.js';

/** Other names people give the formats. */
const ALIASES: Record<string, ReportFormat> = { markdown: 'md', xml: 'junit', terminal: 'text' };

/** `text,json,html` → distinct formats in the order given; `markdown` is accepted for `md`. */
export function parseFormatList(value: string, flag = '--format'): ReportFormat[] {
  const formats: ReportFormat[] = [];
  for (const raw of value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean)) {
    const format = ALIASES[raw] ?? raw;
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`${flag} must be a list of ${REPORT_FORMATS.join(', ')}, not "${raw}"`);
    if (!formats.includes(format as ReportFormat)) formats.push(format as ReportFormat);
  }
  if (formats.length === 0) throw new UsageError(`${flag} needs at least one format`);
  return formats;
}
