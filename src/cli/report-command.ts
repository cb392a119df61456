import { dirname } from 'node:path';
import type { Command } from 'commander';
import type { FailOn, ReportFormat } from '../model/settings.js';
import { useColor } from './color.js';
import { checkOutputFlags, withRenderOptions } from './output-options.js';

interface ReportFlags {
  format: ReportFormat[];
  output?: string;
  outputDir?: string;
  stable?: boolean;
  quiet?: boolean;
  failUnder?: number;
  failOn?: FailOn;
}

/** `kontaktkoll report result.json --format html,md`: re-renders a saved result without crawling. */
export function registerReportCommand(program: Command): void {
  withRenderOptions(program
    .command('report')
    .description('render a saved JSON result in other formats, without crawling')
    .argument('<result.json>', 'a result written by audit --format json'), 'text')
    .action(async (file: string, flags: ReportFlags, command: Command) => {
      const color = useColor(command.optsWithGlobals<{ color: boolean }>().color);
      const output = { ...flags, color };
      checkOutputFlags(output);
      // Loaded when the command runs: --help and a usage error need not pay for the renderers.
      const [{ readResultFile }, { emitReports }, { thresholdExitCode }] = await Promise.all([
        import('../audit/compare.js'), import('./report-output.js'), import('./threshold.js'),
      ]);
      const result = readResultFile(file);
      await emitReports(result, output, [], dirname(file));
      process.exitCode = thresholdExitCode(result, flags);
    });
}

