import { parse } from 'tldts';

/**
 * Whether local@domain could be a real mailbox. The domain must end in a real ICANN public
 * suffix, which by itself rules out most look-alikes: "logo@2x.png", "react@18.2.0",
 * "user@localhost", "name@example".
 */
export function isPlausibleEmail(local: string, domain: string): boolean {
  if (local.length === 0 || local.length > 64 || domain.length > 253) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  // Retina asset names ("icon@1.5x.mov") survive the suffix check when the extension happens to be a TLD.
  if (/^\d+(?:\.\d+)?x\./i.test(domain)) return false;
  const info = parse(domain);
  if (!info.isIcann || info.isIp || info.domain === null || info.publicSuffix === null) return false;
  if (info.hostname !== domain) return false;
  // A TLD is never numeric; version strings ("lodash@4.17.21") would otherwise slip through a wildcard rule.
  if (/\d/.test(info.publicSuffix.replace(/^xn--[a-z0-9-]+$/, ''))) return false;
  const host = domain.slice(0, domain.length - info.publicSuffix.length - 1);
  if (/^\d+(?:\.\d+)+$/.test(host)) return false;
  return true;
}
