import type { Browser } from 'playwright-core';
import { AuditBrowser } from '../crawl/audit-browser.js';
import { deviceSchema, type AuditResult, type Device, type DeviceRun, type DevicesSection } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';
import type { AuditOptions, AuditOptionsInput } from './audit-options.js';
import type { AuditEvents } from './run-audit.js';

type AuditFn = (input: AuditOptionsInput, events: AuditEvents, sharedBrowser?: Browser, restartShared?: () => Promise<Browser>) => Promise<AuditResult>;

function runOf(result: AuditResult): DeviceRun {
  return {
    device: result.device,
    humanContactClicks: result.humanContactClicks,
    channels: Object.fromEntries(CHANNEL_NAMES.map((channel) => {
      const { found, clicks, path } = result.channels[channel];
      return [channel, { found, clicks, path }];
    })),
    barriers: result.barriers,
    crawl: result.crawl,
  };
}

/** Channels whose clicks differ between desktop and mobile, e.g. a footer phone that mobile hides in a menu. */
export function deviceDifferences(desktop: AuditResult, mobile: AuditResult): DevicesSection['differences'] {
  return CHANNEL_NAMES
    .filter((channel) => desktop.channels[channel].clicks !== mobile.channels[channel].clicks)
    .map((channel) => ({ channel, desktop: desktop.channels[channel].clicks, mobile: mobile.channels[channel].clicks }));
}

/**
 * `--device both`: the site as a desktop and as a phone visitor sees it, one after the other
 * within the one time budget. The headline result is the desktop one; `devices` holds each
 * device's clicks and where they differ.
 */
export async function auditBothDevices(
  options: AuditOptions, events: AuditEvents, sharedBrowser: Browser | undefined, restartShared: (() => Promise<Browser>) | undefined, audit: AuditFn,
  launching?: Promise<Browser>,
): Promise<AuditResult> {
  const browser = await AuditBrowser.open(sharedBrowser, restartShared, launching);
  try {
    const results: Partial<Record<Device, AuditResult>> = {};
    for (const device of deviceSchema.options) {
      // A browser restarted during the desktop run is the one the mobile run gets.
      results[device] = await audit({ ...options, device, timeoutSeconds: options.timeoutSeconds / 2 }, events, browser.current, browser.restart);
    }
    const desktop = results.desktop!;
    const mobile = results.mobile!;
    return {
      ...desktop,
      devices: { runs: [runOf(desktop), runOf(mobile)], differences: deviceDifferences(desktop, mobile) },
    };
  } finally {
    await browser.close();
  }
}
