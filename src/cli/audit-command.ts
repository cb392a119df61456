import type { Browser } from 'playwright-core';
import type { Command } from 'commander';
import { useColor } from './color.js';
import { auditNeedsBrowser, defaultTabs } from '../audit/audit-options.js';
import { EXIT } from '../errors.js';
import { engineSchema, type AuditResult, type Engine } from '../model/audit-result.js';
import type { ReportLang } from '../model/report-lang.js';
import { LAW_SCOPES, type LawScopeDeclaration } from '../model/law-scope.js';
import { AUDIT_DEFAULTS, auditDeviceSchema, concurrencySchema, enginesExplained, MAX_DEPTH_DEFAULT_TEXT, maxDepthSchema, maxPagesSchema, type AuditDevice, type FailOn, type ReportFormat } from '../model/settings.js';
import type { Expectations } from '../model/config.js';
import { join } from 'node:path';
import { checkOutputFlags } from './output-options.js';
import {
  choiceOption, failOnOption, failUnderOption, formatOption, LANG_WHEN_ABSENT, langOption, parseLawScope, parseNumberOption, parseSettingInt,
} from './option-parsers.js';

export interface AuditFlags {
  maxPages: number;
  maxDepth?: number;
  timeout: number;
  device: AuditDevice;
  /** Folder for screenshots of each channel's nearest finding and of each barrier. */
  screenshots?: string;
  /** A new or empty folder for the evidence bundle (pages, HAR, WARC, screenshots, manifest). */
  evidence?: string;
  format: ReportFormat[];
  output?: string;
  /** Every format into this folder under its predictable name. */
  outputDir?: string;
  /** A config file instead of the one found from the working directory up. */
  config?: string;
  /** A previous result to report regressions and improvements against. */
  compare?: string;
  stable?: boolean;
  /** The config file's promises; a broken one exits 1. */
  expect?: Expectations;
  rules?: string;
  failUnder?: number;
  failOn?: FailOn;
  lang?: ReportLang;
  concurrency: number;
  engine: Engine;
  ignoreHttpsErrors?: boolean;
  /** Every page within the budgets, without the early stop. */
  exhaustive?: boolean;
  lawScope?: LawScopeDeclaration;
  quiet?: boolean;
  color: boolean;
}

export function registerAuditCommand(program: Command): void {
  program
    .command('audit')
    .description('audit one website: clicks to each contact channel, checked against a rule pack')
    .argument('<url>', 'start page, e.g. https://example.se')
    .option('--max-pages <n>', 'most pages to examine', parseSettingInt('--max-pages', maxPagesSchema), AUDIT_DEFAULTS.maxPages)
    .option('--max-depth <n>', `most clicks from the start page to follow (default: ${MAX_DEPTH_DEFAULT_TEXT})`, parseSettingInt('--max-depth', maxDepthSchema))
    .option('--timeout <seconds>', 'time budget for the whole audit, in an idle machine\'s seconds (stretched while the machine is busy)', parseNumberOption('--timeout'), AUDIT_DEFAULTS.timeoutSeconds)
    .addOption(choiceOption('--device <device>', 'a desktop or a phone (Pixel 7); both reports each and their differences', auditDeviceSchema.options)
      .default(AUDIT_DEFAULTS.device))
    .option('--screenshots <dir>', 'save a screenshot of each channel\'s nearest finding and of each barrier into this folder')
    .option('--evidence <dir>', 'write a case file into this new or empty folder: every page read with its SHA-256, screenshots, a HAR, a WARC and a hashed manifest (check it with kontaktkoll verify)')
    .addOption(formatOption(AUDIT_DEFAULTS.format))
    .option('--output <file>', 'write the report to a file (the terminal still shows the summary)')
    .option('--output-dir <dir>', 'write every format into this folder (kontaktkoll.json, kontaktkoll.sarif, …)')
    .option('--config <file>', 'config file (default: kontaktkoll.config.json/.yaml/.mjs from here upward)')
    .option('--compare <previous.json>', 'report regressions and improvements against a previous result')
    .option('--stable', 'fixed timestamps and sorted lists, so two runs diff cleanly')
    .option('--exhaustive', 'examine every page within the budgets, not stopping once every channel is found (for a case file that must cover the site)')
    .option('--ignore-https-errors', 'proceed past an invalid TLS certificate (self-signed, expired)')
    .option('--rules <pack>', 'rule pack name (se, eu) or file; default chosen from the site')
    .addOption(failUnderOption())
    .addOption(failOnOption())
    .addOption(langOption(LANG_WHEN_ABSENT))
    .option('--law-scope <list>', `whom the laws bind the company, e.g. distance-selling=yes,es-customer-service-law=no (${LAW_SCOPES.join(', ')})`, parseLawScope)
    .option('--concurrency <n>', 'browser tabs at once', parseSettingInt('--concurrency', concurrencySchema), defaultTabs())
    .addOption(choiceOption('--engine <engine>', `how pages are read: ${enginesExplained()}`, engineSchema.options).default(AUDIT_DEFAULTS.engine))
    .option('-q, --quiet', 'no progress and no summary on the terminal')
    .action(async (url: string, flags: AuditFlags, command: Command) => {
      const color = useColor(command.optsWithGlobals<{ color: boolean }>().color);
      const [{ loadConfig }, { mergeFlags }] = await Promise.all([import('../config/config-file.js'), import('./audit-config.js')]);
      const loaded = await loadConfig({ explicit: flags.config });
      const merged = mergeFlags(flags, command, loaded?.config);
      process.exitCode = await runAuditCommand(url, { ...merged, expect: loaded?.config.expect, color });
    });
}

