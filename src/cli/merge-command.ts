import type { Command } from 'commander';
import type { ReportLang } from '../model/report-lang.js';
import { inert } from '../report/terminal-text.js';
import { langOption, localeLang } from './option-parsers.js';

export function registerMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('join the output folders of batch shards or queue workers into one summary')
    .argument('<dirs...>', 'output folders of `kontaktkoll batch --shard` or `kontaktkoll worker`')
    .requiredOption('--output-dir <dir>', 'folder for the merged results.jsonl, reports and summary')
    .addOption(langOption('from the locale, else en', 'language of summary.html and summary.md'))
    .action(async (dirs: string[], flags: { outputDir: string; lang?: ReportLang }) => {
      const { mergeBatches } = await import('../batch/merge.js');
      const { sites, summary } = await mergeBatches(dirs, flags.outputDir, flags.lang ?? localeLang() ?? 'en');
      process.stdout.write(`merged ${sites} site(s) from ${dirs.length} folder(s): ${summary.ranked.length} audited, ${summary.failed.length} failed · ${inert(flags.outputDir, 120)}/summary.csv\n`);
      process.exitCode = 0;
    });
}
