import type { Command } from 'commander';

/** What a person types, per command: the first thing `--help` readers look for. */
export const HELP_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  audit: [
    'kontaktkoll audit https://www.exempel.se',
    'kontaktkoll audit exempel.se --device both --format text,html --output-dir report',
    'kontaktkoll audit https://www.exempel.se --rules se --fail-on error --format sarif --output kontaktkoll.sarif',
    'kontaktkoll audit https://www.exempel.se --law-scope distance-selling=yes --evidence case-2026-12',
  ],
  batch: [
    'kontaktkoll batch companies.csv --output-dir survey',
    'kontaktkoll batch companies.csv --output-dir survey --resume',
    'kontaktkoll batch companies.csv --shard 2/8 --output-dir shard-2',
  ],
  merge: ['kontaktkoll merge shard-* --output-dir survey'],
  worker: ['kontaktkoll worker --queue redis://127.0.0.1:6379 --output-dir survey'],
  demo: ['kontaktkoll demo', 'kontaktkoll demo --lang en'],
  rules: ['kontaktkoll rules', 'kontaktkoll rules --pack dk --lang da', 'kontaktkoll rules --pack es --format json'],
  report: ['kontaktkoll report result.json --format html --output report.html'],
  rescore: ['kontaktkoll rescore result.json --rules trygg-kundkontakt --format text'],
  init: ['kontaktkoll init'],
  verify: ['kontaktkoll verify case-2026-12'],
};

/** Appends each command's examples to its `--help`. */
export function addHelpExamples(program: Command): void {
  for (const command of program.commands) {
    const examples = HELP_EXAMPLES[command.name()];
    if (examples) command.addHelpText('after', `\nExamples:\n${examples.map((line) => `  $ ${line}`).join('\n')}\n`);
  }
}
