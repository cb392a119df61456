import type { Command } from 'commander';
import { readResultFile } from '../audit/compare.js';
import { parseFormatList, REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { useColor } from './color.js';
import { checkOutputFlags, emitReports } from './report-output.js';
import { UsageError } from '../errors.js';
import { thresholdExitCode } from './threshold.js';
import { parseIntOption } from './option-parsers.js';

interface ReportFlags {
  format: ReportFormat[];
  output?: string;
  outputDir?: string;
  stable?: boolean;
  quiet?: boolean;
  failUnder?: number;
  failOn?: 'error' | 'warning';
}

/** `kontaktkoll report result.json --format html,md`: re-renders a saved result without crawling. */
export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('render a saved JSON result in other formats, without crawling')
    .argument('<result.json>', 'a result written by audit --format json')
    .option('--format <formats>', `report formats, comma-separated: ${REPORT_FORMATS.join(', ')}`, (value: string) => parseFormatList(value), ['text'])
    .option('--output <file>', 'write the report to a file')
    .option('--output-dir <dir>', 'write every format into this folder under its predictable name')
    .option('--stable', 'fixed timestamps and sorted lists, so two runs diff cleanly')
    .option('--fail-under <score>', 'exit 1 when the score is below this', parseIntOption('--fail-under', 0))
    .option('--fail-on <severity>', 'exit 1 when a rule of this severity or worse fails: error or warning', failOnOption)
    .option('-q, --quiet', 'no summary on the terminal')
    .action(async (file: string, flags: ReportFlags, command: Command) => {
      const color = useColor(command.optsWithGlobals<{ color: boolean }>().color);
      const output = { ...flags, color };
      checkOutputFlags(output);
      const result = readResultFile(file);
      await emitReports(result, output);
      process.exitCode = thresholdExitCode(result, flags);
    });
}

export function failOnOption(value: string): 'error' | 'warning' {
  if (value !== 'error' && value !== 'warning') throw new UsageError(`--fail-on must be error or warning, not "${value}"`);
  return value;
}
