/**
 * The headless Chromium flags kontaktkoll launches with (src/crawl/launch-browser.ts), so every
 * browser-based contender runs the same browser the same way.
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
