import type { CountryCode } from 'libphonenumber-js';

/** Site-wide facts an extractor needs besides the page itself. */
export interface ExtractContext {
  /** Default country for numbers written without a country code, and for address formats. */
  region: CountryCode;
}
