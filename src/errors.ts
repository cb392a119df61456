/**
 * Errors a user can act on. Each kind maps to one exit code; the CLI prints the message as
 * one line (stack only with --debug). Anything else is an internal error.
 */
export const EXIT = {
  ok: 0,
  /** Score under --fail-under, or a rule at/above --fail-on failed. */
  threshold: 1,
  /** Bad command line, URL, config or rule pack. */
  usage: 2,
  /** The site could not be audited (unreachable start URL, timeout before the first page). */
  siteUnreachable: 3,
  /** This machine lacks what the audit needs (no browser). */
  environment: 4,
  /** `batch`: some sites could not be audited (the others were; the summary lists both). */
  someSitesFailed: 5,
  /** `batch`: no site could be audited, so the summary ranks nothing. */
  noSiteAudited: 6,
  /** `verify`: an evidence bundle differs from its manifest (a file changed, missing or added, or the manifest edited). */
  evidenceChanged: 7,
} as const;

export class KontaktkollError extends Error {
  constructor(message: string, readonly exitCode: number, readonly hint?: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class UsageError extends KontaktkollError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.usage, hint);
  }
}

/** A rule pack or config file that does not validate: says the file and the path inside it. */
export class ConfigError extends KontaktkollError {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`, EXIT.usage);
  }
}

export class SiteUnreachableError extends KontaktkollError {
  /**
   * `why`: refused by robots.txt, timed out, or not reached at all; `netError`: the browser's
   * network error code, when the request failed in the network.
   */
  constructor(readonly url: string, reason: string, readonly why: 'robots' | 'timeout' | 'unreachable' = 'unreachable', readonly netError?: string) {
    super(`could not audit ${url}: ${reason}`, EXIT.siteUnreachable,
      netError && /^ERR_(CERT|SSL)_/.test(netError) ? 'the site\'s TLS certificate is not valid; --ignore-https-errors proceeds anyway' : undefined);
  }
}

export class BrowserMissingError extends KontaktkollError {
  constructor(message: string, hint: string) {
    super(message, EXIT.environment, hint);
  }
}

/** The browser died under an audit and no fresh one could carry it on: what was found is not the site's verdict. */
export class BrowserCrashedError extends KontaktkollError {
  /** `restartsSpent`: the audit already started fresh browsers for the site as often as it may; another attempt would only repeat them. */
  constructor(readonly url: string, reason: string, readonly restartsSpent = false) {
    super(`the browser crashed auditing ${url}: ${reason}`, EXIT.siteUnreachable);
  }
}
