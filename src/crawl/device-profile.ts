import type { BrowserContextOptions } from 'playwright-core';
import { devices } from './playwright-core.js';
import type { Device } from '../model/audit-result.js';
import { TOOL_VERSION } from '../util/package-root.js';

/** A user agent that says who is visiting, so site owners can recognise the audit in their logs. */
export const TOOL_AGENT = `kontaktkoll/${TOOL_VERSION}`;

const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** Browser context options for a device: a real phone profile (viewport, touch, UA) for mobile. */
export function contextOptionsFor(device: Device, ignoreHttpsErrors = false): BrowserContextOptions {
  const base: BrowserContextOptions = device === 'mobile'
    ? { ...devices['Pixel 7'] }
    : { viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, userAgent: DESKTOP_UA };
  return {
    ...base,
    userAgent: `${base.userAgent ?? DESKTOP_UA} ${TOOL_AGENT}`,
    acceptDownloads: false,
    ignoreHTTPSErrors: ignoreHttpsErrors,
    serviceWorkers: 'block',
    // As a visitor who asked for less motion: themes then show what they would fade in on scrolling
    // at once (most reveal scripts and stylesheets honour it), so less of the reading rests on timing.
    reducedMotion: 'reduce',
    bypassCSP: false,
  };
}
