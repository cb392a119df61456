import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { ReportFormat } from '../model/settings.js';
import { failOnOption, failUnderOption, formatOption } from './option-parsers.js';

export interface OutputFlags {
  format: ReportFormat[];
  output?: string;
  outputDir?: string;
  quiet?: boolean;
  color: boolean;
  stable?: boolean;
}

/** Checked before any crawling, so a bad combination fails at once and costs nothing. */
export function checkOutputFlags(flags: OutputFlags): void {
  if (flags.output && flags.outputDir) throw new UsageError('use either --output or --output-dir, not both');
  if (flags.format.length > 1 && !flags.outputDir) {
    throw new UsageError(`several formats (${flags.format.join(', ')}) need --output-dir, where each gets its own file`);
  }
}

/** The output options `report` and `rescore` share: formats, where to write, thresholds. */
export function withRenderOptions(command: Command, defaultFormat: ReportFormat): Command {
  return command
    .addOption(formatOption([defaultFormat]))
    .option('--output <file>', 'write the report to a file')
    .option('--output-dir <dir>', 'write every format into this folder under its predictable name')
    .option('--stable', 'fixed timestamps and sorted lists, so two runs diff cleanly')
    .addOption(failUnderOption())
    .addOption(failOnOption())
    .option('-q, --quiet', 'no summary on the terminal');
}
