import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { formatZodIssues } from '../config/zod-issues.js';
import { EXIT, KontaktkollError } from '../errors.js';
import { TOOL_VERSION } from '../util/package-root.js';
import { registerAuditCommand } from './audit-command.js';
import { addHelpExamples } from './help-examples.js';
import { registerBatchCommand } from './batch-command.js';
import { registerMergeCommand } from './merge-command.js';
import { registerWorkerCommand } from './worker-command.js';
import { registerDemoCommand } from './demo-command.js';
import { registerInitCommand } from './init-command.js';
import { registerReportCommand } from './report-command.js';
import { registerRescoreCommand } from './rescore-command.js';
import { registerRulesCommand } from './rules-command.js';
import { registerVerifyCommand } from './verify-command.js';
import { firstLineOf } from '../util/first-line.js';

export function buildProgram(): Command {
  const program = new Command('kontaktkoll')
    .description('How many clicks does it take to reach a human? Audits a website\'s contact channels.')
    .version(TOOL_VERSION)
    .option('--no-color', 'plain text without colours')
    .option('--debug', 'show stack traces of errors')
    .showHelpAfterError('(run kontaktkoll --help for usage)')
    .exitOverride();
  registerAuditCommand(program);
  registerBatchCommand(program);
  registerMergeCommand(program);
  registerWorkerCommand(program);
  registerDemoCommand(program);
  registerRulesCommand(program);
  registerReportCommand(program);
  registerRescoreCommand(program);
  registerInitCommand(program);
  registerVerifyCommand(program);
  addHelpExamples(program);
  return program;
}

/** The only place that decides the exit code: commands set it, errors map to it. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error, argv.includes('--debug'));
  }
  await exitWhenWritten();
}

/**
 * Ends the process once its output is written, not when the last timer runs out: a bound on work
 * abandoned when a command finished (a tab opening in a browser already closed) must not delay
 * the exit, and must not be unreferenced either, or a command still waiting on it would end early.
 */
async function exitWhenWritten(): Promise<void> {
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}

function reportError(error: unknown, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof KontaktkollError) {
    process.stderr.write(`kontaktkoll: ${error.message}\n`);
    if (error.hint) process.stderr.write(`${error.hint}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  // Options that pass their flag's parser but not the audit's schema (e.g. --max-pages above its cap).
  if (error instanceof ZodError) {
    process.stderr.write(`kontaktkoll: invalid options: ${formatZodIssues(error)}\n`);
    if (debug && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT.usage;
  }
  const message = firstLineOf(error);
  process.stderr.write(`kontaktkoll: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return EXIT.usage;
}
