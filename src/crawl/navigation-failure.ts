import type { Page, Request } from 'playwright-core';
import { errors } from './playwright-core.js';
import { firstLineOf } from '../util/first-line.js';

/**
 * The browser reports a failed page load twice: as a rejected `goto`, whose message is prose,
 * and as events — the failed request with its network error code, or the download the response
 * became. The report's reason is taken from the events; they may arrive a moment after the
 * rejection, so that moment is waited for, briefly.
 */
const EVENT_WAIT_MS = 1_000;

export interface NavigationFailure {
  reason: string;
  /** Chromium's network error code (`ERR_NAME_NOT_RESOLVED`, `ERR_CERT_AUTHORITY_INVALID`…), when the request failed in the network. */
  netError?: string;
  timedOut?: true;
}

export interface NavigationWatch {
  /** Why the navigation that threw `error` failed. */
  failure(error: unknown): Promise<NavigationFailure>;
  stop(): void;
}

/** Starts listening before a navigation of the page's main frame. */
export function watchNavigation(page: Page): NavigationWatch {
  let errorText: string | undefined;
  let download = false;
  let wake: (() => void) | undefined;
  const onFailed = (request: Request) => {
    if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
    errorText = request.failure()?.errorText;
    wake?.();
  };
  const onDownload = () => {
    download = true;
    wake?.();
  };
  page.on('requestfailed', onFailed);
  page.on('download', onDownload);
  // A download is reported as an aborted request first, then as the download.
  const settled = () => download || (errorText !== undefined && errorText !== ABORTED);
  const stop = () => {
    page.off('requestfailed', onFailed);
    page.off('download', onDownload);
  };
  return {
    async failure(error) {
      if (error instanceof errors.TimeoutError) return { reason: 'navigation timed out', timedOut: true };
      if (!settled()) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, EVENT_WAIT_MS);
          wake = () => { if (settled()) done(); };
          function done() {
            clearTimeout(timer);
            resolve();
          }
        });
      }
      if (download) return { reason: 'download, not a web page' };
      const netError = errorText?.replace(/^net::/, '');
      return netError ? { reason: netError, netError } : { reason: firstLineOf(error, 'navigation failed') };
    },
    stop,
  };
}

const ABORTED = 'net::ERR_ABORTED';
