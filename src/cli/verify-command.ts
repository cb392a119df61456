import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { EXIT, UsageError } from '../errors.js';

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('check an evidence bundle (audit --evidence) against its manifest: every file re-hashed')
    .argument('<dir>', 'the bundle folder')
    .addHelpText('after', '\nExit 0 when the bundle is intact, 7 when anything differs (one line per difference on stdout).')
    .action(async (dir: string) => {
      process.exitCode = await runVerify(dir);
    });
}

/** One line per difference, so a person (or grep) sees each file that moved; the last line is the verdict. */
export async function runVerify(dir: string): Promise<number> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such folder: ${dir}`);
  const { verifyBundle } = await import('../evidence/verify-bundle.js');
  const { files, problems } = await verifyBundle(dir);
  for (const problem of problems) process.stdout.write(`${problem.kind.padEnd(8)} ${problem.path}: ${problem.detail}\n`);
  if (problems.length === 0) {
    process.stdout.write(`intact: ${files} files and the manifest match their SHA-256\n`);
    return EXIT.ok;
  }
  process.stderr.write(`kontaktkoll: the evidence bundle ${dir} has changed (${problems.length} difference${problems.length === 1 ? '' : 's'})\n`);
  return EXIT.evidenceChanged;
}
