import type { AuditResult } from '../model/audit-result.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { stableResult } from './stable.js';
import { renderTerminal } from './terminal.js';
import { REPORT_FORMATS, type ReportFormat } from '../model/settings.js';

export { REPORT_FORMATS, type ReportFormat };
export { parseFormatList } from './format-list.js';

/** Predictable names under `--output-dir`: kontaktkoll.<format extension>. */
export const REPORT_FILE_NAMES: Record<ReportFormat, string> = {
  text: 'kontaktkoll.txt',
  json: 'kontaktkoll.json',
  html: 'kontaktkoll.html',
  md: 'kontaktkoll.md',
  junit: 'kontaktkoll.junit.xml',
  sarif: 'kontaktkoll.sarif',
  csv: 'kontaktkoll.csv',
};

export interface RenderOptions {
  color: boolean;
  /** Fix timestamps and durations and sort lists, so two runs diff cleanly. */
  stable?: boolean;
  /** Lines from `--compare`, shown where the format has room for them. */
  comparison?: string[];
}

export function render(result: AuditResult, format: ReportFormat, options: RenderOptions): string {
  const input = options.stable ? stableResult(result) : result;
  switch (format) {
    case 'json': return renderJson(input);
    case 'html': return renderHtml(input);
    case 'md': return renderMarkdown(input, { comparison: options.comparison });
    case 'junit': return renderJunit(input);
    case 'sarif': return renderSarif(input);
    case 'csv': return renderCsv(input);
    case 'text': return renderTerminal(input, { color: options.color });
  }
}
