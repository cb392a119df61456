import { BrowserCrashedError, KontaktkollError, SiteUnreachableError } from '../errors.js';
import { TimeoutError } from '../util/with-timeout.js';
import type { FailureReason } from './journal-record.js';
import { firstLineOf } from '../util/first-line.js';

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
  if (error instanceof BrowserCrashedError) return 'crashed-browser';
  return 'error';
}

export function failureMessageOf(error: unknown): string {
  return firstLineOf(error, '').slice(0, 500);
}
