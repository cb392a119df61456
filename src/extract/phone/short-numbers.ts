import type { CountryCode } from 'libphonenumber-js/max';
import type { NumberType } from '../../model/channel-items.js';
import type { PhoneFacts } from './phone-number.js';

/**
 * National short numbers that cost more than a normal call, which libphonenumber-js (it has no
 * short-number data) does not read. They have no E.164 form: `value` is the digits as dialled
 * in the country. Six digits alone could be anything, so they count only where the page calls
 * them a phone number or a call tariff follows ("118 118 (29,90 kr/samtal)").
 */
interface ShortNumber {
  country: CountryCode;
  /** Matched against the digits as written. */
  digits: RegExp;
  type: NumberType;
  why: string;
}

const SHORT_NUMBERS: readonly ShortNumber[] = [
  {
    country: 'SE',
    digits: /^118\d{3}$/,
    type: 'PREMIUM_RATE',
    why: 'Swedish 118 xxx numbers are directory-enquiry services, charged per call or minute above a normal call.',
  },
  {
    country: 'PL',
    digits: /^118\d{3}$/,
    type: 'PREMIUM_RATE',
    why: 'Polish 118 xxx numbers are directory-enquiry services at a premium tariff.',
  },
];

/** A price per minute or per call right after a number, bracketed or not: "(24,90 kr/min)", ", 5 kr/samtal". */
const TARIFF_AFTER =
  /^[\s,]*\(?\s*\d+(?:[,.:]\d{1,2})?\s*(?:kr\.?|sek|dkk|nok|öre|zł|zl|pln|gr|€|eur|ct|p)?\s*(?:\/|per\s|za\s|pr\.?\s)\s*(?:min|minut|minutt|minute|minuutti|samtal|samtale|opkald|połączenie|call|puhelu)/iu;

/** True when a call tariff follows: the number is one you pay to call. */
export function tariffAfter(after: string): boolean {
  return TARIFF_AFTER.test(after);
}

/** The facts of a known short service number written as `span`, or undefined. */
export function shortServiceNumber(span: string, region: CountryCode): PhoneFacts | undefined {
  if (!/^\d{3}[\s\u00a0-]?\d{3}$/u.test(span)) return undefined;
  const digits = span.replace(/\D/g, '');
  const known = SHORT_NUMBERS.find((s) => s.country === region && s.digits.test(digits));
  if (!known) return undefined;
  return {
    value: digits,
    numberType: known.type,
    premiumRate: known.type === 'PREMIUM_RATE',
    sharedCost: known.type === 'SHARED_COST',
    country: known.country,
  };
}
