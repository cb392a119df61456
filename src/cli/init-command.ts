import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import type { ConfigFile } from '../model/config.js';
import { writeFileAtomic } from '../util/atomic-write.js';

export const INIT_FILE = 'kontaktkoll.config.json';
/** Where the schema sits once kontaktkoll is installed in a project, for editor completion. */
export const CONFIG_SCHEMA_REF = './node_modules/kontaktkoll/schema/config.schema.json';

/** A starting point a company edits: its rule pack, CI formats, and promises it wants to keep. */
export function initialConfig(): ConfigFile {
  return {
    $schema: CONFIG_SCHEMA_REF,
    rules: 'se',
    format: ['text', 'json', 'md', 'sarif', 'junit', 'html'],
    outputDir: 'kontaktkoll-report',
    failOn: 'error',
    expect: {
      maxClicks: { phone: 1, human: 2 },
      present: ['email', 'address'],
      hoursStated: true,
      noChatbotOnly: true,
    },
  };
}

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description(`write a ${INIT_FILE} with its $schema, to edit`)
    .option('--force', 'overwrite an existing config file')
    .action(async (flags: { force?: boolean }) => {
      const file = resolve(INIT_FILE);
      if (existsSync(file) && !flags.force) throw new UsageError(`${INIT_FILE} already exists (use --force to overwrite it)`);
      await writeFileAtomic(file, `${JSON.stringify(initialConfig(), null, 2)}\n`);
      process.stderr.write(`wrote ${INIT_FILE}: edit the promises under "expect", then run kontaktkoll audit <url>\n`);
    });
}
