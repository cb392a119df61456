import { AddressGuard } from './address-safety.js';
import type { SiteSettings } from './batch-settings.js';
import { HostRateLimit } from './host-rate-limit.js';

/** Settings plus the live objects that all sites of one process share (address cache, rate limit). */
export interface BatchSettings extends SiteSettings {
  guard: AddressGuard | null;
  rateLimit: HostRateLimit;
}

export function liveSettings(settings: SiteSettings): BatchSettings {
  return {
    ...settings,
    guard: settings.allowPrivate ? null : new AddressGuard(),
    rateLimit: new HostRateLimit(settings.hostRate),
  };
}
