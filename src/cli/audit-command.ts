import type { Command } from 'commander';
import { useColor } from './color.js';
import { audit } from '../audit/run-audit.js';
import { UsageError } from '../errors.js';
import type { AuditResult } from '../model/audit-result.js';
import { render, REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { createProgress } from './progress.js';
import { thresholdExitCode } from './threshold.js';
import { defaultLang, parseIntOption, parseNumberOption } from './option-parsers.js';

export interface AuditFlags {
  maxPages: number;
  maxDepth: number;
  timeout: number;
  device: 'desktop' | 'mobile';
  format: ReportFormat;
  output?: string;
  rules?: string;
  failUnder?: number;
  failOn?: 'error' | 'warning';
  lang?: 'sv' | 'en';
  concurrency: number;
  quiet?: boolean;
  color: boolean;
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('audit one website: clicks to each contact channel, checked against a rule pack')
    .argument('<url>', 'start page, e.g. https://example.se')
    .option('--max-pages <n>', 'most pages to examine', parseIntOption('--max-pages', 1), 60)
    .option('--max-depth <n>', 'most clicks from the start page to follow', parseIntOption('--max-depth', 0), 4)
    .option('--timeout <seconds>', 'time budget for the whole audit', parseNumberOption('--timeout'), 90)
    .option('--device <device>', 'desktop or mobile', choice('--device', ['desktop', 'mobile']), 'desktop')
    .option('--format <format>', `report format: ${REPORT_FORMATS.join(', ')}`, choice('--format', [...REPORT_FORMATS]), 'text')
    .option('--output <file>', 'write the report to a file (the terminal still shows the summary)')
    .option('--rules <pack>', 'rule pack name (se, eu) or file; default chosen from the site')
    .option('--fail-under <score>', 'exit 1 when the score is below this', parseIntOption('--fail-under', 0))
    .option('--fail-on <severity>', 'exit 1 when a rule of this severity or worse fails: error or warning', choice('--fail-on', ['error', 'warning']))
    .option('--lang <lang>', 'report language: sv or en', choice('--lang', ['sv', 'en']))
    .option('--concurrency <n>', 'browser tabs at once', parseIntOption('--concurrency', 1), 4)
    .option('-q, --quiet', 'no progress and no summary on the terminal')
    .action(async (url: string, flags: AuditFlags, command: Command) => {
      const color = useColor(command.optsWithGlobals<{ color: boolean }>().color);
      process.exitCode = await runAuditCommand(url, { ...flags, color });
    });
}

export async function runAuditCommand(url: string, flags: AuditFlags): Promise<number> {
  const showProgress = !flags.quiet && process.stderr.isTTY === true;
  const progress = createProgress(showProgress);
  let result: AuditResult;
  try {
    result = await audit({
      url,
      maxPages: flags.maxPages,
      maxDepth: flags.maxDepth,
      timeoutSeconds: flags.timeout,
      device: flags.device,
      rules: flags.rules,
      lang: flags.lang ?? defaultLang(),
      concurrency: flags.concurrency,
    }, progress.events);
  } finally {
    progress.done();
  }
  await emit(result, flags);
  return thresholdExitCode(result, flags);
}

async function emit(result: AuditResult, flags: AuditFlags): Promise<void> {
  const report = render(result, flags.format, { color: flags.color });
  if (!flags.output) {
    process.stdout.write(report);
    return;
  }
  if (!flags.quiet) process.stdout.write(render(result, 'text', { color: flags.color }));
  try {
    await writeFileAtomic(flags.output, report);
  } catch (error) {
    // The audit is done: never lose it because the output path is bad.
    if (flags.quiet || flags.format !== 'text') process.stdout.write(report);
    throw error;
  }
}

function choice<T extends string>(flag: string, allowed: readonly T[]): (value: string) => T {
  return (value: string) => {
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
}
