/** An address read from a page, before it gets its location and becomes an AddressItem. */
export interface ParsedAddress {
  street: string;
  /** '' when the page wrote street and city only. */
  postcode: string;
  city: string;
  /** ISO country code, or '' when unknown. */
  country: string;
  display: string;
  /** Raw evidence text; bounded later by toEvidence. */
  evidence: string;
  source: 'text' | 'json-ld';
}

/**
 * The one-line canonical form every address value takes: "Storgatan 13, 504 37 Borås", or
 * "Storgatan 5, Umeå" for one written without a postcode.
 */
export function canonicalAddress(address: Pick<ParsedAddress, 'street' | 'postcode' | 'city'>): string {
  return address.postcode === '' ? `${address.street}, ${address.city}` : `${address.street}, ${address.postcode} ${address.city}`;
}
