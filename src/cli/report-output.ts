import { dirname, join } from 'node:path';
import type { AuditResult } from '../model/audit-result.js';
import type { ReportFormat } from '../model/settings.js';
import { render as renderReport, REPORT_FILE_NAMES } from '../report/index.js';
import type { OutputFlags } from './output-options.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { embedScreenshots } from './embed-screenshots.js';
import { writePagesCsv } from './pages-csv-file.js';
import { rebaseScreenshots } from './screenshot-paths.js';

/**
 * Writes the reports: one format to stdout or `--output`, or every format into `--output-dir`
 * under its predictable name. Unless quiet, the terminal still shows the summary, and the
 * comparison with a previous run goes wherever a person reads. Screenshot paths, relative to
 * `resultDir` in `result` (the working directory for a fresh audit, the saved JSON's folder
 * for `report` and `rescore`), are rewritten relative to the folder the reports go to.
 */
export async function emitReports(result: AuditResult, flags: OutputFlags, comparison: string[] = [], resultDir = '.'): Promise<void> {
  const reportDir = flags.outputDir ?? (flags.output ? dirname(flags.output) : '.');
  result = rebaseScreenshots(result, resultDir, reportDir);
  // The HTML report carries its screenshots inside it (so it stands alone when mailed); the other formats keep the paths.
  const embedded = flags.format.includes('html') ? await embedScreenshots(result, reportDir) : result;
  const render = (input: AuditResult, format: ReportFormat, options: Parameters<typeof renderReport>[2]) => renderReport(format === 'html' ? embedded : input, format, options);
  const options = { color: flags.color, stable: flags.stable, comparison };
  const summary = () => render(result, 'text', { ...options, stable: false });
  const toTerminal = !flags.output && !flags.outputDir && flags.format[0] === 'text';
  if (flags.outputDir) {
    const written: string[] = [];
    try {
      for (const format of flags.format) {
        const file = join(flags.outputDir, REPORT_FILE_NAMES[format]);
        await writeFileAtomic(file, render(result, format, { ...options, color: false }));
        written.push(file);
        if (format === 'csv') written.push(await writePagesCsv(result, file, flags.stable));
      }
    } catch (error) {
      // The audit is done: never lose it because the folder is bad.
      process.stdout.write(flags.quiet ? render(result, 'json', { ...options, color: false }) : summary());
      throw error;
    }
    if (!flags.quiet) process.stdout.write(summary());
    if (!flags.quiet) process.stderr.write(`reports written: ${written.join(', ')}\n`);
  } else if (flags.output) {
    const format = flags.format[0] ?? 'text';
    const report = render(result, format, { ...options, color: format === 'text' ? false : flags.color });
    if (!flags.quiet) process.stdout.write(summary());
    try {
      await writeFileAtomic(flags.output, report);
      if (format === 'csv') await writePagesCsv(result, flags.output, flags.stable);
    } catch (error) {
      // The audit is done: never lose it because the output path is bad.
      if (flags.quiet || format !== 'text') process.stdout.write(report);
      throw error;
    }
  } else {
    process.stdout.write(render(result, flags.format[0] ?? 'text', options));
  }
  if (comparison.length > 0 && !flags.quiet) {
    const text = `\n${comparison.map((line) => `  ${line}`).join('\n')}\n`;
    if (toTerminal || flags.output || flags.outputDir) process.stdout.write(text);
    else process.stderr.write(text);
  }
}
