import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { ReportLang } from '../model/report-lang.js';
import type { FailOn, ReportFormat } from '../model/settings.js';
import { useColor } from './color.js';
import { checkOutputFlags, withRenderOptions } from './output-options.js';
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
      // Loaded when the command runs: --help and a usage error need not pay for the rules and renderers.
      const [{ readResultFile }, { rescore }, { emitReports }, { thresholdExitCode }] = await Promise.all([
        import('../audit/compare.js'), import('../audit/rescore.js'), import('./report-output.js'), import('./threshold.js'),
      ]);
      const result = rescore(readResultFile(file), flags.rules, flags.lang);
      await emitReports(result, output, [], dirname(file));
      process.exitCode = thresholdExitCode(result, flags);
    });
}
