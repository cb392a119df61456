import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Addresses a batch must not reach unless told to: the machine itself and its private networks. */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  // IPv4 written inside IPv6 (::ffff:127.0.0.1, NAT64 64:ff9b::7f00:1) reaches the same host.
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1]) return PRIVATE.check(mapped[1], 'ipv4');
  const mappedHex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex?.[1] && mappedHex[2]) {
    const high = Number.parseInt(mappedHex[1], 16);
    const low = Number.parseInt(mappedHex[2], 16);
    return PRIVATE.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  return PRIVATE.check(lower, 'ipv6');
}

/** `unreachable` when the name does not resolve at all; `refused` when it reaches somewhere it must not. */
export type SafetyVerdict = { ok: true } | { ok: false; kind: 'refused' | 'unreachable'; reason: string };

export type Resolver = (hostname: string) => Promise<string[]>;

const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

const CACHE_MS = 60_000;

/**
 * Decides whether a URL may be fetched: http(s) only, and every address its host resolves to
 * must be public. Checked on the start URL and again on every request and redirect the browser makes.
 */
export class AddressGuard {
  private readonly cache = new Map<string, { verdict: Promise<SafetyVerdict>; at: number }>();

  constructor(private readonly resolve: Resolver = systemResolver) {}

  async check(rawUrl: string): Promise<SafetyVerdict> {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return { ok: false, kind: 'refused', reason: `not a URL: ${rawUrl.slice(0, 200)}` };
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return { ok: true };
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, kind: 'refused', reason: `${url.protocol} addresses are refused` };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const cached = this.cache.get(host);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.verdict;
    const verdict = this.checkHost(host);
    this.cache.set(host, { verdict, at: Date.now() });
    return verdict;
  }

  private async checkHost(host: string): Promise<SafetyVerdict> {
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : await this.resolve(host);
    } catch (error) {
      return { ok: false, kind: 'unreachable', reason: `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    const blocked = addresses.find(isPrivateAddress);
    if (blocked !== undefined || addresses.length === 0) {
      return { ok: false, kind: 'refused', reason: `${host} resolves to the private or local address ${blocked ?? 'none'} (use --allow-private to audit it)` };
    }
    return { ok: true };
  }
}
