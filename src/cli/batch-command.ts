import { hostname } from 'node:os';
import type { Command } from 'commander';
import { defaultConcurrency } from '../batch/default-concurrency.js';
import { siteSettingsSchema, type SiteSettings } from '../batch/batch-settings.js';
import { DEFAULT_QUEUE_NAME } from '../batch/queue-name.js';
import { UsageError } from '../errors.js';
import { deviceSchema, engineSchema, type Device, type Engine } from '../model/audit-result.js';
import type { ReportLang } from '../model/report-lang.js';
import { AUDIT_DEFAULTS, BATCH_DEFAULTS, concurrencySchema, enginesExplained, MAX_DEPTH_DEFAULT_TEXT, maxDepthSchema, maxPagesSchema } from '../model/settings.js';
import { inert } from '../report/terminal-text.js';
import { auditSettingsOf } from './audit-config.js';
import { choiceOption, LANG_WHEN_ABSENT, langOption, parseIntOption, parseNumberOption, parseSettingInt } from './option-parsers.js';

interface BatchFlags {
  maxPages: number;
  maxDepth?: number;
  timeout: number;
  siteTimeout?: number;
  device: Device;
  rules?: string;
  lang?: ReportLang;
  tabs: number;
  engine: Engine;
  concurrency?: number;
  outputDir: string;
  resume?: boolean;
  retryFailed?: boolean;
  shard?: string;
  allowPrivate?: boolean;
  contact?: string;
  hostRate: number;
  queue?: string;
  queueName: string;
  quiet?: boolean;
}

/** Options every command that audits sites in bulk shares (batch and worker). */
export function addPolitenessOptions(command: Command): Command {
  return command
    .option('--allow-private', 'allow private, loopback and link-local addresses (refused by default)')
    .option('--contact <url>', 'a URL naming who runs the batch, added to the user agent')
    .option('--host-rate <n>', 'most requests a second to one host (0 = no limit)', parseHostRate, BATCH_DEFAULTS.hostRate);
}

function parseHostRate(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`--host-rate must be a number ≥ 0, not "${value}"`);
  return parsed;
}

export function registerBatchCommand(program: Command): void {
  const command = program
    .command('batch')
    .description('audit a list of websites (CSV with url,name,sector,country,rules or one URL a line) into a ranked table')
    .argument('<file>', 'the list: .csv with a url column, or text with one URL a line')
    .option('--output-dir <dir>', 'folder for results.jsonl, per-site reports and the summary', BATCH_DEFAULTS.outputDir)
    .option('--concurrency <n>', 'sites at once, each in its own browser (default from cores and memory)', parseIntOption('--concurrency', 1))
    .option('--resume', 'continue a batch: skip sites the journal already has')
    .option('--retry-failed', 'continue a batch and audit again the sites that failed')
    .option('--shard <k/n>', 'audit only shard k of n (stable partition by URL)')
    .option('--max-pages <n>', 'most pages to examine per site', parseSettingInt('--max-pages', maxPagesSchema), AUDIT_DEFAULTS.maxPages)
    .option('--max-depth <n>', `most clicks from the start page to follow (default: ${MAX_DEPTH_DEFAULT_TEXT})`, parseSettingInt('--max-depth', maxDepthSchema))
    .option('--timeout <seconds>', 'crawl time budget per site, in an idle machine\'s seconds (stretched while the machine is busy)', parseNumberOption('--timeout'), AUDIT_DEFAULTS.timeoutSeconds)
    .option('--site-timeout <seconds>', `hard limit per site, crawl and all, counted like --timeout (default: --timeout + ${BATCH_DEFAULTS.siteBudgetMarginSeconds})`, parseNumberOption('--site-timeout'))
    .addOption(choiceOption('--device <device>', 'a desktop or a phone (Pixel 7)', deviceSchema.options).default(AUDIT_DEFAULTS.device))
    .option('--rules <pack>', 'rule pack for every site without its own rules column')
    .addOption(langOption(`${LANG_WHEN_ABSENT}; the summary's: from the locale, else en`))
    .option('--tabs <n>', 'browser tabs at once within one site', parseSettingInt('--tabs', concurrencySchema), BATCH_DEFAULTS.tabs)
    .addOption(choiceOption('--engine <engine>', `how pages are read: ${enginesExplained()}`, engineSchema.options).default(AUDIT_DEFAULTS.engine))
    .option('--queue <redis-url>', 'put the sites on a Redis queue for `kontaktkoll worker` instead of auditing here')
    .option('--queue-name <name>', 'name of the queue', DEFAULT_QUEUE_NAME)
    .option('-q, --quiet', 'no progress on the terminal');
  addPolitenessOptions(command).action(async (file: string, flags: BatchFlags) => {
    process.exitCode = await runBatchCommand(file, flags);
  });
}

