import type { Command } from 'commander';
import { useColor } from './color.js';
import { packagePath } from '../util/package-root.js';
import type { ReportLang } from '../model/report-lang.js';
import { LANG_WHEN_ABSENT, langOption, localeLang } from './option-parsers.js';

export const DEMO_SITE = 'footer-contact';
export const DEMO_REPORT_FILE = 'kontaktkoll-report.json';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('audit a bundled example site on 127.0.0.1 (no network needed)')
    .addOption(langOption(LANG_WHEN_ABSENT))
    .option('--output <file>', 'where to write the JSON report', DEMO_REPORT_FILE)
    .action(async (flags: { lang?: ReportLang; output: string }, command: Command) => {
      const color = useColor(command.optsWithGlobals<{ color: boolean }>().color);
      const [{ audit }, { serveStaticSite }, { renderJson }, { renderTerminal }, { writeFileAtomic }, { createProgress }] = await Promise.all([
        import('../audit/run-audit.js'), import('../serve/static-site-server.js'), import('../report/json.js'), import('../report/terminal.js'),
        import('../util/atomic-write.js'), import('./progress.js'),
      ]);
      const site = await serveStaticSite(packagePath('fixtures', 'sites', DEMO_SITE));
      process.stderr.write(`Serving the bundled example site "${DEMO_SITE}" at ${site.url} (no network needed); auditing it…\n`);
      const progress = createProgress(process.stderr.isTTY === true);
      try {
        const result = await audit({ url: site.url, lang: flags.lang ?? localeLang() }, progress.events);
        progress.done();
        process.stdout.write(renderTerminal(result, { color }));
        await writeFileAtomic(flags.output, renderJson(result));
        process.stderr.write(`JSON report written to ${flags.output}\n`);
      } finally {
        progress.done();
        await site.close();
      }
    });
}
