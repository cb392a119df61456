import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { loadRulePack } from '../config/rule-pack-loader.js';
import { REPORT_LANGS, type ReportLang } from '../model/report-lang.js';
import { localeLang, parseLang } from './option-parsers.js';
import { bundledPackIds, rulesAsJson, rulesAsMarkdown, rulesAsText } from './rules-listing.js';

const FORMATS = ['text', 'md', 'json'] as const;
type RulesFormat = (typeof FORMATS)[number];

interface RulesFlags {
  pack?: string;
  format: RulesFormat;
  lang?: ReportLang;
}

function oneOf<T extends string>(flag: string, allowed: readonly T[]): (value: string) => T {
  return (value: string) => {
    if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value as T;
  };
}

export function registerRulesCommand(program: Command): void {
  program
    .command('rules')
    .description('list the rules of a pack (or of every bundled pack) with their sources and kind of source')
    .option('--pack <name or file>', 'a bundled pack (eu, se, dk, pl, fi, es, trygg-kundkontakt) or a pack file; default: all bundled packs')
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, oneOf('--format', FORMATS), 'text')
    .option('--lang <lang>', `language of the rule texts: ${REPORT_LANGS.join(', ')} (default: from the locale, else each pack's own)`, parseLang)
    .action((flags: RulesFlags) => {
      // Loading validates: a broken pack throws a ConfigError naming file and path (exit 2).
      const packs = (flags.pack ? [flags.pack] : bundledPackIds()).map((name) => loadRulePack(name));
      const lang = flags.lang ?? localeLang();
      const output = flags.format === 'json' ? rulesAsJson(packs, lang)
        : flags.format === 'md' ? rulesAsMarkdown(packs, lang)
          : rulesAsText(packs, lang);
      process.stdout.write(output);
    });
}
