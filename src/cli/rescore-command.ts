import type { Command } from 'commander';
import { readResultFile } from '../audit/compare.js';
import { loadRulePack } from '../config/rule-pack-loader.js';
import type { AuditResult } from '../model/audit-result.js';
import { parseFormatList, REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { factsOf } from '../score/audit-facts.js';
import { evaluatePack, type ReportLang } from '../score/evaluate-pack.js';
import { gradeOf, scoreOf } from '../score/score-formula.js';
import { useColor } from './color.js';
import { failOnOption } from './report-command.js';
import { checkOutputFlags, emitReports } from './report-output.js';
import { thresholdExitCode } from './threshold.js';
import { parseIntOption } from './option-parsers.js';
import { UsageError } from '../errors.js';

interface RescoreFlags {
  rules: string;
  lang?: ReportLang;
  format: ReportFormat[];
  output?: string;
  outputDir?: string;
  stable?: boolean;
  quiet?: boolean;
  failUnder?: number;
  failOn?: 'error' | 'warning';
}

/**
 * The saved findings judged again under another pack (Lighthouse's gather/audit split):
 * facts come through `factsOf`, exactly as a fresh audit's do, so nothing is re-crawled.
 */
export function rescore(result: AuditResult, rules: string, lang: ReportLang = result.lang): AuditResult {
  const pack = loadRulePack(rules);
  const ruleResults = evaluatePack(pack, factsOf(result), lang);
  const score = scoreOf(ruleResults);
  return {
    ...result,
    lang,
    rulePack: { id: pack.id, title: pack.title[lang], reason: `rescore --rules ${rules}` },
    rules: ruleResults,
    score,
    grade: gradeOf(score),
  };
}

export function registerRescoreCommand(program: Command): void {
  program
    .command('rescore')
    .description('judge a saved JSON result under another rule pack, without crawling')
    .argument('<result.json>', 'a result written by audit --format json')
    .requiredOption('--rules <pack>', 'rule pack name (se, eu) or file')
    .option('--lang <lang>', 'language of rule messages: sv or en (default: the result\'s)', (value: string) => {
      if (value !== 'sv' && value !== 'en') throw new UsageError(`--lang must be sv or en, not "${value}"`);
      return value;
    })
    .option('--format <formats>', `report formats, comma-separated: ${REPORT_FORMATS.join(', ')}`, (value: string) => parseFormatList(value), ['json'])
    .option('--output <file>', 'write the report to a file')
    .option('--output-dir <dir>', 'write every format into this folder under its predictable name')
    .option('--stable', 'fixed timestamps and sorted lists, so two runs diff cleanly')
    .option('--fail-under <score>', 'exit 1 when the score is below this', parseIntOption('--fail-under', 0))
    .option('--fail-on <severity>', 'exit 1 when a rule of this severity or worse fails: error or warning', failOnOption)
    .option('-q, --quiet', 'no summary on the terminal')
    .action(async (file: string, flags: RescoreFlags, command: Command) => {
      const color = useColor(command.optsWithGlobals<{ color: boolean }>().color);
      const output = { ...flags, color };
      checkOutputFlags(output);
      const result = rescore(readResultFile(file), flags.rules, flags.lang);
      await emitReports(result, output);
      process.exitCode = thresholdExitCode(result, flags);
    });
}
