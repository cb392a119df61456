import type { AddressItem } from '../model/channel-items.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import type { ExtractContext } from './extract-context.js';
import { locationOf, toEvidence } from './item-location.js';
import { findJsonLdAddresses } from './address/json-ld-addresses.js';
import { canonicalAddress, type ParsedAddress } from './address/parsed-address.js';
import { findTextAddresses } from './address/text-addresses.js';
import { findUkAddresses } from './address/uk-addresses.js';

/** "Storgatan 5" in "Umeå", whatever the postcode: an address written with and without one. */
function placeKey(address: ParsedAddress): string {
  return `${address.street}|${address.city}`.toLowerCase();
}

/**
 * Visiting and postal addresses on one page, from visible text and schema.org JSON-LD.
 * value is one line, "Storgatan 13, 504 37 Borås". When text and JSON-LD give the same
 * address, the text wins: it is what a person sees. An address written without a postcode
 * is dropped when the page also writes it in full.
 */
export function extractAddresses(page: PageSnapshot, ctx: ExtractContext): AddressItem[] {
  const location = locationOf(page);
  const all = [
    ...findTextAddresses(page.blocks, ctx.region),
    ...findUkAddresses(page.blocks),
    ...findJsonLdAddresses(page.jsonLd, ctx.region),
  ];
  const withPostcode = new Set(all.filter((address) => address.postcode !== '').map(placeKey));
  const parsed = all.filter((address) => address.postcode !== '' || !withPostcode.has(placeKey(address)));
  const byValue = new Map<string, AddressItem>();
  // Many addresses can share one (possibly huge) block of evidence; bound it once.
  const evidenceOf = new Map<string, string>();
  const boundedEvidence = (text: string): string => {
    let bounded = evidenceOf.get(text);
    if (bounded === undefined) {
      bounded = toEvidence(text);
      evidenceOf.set(text, bounded);
    }
    return bounded;
  };
  for (const address of parsed) {
    const value = canonicalAddress(address);
    const key = value.toLowerCase();
    if (byValue.has(key)) continue;
    byValue.set(key, {
      value,
      display: address.display,
      ...location,
      evidence: boundedEvidence(address.evidence),
      source: address.source,
      street: address.street,
      postcode: address.postcode,
      city: address.city,
      country: address.country,
    });
  }
  return [...byValue.values()];
}
