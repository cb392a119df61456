import { chromium, type Browser } from 'playwright-core';
import { findBrowser } from './find-browser.js';

/**
 * Flags that keep Chromium from calling home: on closed networks its background
 * connections fail by the dozen and slow every start. The bench's browser peers launch with the same.
 */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

export async function launchBrowser(): Promise<Browser> {
  const { executablePath } = findBrowser();
  return chromium.launch({ executablePath, headless: true, args: QUIET_FLAGS, timeout: 30_000 });
}
