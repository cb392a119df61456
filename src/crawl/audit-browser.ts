import type { Browser } from 'playwright-core';
import { launchBrowser } from './launch-browser.js';

/**
 * The browser an audit runs in, and how to get a fresh one when it dies under the audit.
 * A browser the audit launched itself is relaunched; a shared one (a batch's) is replaced by
 * whoever shares it, or, without `restartShared`, not at all.
 */
export class AuditBrowser {
  private constructor(
    public current: Browser,
    private readonly owned: boolean,
    private readonly restartShared: (() => Promise<Browser>) | undefined,
  ) {}

  /** `launching`: a browser already being launched for this audit (see `AuditRuntime.launching`), owned like one it launches. */
  static async open(shared?: Browser, restartShared?: () => Promise<Browser>, launching?: Promise<Browser>): Promise<AuditBrowser> {
    return shared ? new AuditBrowser(shared, false, restartShared) : new AuditBrowser(await (launching ?? launchBrowser()), true, undefined);
  }

  /** A fresh browser in place of the dead one; undefined when this audit cannot get one. */
  get restart(): (() => Promise<Browser>) | undefined {
    if (!this.owned && !this.restartShared) return undefined;
    return async () => {
      if (this.owned) {
        await this.current.close().catch(() => undefined);
        this.current = await launchBrowser();
      } else {
        this.current = await this.restartShared!();
      }
      return this.current;
    };
  }

  async close(): Promise<void> {
    if (this.owned) await this.current.close().catch(() => undefined);
  }
}
