import { dirname } from 'node:path';
import type { Command } from 'commander';
import { readResultFile } from '../audit/compare.js';
import { rescore } from '../audit/rescore.js';
import type { ReportLang } from '../model/report-lang.js';
import type { FailOn, ReportFormat } from '../model/settings.js';
import { useColor } from './color.js';
import { checkOutputFlags, emitReports, withRenderOptions } from './report-output.js';
import { thresholdExitCode } from './threshold.js';
import { langOption } from './option-parsers.js';

interface RescoreFlags {
  rules: string;
  lang?: ReportLang;
  format: ReportFormat[];
  output?: string;
  outputDir?: string;
  stable?: boolean;
  quiet?: boolean;
  failUnder?: number;
  failOn?: FailOn;
}

export function registerRescoreCommand(program: Command): void {
  withRenderOptions(program
    .command('rescore')
    .description('judge a saved JSON result under another rule pack, without crawling')
    .argument('<result.json>', 'a result written by audit --format json')
    .requiredOption('--rules <pack>', 'rule pack name (se, eu) or file')
    .addOption(langOption('the saved result\'s')), 'json')
    .action(async (file: string, flags: RescoreFlags, command: Command) => {
      const color = useColor(command.optsWithGlobals<{ color: boolean }>().color);
      const output = { ...flags, color };
      checkOutputFlags(output);
      const result = rescore(readResultFile(file), flags.rules, flags.lang);
      await emitReports(result, output, [], dirname(file));
      process.exitCode = thresholdExitCode(result, flags);
    });
}
