import type { Browser } from 'playwright-core';
import { launchBrowser } from '../audit/audit-browser.js';

/**
 * One worker's browser. It is launched on first use, and launched again when it crashed or
 * had to be killed (a site that overran its budget), so one bad site never takes the batch down.
 */
export class BrowserSlot {
  private browser: Browser | null = null;
  private launching: Promise<Browser> | null = null;
  restarts = 0;

  constructor(private readonly launch: () => Promise<Browser> = launchBrowser) {}

  async get(): Promise<Browser> {
    if (this.browser?.isConnected()) return this.browser;
    if (this.browser) this.restarts++;
    this.browser = null;
    this.launching ??= this.launch().then((browser) => {
      this.browser = browser;
      return browser;
    }).finally(() => {
      this.launching = null;
    });
    return this.launching;
  }

  /** Closes the browser; the next `get` launches a fresh one. */
  async discard(): Promise<void> {
    const browser = this.browser;
    if (!browser) return;
    this.restarts++;
    this.browser = null;
    await browser.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    await browser?.close().catch(() => undefined);
  }
}
