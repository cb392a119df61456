import { join } from 'node:path';
import { audit } from '../audit/run-audit.js';
import type { NetworkPolicy } from '../audit/audit-browser.js';
import { BrowserCrashedError, SiteUnreachableError } from '../errors.js';
import type { AuditResult } from '../model/audit-result.js';
import { render, REPORT_FORMATS, type ReportFormat } from '../report/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { withinPacedBudget } from '../util/paced-budget.js';
import type { BatchSettings } from './batch-settings-runtime.js';
import type { BrowserSlot } from './browser-slot.js';
import { failureMessageOf, failureReasonOf, RefusedAddressError } from './failure-reason.js';
import type { JournalRecord } from './journal-record.js';
import type { SiteEntry } from './site-list.js';
import { siteRowOf } from './site-row.js';

export const SITES_DIR = 'sites';
const MAX_REFUSALS_KEPT = 20;

export function siteFileOf(key: string): string {
  return `${SITES_DIR}/${key}.json`;
}

/**
 * Audits one site in the worker's browser and writes its report. Never throws for the site's
 * sake: whatever goes wrong becomes a failed record with a reason.
 */
export async function auditSite(site: SiteEntry, slot: BrowserSlot, settings: BatchSettings): Promise<JournalRecord> {
  const started = Date.now();
  const base = { key: site.key, url: site.url, name: site.name, sector: site.sector, country: site.country, by: settings.by };
  const finish = () => ({ finishedAt: new Date().toISOString(), durationMs: Date.now() - started });
  let result: AuditResult;
  try {
    result = await attempt(site, slot, settings);
  } catch (error) {
    if (failureReasonOf(error) !== 'crashed-browser' || (error instanceof BrowserCrashedError && error.restartsSpent)) {
      return { ...base, ...finish(), status: 'failed', reason: failureReasonOf(error), message: failureMessageOf(error) };
    }
    // The browser died under this site where the audit could not start a fresh one itself: once more before calling it a failure.
    try {
      result = await attempt(site, slot, settings);
    } catch (again) {
      return { ...base, ...finish(), status: 'failed', reason: failureReasonOf(again), message: failureMessageOf(again) };
    }
  }
  const file = siteFileOf(site.key);
  await writeFileAtomic(join(settings.outputDir, file), render(result, 'json', { color: false }));
  if ((REPORT_FORMATS as readonly string[]).includes('html')) {
    await writeFileAtomic(join(settings.outputDir, SITES_DIR, `${site.key}.html`), render(result, 'html' as ReportFormat, { color: false }));
  }
  return { ...base, ...finish(), status: 'done', file, row: siteRowOf(result) };
}

async function attempt(site: SiteEntry, slot: BrowserSlot, settings: BatchSettings): Promise<AuditResult> {
  if (settings.guard) {
    const verdict = await settings.guard.check(site.url);
    if (!verdict.ok) throw verdict.kind === 'unreachable' ? new SiteUnreachableError(site.url, verdict.reason) : new RefusedAddressError(site.url, verdict.reason);
  }
  const browser = await slot.get();
  const refused: string[] = [];
  const network = networkPolicyOf(settings, refused);
  // The browser died mid-audit: the worker's next one, and the crawl goes on.
  const restart = async () => {
    await slot.discard();
    return slot.get();
  };
  const budgetMs = settings.siteBudgetSeconds * 1000;
  let result: AuditResult;
  try {
    // The hard cap stretches with the machine's load as the audit's own budget does, or a busy machine would fail sites it could finish.
    result = await withinPacedBudget(audit({
      ...settings.audit,
      url: site.url,
      ...(site.rules ? { rules: site.rules } : {}),
    }, {}, browser, { network, restartShared: restart, contact: settings.contact }), budgetMs, `the audit of ${site.url}`);
  } catch (error) {
    // Whatever still runs for this site must stop: a fresh browser for the next one.
    if (failureReasonOf(error) === 'timeout' || failureReasonOf(error) === 'crashed-browser') await slot.discard();
    if (refused.length > 0 && failureReasonOf(error) === 'unreachable') throw new RefusedAddressError(site.url, refused[0] ?? '');
    throw error;
  }
  // A result cut short by a browser that kept crashing would rank the site on half a crawl.
  if (result.crawl.stoppedBecause === 'browser-crashed') {
    await slot.discard();
    throw new BrowserCrashedError(site.url, 'it could not be restarted', true);
  }
  if (refused.length > 0 && settings.guard && !(await settings.guard.check(result.finalUrl)).ok) {
    throw new RefusedAddressError(site.url, refused[0] ?? '');
  }
  return result;
}


/**
 * The batch's address check and per-host rate limit, which the audit applies to every request of
 * both engines; what it refused is kept, to tell a refused site from an unreachable one.
 */
function networkPolicyOf(settings: BatchSettings, refused: string[]): NetworkPolicy {
  const { guard } = settings;
  return {
    ...(guard ? {
      check: async (url: string) => {
        const verdict = await guard.check(url);
        if (!verdict.ok && refused.length < MAX_REFUSALS_KEPT) refused.push(verdict.reason);
        return verdict;
      },
    } : {}),
    wait: (url: string) => settings.rateLimit.wait(url),
  };
}