export function siteSettingsOf(flags: BatchFlags, by: string): SiteSettings {
  const parsed = siteSettingsSchema.safeParse({
    audit: {
      // A language neither given nor the locale's is absent: each site's report follows its own rule pack.
      ...auditSettingsOf(flags),
      concurrency: flags.tabs,
      engine: flags.engine,
    },
    siteBudgetSeconds: flags.siteTimeout ?? flags.timeout + BATCH_DEFAULTS.siteBudgetMarginSeconds,
    allowPrivate: flags.allowPrivate === true,
    ...(flags.contact ? { contact: flags.contact } : {}),
    hostRate: flags.hostRate,
    outputDir: flags.outputDir,
    by,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`invalid option ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

async function runBatchCommand(file: string, flags: BatchFlags): Promise<number> {
  // Loaded when a batch runs: --help and a usage error need not pay for the list reader and the progress bars.
  const [{ readSiteList }, { isInShard, parseShard }, { batchExitCode, failedSitesLine }, { createBatchProgress, progressModeFor }] = await Promise.all([
    import('../batch/site-list.js'), import('../batch/site-key.js'), import('../batch/batch-exit.js'), import('./batch-progress.js'),
  ]);
  const list = await readSiteList(file);
  for (const problem of list.problems) process.stderr.write(`kontaktkoll batch: ${inert(file, 80)} line ${problem.line}: ${inert(problem.message, 200)} (skipped)\n`);
  const shard = flags.shard ? parseShard(flags.shard) : null;
  const sites = shard ? list.sites.filter((site) => isInShard(site.key, shard)) : list.sites;
  if (list.sites.length === 0) throw new UsageError(`the list ${file} has no valid site`);
  const settings = siteSettingsOf(flags, `${hostname()}:${process.pid}`);

  if (flags.queue) {
    const { enqueueSites } = await import('../batch/queue.js');
    const { added, alreadyQueued } = await enqueueSites(flags.queue, flags.queueName, sites.map((site) => ({
      site, audit: settings.audit, siteBudgetSeconds: settings.siteBudgetSeconds,
    })));
    process.stdout.write(`enqueued ${added} site(s) on "${inert(flags.queueName, 60)}"${alreadyQueued ? `, ${alreadyQueued} already queued` : ''}\n`);
    return 0;
  }

  const progress = createBatchProgress(progressModeFor(flags.quiet === true));
  const { runBatch } = await import('../batch/run-batch.js');
  let outcome;
  try {
    outcome = await runBatch({
      sites,
      settings,
      concurrency: flags.concurrency ?? defaultConcurrency(),
      resume: flags.resume === true,
      retryFailed: flags.retryFailed === true,
      skipped: list.problems,
    }, progress.events);
  } finally {
    progress.stop();
  }
  const { summary } = outcome;
  process.stdout.write(`${summary.ranked.length} audited, ${summary.failed.length} failed${shard ? ` (shard ${shard.index}/${shard.count})` : ''} · `
    + `${inert(flags.outputDir, 120)}/summary.csv, summary.html, summary.md · peak memory ${Math.round((summary.peakRssBytes ?? 0) / 1024 / 1024)} MB\n`);
  const failedLine = failedSitesLine(summary);
  if (failedLine) process.stderr.write(`kontaktkoll batch: ${failedLine}\n`);
  return batchExitCode(summary);
}
