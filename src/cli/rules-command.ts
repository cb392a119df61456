import type { Command } from 'commander';
import type { ReportLang } from '../model/report-lang.js';
import { rulesFormatSchema, type RulesFormat } from '../model/settings.js';
import { choiceOption, langOption, localeLang } from './option-parsers.js';

interface RulesFlags {
  pack?: string;
  format: RulesFormat;
  lang?: ReportLang;
}

export function registerRulesCommand(program: Command): void {
  program
    .command('rules')
    .description('list the rules of a pack (or of every bundled pack) with their sources and kind of source')
    .option('--pack <name or file>', 'a bundled pack (eu, se, dk, pl, fi, es, trygg-kundkontakt) or a pack file; default: all bundled packs')
    .addOption(choiceOption('--format <format>', 'output format', rulesFormatSchema.options).default('text'))
    .addOption(langOption('from the locale, else each pack\'s own', 'language of the rule texts'))
    .action(async (flags: RulesFlags) => {
      const [{ loadRulePack }, { bundledPackIds, rulesAsJson, rulesAsMarkdown, rulesAsText }] = await Promise.all([
        import('../config/rule-pack-loader.js'), import('../audit/rules-listing.js'),
      ]);
      // Loading validates: a broken pack throws a ConfigError naming file and path (exit 2).
      const packs = (flags.pack ? [flags.pack] : bundledPackIds()).map((name) => loadRulePack(name));
      const lang = flags.lang ?? localeLang();
      const output = flags.format === 'json' ? rulesAsJson(packs, lang)
        : flags.format === 'md' ? rulesAsMarkdown(packs, lang)
          : rulesAsText(packs, lang);
      process.stdout.write(output);
    });
}
