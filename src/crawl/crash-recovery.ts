import type { Browser } from 'playwright-core';
import { withTimeout } from '../util/with-timeout.js';
import { browserDied } from './browser-crash.js';
import type { VisitOutcome } from './visit-page.js';
import { firstLineOf } from '../util/first-line.js';

/** A site that kills the browser again and again is given up on after this many restarts. */
const MAX_BROWSER_RESTARTS = 3;
/** A call into a browser that is dying may never answer: a visit is bounded by the deadline plus this. */
const VISIT_GRACE_MS = 15_000;

/** The crawl's hold on its browser: how to carry on in a fresh one when it died. */
export interface BrowserLink {
  current(): Browser;
  restart?: () => Promise<void>;
}


/**
 * Reads pages so that a browser dying under one costs a restart, not the audit: a fresh browser
 * is started (once for all tabs that died with it) and the page is read again, once. When no
 * fresh browser can be had, `crashed` says why and the crawl must stop.
 */
export class CrashRecovery {
  /** Restarts so far; each starts a new generation of tabs. */
  private restarts = 0;
  private restarting: Promise<boolean> | null = null;
  crashed: string | null = null;

  constructor(private readonly browser: BrowserLink, private readonly noteCrash: (url: string, reason: string) => void) {}

  async visit<T>(url: string, deadline: number, once: () => Promise<VisitOutcome<T>>, retried = false): Promise<VisitOutcome<T>> {
    const generation = this.restarts;
    const bound = Math.max(0, deadline - Date.now()) + VISIT_GRACE_MS;
    const outcome: VisitOutcome<T> = !this.browser.current().isConnected()
      ? { ok: false, url, reason: 'the browser is gone' }
      : await withTimeout(once(), bound, 'reading the page').catch((error: unknown) => ({ ok: false as const, url, reason: firstLineOf(error, 'browser failure') }));
    if (outcome.ok) return outcome;
    // A tab that failed while another restarted the browser died with the old one.
    if (this.restarting) await this.restarting;
    const restartedMeanwhile = generation !== this.restarts;
    if (!restartedMeanwhile && !(await browserDied(this.browser.current()))) return outcome;
    if (!restartedMeanwhile && !(await this.restart())) {
      return { ok: false, url, reason: `the browser crashed and could not be restarted (${this.crashed})` };
    }
    if (retried) return { ok: false, url, reason: 'the browser crashed again while reading this page; given up' };
    this.noteCrash(url, 'the browser crashed while reading this page; it was restarted and the page read again');
    return this.visit(url, deadline, once, true);
  }

  /** One restart for all the tabs that died together; false when no fresh browser can be had. */
  private restart(): Promise<boolean> {
    this.restarting ??= (async () => {
      const restart = this.browser.restart;
      if (this.crashed !== null) return false;
      if (!restart) return this.giveUp('no fresh browser can be started for this audit');
      if (this.restarts >= MAX_BROWSER_RESTARTS) return this.giveUp(`it crashed ${this.restarts + 1} times`);
      try {
        await restart();
        this.restarts++;
        return true;
      } catch (error) {
        return this.giveUp(`starting a fresh one failed: ${firstLineOf(error, 'browser failure')}`);
      }
    })().finally(() => {
      this.restarting = null;
    });
    return this.restarting;
  }

  private giveUp(reason: string): false {
    this.crashed = reason;
    return false;
  }
}
