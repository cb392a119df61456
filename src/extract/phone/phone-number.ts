import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { numberTypeSchema, type NumberType } from '../../model/channel-items.js';
import { overrideType } from './type-overrides.js';

/** What a valid phone number is, independent of where on the page it was found. */
export interface PhoneFacts {
  /** E.164. */
  value: string;
  numberType: NumberType;
  premiumRate: boolean;
  sharedCost: boolean;
  country: string;
}

/**
 * The shortest national significant number we accept. Real subscriber numbers in the
 * markets we audit have at least 7 (SE "08-12 34 56"); shorter "valid" parses are almost
 * always fragments, such as one half of a number split across two blocks ("08-123 45").
 */
const MIN_NATIONAL_DIGITS = 7;

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/**
 * Countries that dropped their trunk "0" but where it is still printed: Poland (2005), where
 * "0 700 123 456", "0-801 123 456" and "(0-22) 123 45 67" live on.
 */
const LEGACY_TRUNK_ZERO: ReadonlySet<string> = new Set(['PL']);
/** A leading "0" (not "00", the international prefix), possibly inside "(" and followed by a separator. */
const LEADING_TRUNK_ZERO = /^(\s*\(?)0(?!0)[\s\-.]?/u;

function parseStrict(text: string, region: CountryCode): PhoneNumber | undefined {
  let parsed: PhoneNumber | undefined;
  try {
    parsed = parsePhoneNumberFromString(text, { defaultCountry: region, extract: false });
  } catch {
    return undefined;
  }
  if (!parsed || !parsed.isValid()) return undefined;
  if (parsed.nationalNumber.length < MIN_NATIONAL_DIGITS) return undefined;
  return parsed;
}

/** Parses `text` (nothing but the number) and returns it only if libphonenumber calls it valid. */
export function parseValid(text: string, region: CountryCode): PhoneNumber | undefined {
  const parsed = parseStrict(text, region);
  if (parsed || !LEGACY_TRUNK_ZERO.has(region) || !LEADING_TRUNK_ZERO.test(text)) return parsed;
  return parseStrict(text.replace(LEADING_TRUNK_ZERO, '$1'), region);
}

/**
 * True when the digits were written the way a phone number is written: with a country
 * code ("+46…", "0046…") or exactly as the national format has them. This is what rejects
 * "Art.nr 123456789" on a Swedish page: libphonenumber happily reads it as +46 12 345 67 89,
 * but nobody in Sweden writes a number without its leading 0.
 */
export function writtenAsPhone(raw: string, parsed: PhoneNumber): boolean {
  if (raw.trimStart().startsWith('+')) return true;
  const digits = digitsOf(raw);
  const national = digitsOf(parsed.formatNational());
  if (digits === national) return true;
  if (LEGACY_TRUNK_ZERO.has(parsed.country ?? '') && digits === `0${national}`) return true;
  return digits === `00${parsed.countryCallingCode}${parsed.nationalNumber}`;
}

export function factsOf(parsed: PhoneNumber): PhoneFacts {
  const libraryType = numberTypeSchema.safeParse(parsed.getType() ?? 'UNKNOWN');
  const numberType = overrideType(parsed.country, parsed.nationalNumber) ?? (libraryType.success ? libraryType.data : 'UNKNOWN');
  return {
    value: parsed.number,
    numberType,
    premiumRate: numberType === 'PREMIUM_RATE',
    sharedCost: numberType === 'SHARED_COST',
    country: parsed.country ?? '',
  };
}
