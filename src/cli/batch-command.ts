import { hostname } from 'node:os';
import type { Command } from 'commander';
import { defaultConcurrency } from '../batch/default-concurrency.js';
import { siteSettingsSchema, type SiteSettings } from '../batch/batch-settings.js';
import { DEFAULT_QUEUE_NAME } from '../batch/queue-name.js';
import { isInShard, parseShard } from '../batch/site-key.js';
import { readSiteList } from '../batch/site-list.js';
import { batchExitCode, failedSitesLine } from '../batch/batch-exit.js';
import { UsageError } from '../errors.js';
import type { ReportLang } from '../model/report-lang.js';
import { inert } from '../report/terminal-text.js';
import { createBatchProgress, progressModeFor } from './batch-progress.js';
import { LANG_HELP, localeLang, parseIntOption, parseLang, parseNumberOption } from './option-parsers.js';

interface BatchFlags {
  maxPages: number;
  maxDepth: number;
  timeout: number;
  siteTimeout?: number;
  device: 'desktop' | 'mobile';
  rules?: string;
  lang?: ReportLang;
  tabs: number;
  engine: 'auto' | 'browser' | 'http';
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
    .option('--host-rate <n>', 'most requests a second to one host (0 = no limit)', parseHostRate, 4);
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
    .option('--output-dir <dir>', 'folder for results.jsonl, per-site reports and the summary', 'kontaktkoll-batch')
    .option('--concurrency <n>', 'sites at once, each in its own browser (default from cores and memory)', parseIntOption('--concurrency', 1))
    .option('--resume', 'continue a batch: skip sites the journal already has')
    .option('--retry-failed', 'continue a batch and audit again the sites that failed')
    .option('--shard <k/n>', 'audit only shard k of n (stable partition by URL)')
    .option('--max-pages <n>', 'most pages to examine per site', parseIntOption('--max-pages', 1), 60)
    .option('--max-depth <n>', 'most clicks from the start page to follow', parseIntOption('--max-depth', 0), 4)
    .option('--timeout <seconds>', 'crawl time budget per site', parseNumberOption('--timeout'), 90)
    .option('--site-timeout <seconds>', 'hard limit per site, crawl and all (default: --timeout + 30)', parseNumberOption('--site-timeout'))
    .option('--device <device>', 'desktop or mobile', (value: string) => {
      if (value !== 'desktop' && value !== 'mobile') throw new UsageError(`--device must be one of desktop, mobile, not "${value}"`);
      return value;
    }, 'desktop')
    .option('--rules <pack>', 'rule pack for every site without its own rules column')
    .option('--lang <lang>', `${LANG_HELP}; also the summary's (default en)`, parseLang)
    .option('--tabs <n>', 'browser tabs at once within one site', parseIntOption('--tabs', 1), 2)
    .option('--engine <engine>', 'auto (render only what can change a verdict), browser or http', (value: string) => {
      if (value !== 'auto' && value !== 'browser' && value !== 'http') throw new UsageError(`--engine must be one of auto, browser, http, not "${value}"`);
      return value;
    }, 'auto')
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
      maxPages: flags.maxPages,
      maxDepth: flags.maxDepth,
      timeoutSeconds: flags.timeout,
      device: flags.device,
      // Absent: each site's report follows its own rule pack.
      lang: flags.lang ?? localeLang(),
      concurrency: flags.tabs,
      engine: flags.engine,
      ...(flags.rules ? { rules: flags.rules } : {}),
    },
    siteBudgetSeconds: flags.siteTimeout ?? flags.timeout + 30,
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
    + `${inert(flags.outputDir, 120)}/summary.csv, summary.html · peak memory ${Math.round((summary.peakRssBytes ?? 0) / 1024 / 1024)} MB\n`);
  const failedLine = failedSitesLine(summary);
  if (failedLine) process.stderr.write(`kontaktkoll batch: ${failedLine}\n`);
  return batchExitCode(summary);
}