export async function runAuditCommand(url: string, flags: AuditFlags): Promise<number> {
  checkOutputFlags(flags);
  // Loaded when an audit runs: --help and a usage error need not pay for the reports, the evidence and the config loader.
  const [{ compareResults, comparisonLines, readResultFile }, { brokenPromises }, { auditSettingsOf }, { emitReports }, { createProgress }, { thresholdExitCode }] = await Promise.all([
    import('../audit/compare.js'), import('../audit/expectations.js'), import('./audit-config.js'), import('./report-output.js'), import('./progress.js'), import('./threshold.js'),
  ]);
  const previous = flags.compare ? readResultFile(flags.compare) : null;
  const evidence = flags.evidence ? await evidenceTools() : null;
  if (evidence && flags.evidence) evidence.prepareEvidenceDir(flags.evidence);
  const showProgress = !flags.quiet && process.stderr.isTTY === true;
  const progress = createProgress(showProgress);
  // A case file shows what was found: its screenshots are taken into the bundle unless asked for elsewhere.
  const screenshots = flags.screenshots ?? (flags.evidence ? join(flags.evidence, 'screenshots') : undefined);
  const launching = auditNeedsBrowser({ engine: flags.engine, screenshots }) ? (await launchEarly(url))?.browser : undefined;
  let result: AuditResult;
  try {
    // Loaded when an audit runs: the browser and the extractors cost a second that --help and a usage error need not pay.
    const { audit } = await import('../audit/run-audit.js');
    const recorder = evidence && flags.evidence ? new evidence.PageRecorder(flags.evidence) : null;
    const startedAt = new Date();
    const input = {
      url,
      ...auditSettingsOf(flags),
      concurrency: flags.concurrency,
      engine: flags.engine,
      ignoreHttpsErrors: flags.ignoreHttpsErrors === true,
      exhaustive: flags.exhaustive === true,
      lawScope: flags.lawScope,
      screenshots,
    };
    result = await audit(input, progress.events, undefined, { ...(recorder ? { capture: recorder.capture } : {}), launching });
    if (evidence && recorder && flags.evidence) {
      const manifest = await evidence.writeBundle({
        dir: flags.evidence, recorder, result, pack: evidence.loadRulePack(flags.rules ?? result.rulePack.id),
        options: { ...input, evidence: flags.evidence }, startedAt, finishedAt: new Date(),
      });
      if (!flags.quiet) process.stderr.write(`evidence written: ${flags.evidence} (${manifest.pages.length} pages, ${manifest.files.length} files, manifest sha256 ${manifest.manifestSha256})\n`);
    }
  } finally {
    progress.done();
    // Closed by the audit once it used it; not when the audit failed first (a browser left open keeps the process alive).
    await launching?.then((browser) => browser.close()).catch(() => undefined);
  }
  const comparison = previous ? comparisonLines(compareResults(previous, result), result.lang) : [];
  await emitReports(result, flags, comparison);
  if (result.crawl.stoppedBecause === 'browser-crashed') {
    // What was found before is in the report above; the verdict on the whole site is not.
    process.stderr.write(`kontaktkoll: could not finish auditing ${result.startUrl}: the browser crashed and could not be restarted; the report shows what was found before\n`);
    return EXIT.siteUnreachable;
  }
  const broken = flags.expect ? brokenPromises(result, flags.expect) : [];
  for (const promise of broken) process.stderr.write(`kontaktkoll: broken promise ${promise.where}: ${promise.message}\n`);
  return broken.length > 0 ? EXIT.threshold : thresholdExitCode(result, flags);
}

/**
 * The browser an audit of a valid address needs, started before the audit's own code loads:
 * Chromium's start then runs beside that loading (on a second core), and an audit begins its
 * first page half a second sooner.
 */
async function launchEarly(url: string): Promise<{ browser: Promise<Browser> } | undefined> {
  const { parseStartUrl } = await import('../audit/start-url.js');
  try {
    parseStartUrl(url);
  } catch {
    // Refused by the audit with its own message, before any browser.
    return undefined;
  }
  const { launchBrowser } = await import('../crawl/launch-browser.js');
  const launching = launchBrowser();
  // Its failure (no browser found) is the audit's to report, when the audit gets there.
  launching.catch(() => undefined);
  return { browser: launching };
}

/** What writing an evidence bundle takes, loaded only when one is asked for. */
async function evidenceTools() {
  const [{ prepareEvidenceDir }, { PageRecorder }, { writeBundle }, { loadRulePack }] = await Promise.all([
    import('../evidence/evidence-dir.js'), import('../evidence/page-recorder.js'), import('../evidence/write-bundle.js'), import('../config/rule-pack-loader.js'),
  ]);
  return { prepareEvidenceDir, PageRecorder, writeBundle, loadRulePack };
}
