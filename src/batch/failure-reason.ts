import { BROWSER_GONE_WORDS } from '../crawl/browser-crash.js';
import { KontaktkollError, SiteUnreachableError } from '../errors.js';
import { TimeoutError } from '../util/with-timeout.js';
import type { FailureReason } from './journal-record.js';

/** Refused by the address check before or during the audit. */
export class RefusedAddressError extends KontaktkollError {
  constructor(readonly url: string, reason: string) {
    super(`refused ${url}: ${reason}`, 3);
  }
}

/** Names why a site could not be audited, in the few words a summary table can show. */
export function failureReasonOf(error: unknown): FailureReason {
  if (error instanceof RefusedAddressError) return 'refused';
  if (error instanceof TimeoutError) return 'timeout';
  if (error instanceof SiteUnreachableError) return error.why;
  const message = error instanceof Error ? error.message : String(error);
  if (BROWSER_GONE_WORDS.test(message)) return 'crashed-browser';
  return 'error';
}

export function failureMessageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').slice(0, 500);
}
