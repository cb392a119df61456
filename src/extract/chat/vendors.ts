import type { ChatVendor, OwnVendor } from './chat-vendor.js';
import { GLOBAL_VENDORS } from './global-vendors.js';
import { NORDIC_VENDORS } from './nordic-vendors.js';
import { compileScriptPattern, isUsableGlobal, isUsableSelector } from './pattern-guards.js';
import { WAPPALYZER_KINDS } from './wappalyzer-kinds.js';
import { wappalyzerLiveChat, type WappalyzerChat } from './wappalyzer-live-chat.js';

/** Our entries, most specific first: they win over Wappalyzer's entry of the same product. */
export const OWN_VENDORS: readonly OwnVendor[] = [...NORDIC_VENDORS, ...GLOBAL_VENDORS, ...WAPPALYZER_KINDS];

/**
 * Wappalyzer often lists several globals of one widget; one or two prove it as well as five,
 * and every global is probed in every crawled page.
 */
const MAX_WAPPALYZER_GLOBALS = 3;

function uniquePatterns(patterns: readonly RegExp[]): RegExp[] {
  const bySource = new Map<string, RegExp>();
  for (const pattern of patterns) if (!bySource.has(pattern.source)) bySource.set(pattern.source, pattern);
  return [...bySource.values()];
}

function fromOwn(own: OwnVendor, wappalyzer: WappalyzerChat | undefined): ChatVendor {
  const ownPatterns = (own.scriptSrc ?? []).map(compileScriptPattern).filter((p): p is RegExp => p !== null);
  return {
    name: own.name,
    kind: own.kind,
    kindBasis: own.basis,
    scriptSrc: uniquePatterns([...ownPatterns, ...(wappalyzer?.scriptSrc ?? [])]),
    globals: [...new Set([
      ...(own.globals ?? []).filter(isUsableGlobal),
      ...(wappalyzer?.globals.slice(0, MAX_WAPPALYZER_GLOBALS) ?? []),
    ])],
    selectors: [...new Set([...(own.selectors ?? []).filter(isUsableSelector), ...(wappalyzer?.selectors ?? [])])],
    origin: 'own',
  };
}

function fromWappalyzer(chat: WappalyzerChat): ChatVendor {
  return {
    name: chat.name,
    kind: 'unknown',
    kindBasis: `Wappalyzer lists ${chat.name} as live chat; whether people answer it is not known`,
    scriptSrc: chat.scriptSrc,
    globals: chat.globals.slice(0, MAX_WAPPALYZER_GLOBALS),
    selectors: chat.selectors,
    origin: 'wappalyzer',
  };
}

function hasPatterns(vendor: ChatVendor): boolean {
  return vendor.scriptSrc.length + vendor.globals.length + vendor.selectors.length > 0;
}

let cached: readonly ChatVendor[] | undefined;

/** The vendor table: our entries, then every remaining Wappalyzer live-chat product with a usable pattern. */
export function chatVendors(): readonly ChatVendor[] {
  if (cached) return cached;
  const wappalyzer = wappalyzerLiveChat();
  const claimed = new Set<string>();
  const vendors: ChatVendor[] = [];
  for (const own of OWN_VENDORS) {
    vendors.push(fromOwn(own, own.wappalyzer === undefined ? undefined : wappalyzer.get(own.wappalyzer)));
    if (own.wappalyzer !== undefined) claimed.add(own.wappalyzer);
    for (const name of own.replaces ?? []) claimed.add(name);
  }
  for (const chat of wappalyzer.values()) if (!claimed.has(chat.name)) vendors.push(fromWappalyzer(chat));
  cached = vendors.filter(hasPatterns);
  return cached;
}
