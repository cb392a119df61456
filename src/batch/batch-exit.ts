import { EXIT } from '../errors.js';
import type { BatchSummary } from './summary.js';

/**
 * A batch's exit code, from the whole journal (a resumed run answers for the batch, not only for
 * what it ran just now): 0 when every site was audited, `someSitesFailed` when some could not be,
 * `noSiteAudited` when none could. Skipped list rows do not count: they are not sites, and the
 * summary names them.
 */
export function batchExitCode(summary: Pick<BatchSummary, 'ranked' | 'failed'>): number {
  if (summary.failed.length === 0) return EXIT.ok;
  return summary.ranked.length === 0 ? EXIT.noSiteAudited : EXIT.someSitesFailed;
}

/** The one stderr line that says why a batch exits non-zero; null when nothing failed. */
export function failedSitesLine(summary: Pick<BatchSummary, 'ranked' | 'failed'>): string | null {
  const failed = summary.failed.length;
  if (failed === 0) return null;
  const total = failed + summary.ranked.length;
  return `${failed} of ${total} site${total === 1 ? '' : 's'} could not be audited (exit ${batchExitCode(summary)}); summary.csv, summary.html and summary.md list them with the reason`;
}
