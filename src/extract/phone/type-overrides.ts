import type { CountryCode } from 'libphonenumber-js/max';
import type { NumberType } from '../../model/channel-items.js';

/**
 * Corrections to libphonenumber-js number types, for ranges whose cost to the caller the
 * library does not capture. Kept deliberately tiny: the library is right for the ranges we
 * checked (see the table in test/extract/phone.test.ts), and every row here needs a reason.
 *
 * Checked against libphonenumber-js 1.13 (metadata.max):
 * - SE 0900/0939/0944 → PREMIUM_RATE; SE 0770–0777 → SHARED_COST ("nationella nummer",
 *   billed outside most mobile bundles); SE 010 → UAN; SE 075 → PERSONAL_NUMBER; SE 020 → TOLL_FREE.
 * - DK 90 → PREMIUM_RATE; DK 80 → TOLL_FREE; DK 70 → FIXED_LINE_OR_MOBILE (overridden below).
 * - PL 70x → PREMIUM_RATE; PL 801 → SHARED_COST; PL 804 → UAN.
 * - NO 820/829 → PREMIUM_RATE; NO 810/815 → UAN.
 * - FI 0600/0700 → PREMIUM_RATE; FI 010/020/0100/0200/0300 → UAN.
 * - DE 0900 → PREMIUM_RATE; DE 0180 → SHARED_COST.
 * - GB 09 → PREMIUM_RATE, and GB 084/087 → PREMIUM_RATE too (the library files the
 *   "service charge" ranges there, not under SHARED_COST).
 */
export interface TypeOverride {
  country: CountryCode;
  /** Matched against the national significant number (no trunk prefix). */
  nationalNumber: RegExp;
  type: NumberType;
  why: string;
}

export const TYPE_OVERRIDES: readonly TypeOverride[] = [
  {
    country: 'DK',
    nationalNumber: /^70\d{6}$/,
    type: 'SHARED_COST',
    why:
      'Danish 70-numbers are nationwide service numbers billed at a shared tariff ("delt takst") ' +
      'and are excluded from most mobile bundles; libphonenumber lists 70 under both fixed line and ' +
      'mobile, so it reports FIXED_LINE_OR_MOBILE.',
  },
];

export function overrideType(country: string | undefined, nationalNumber: string): NumberType | undefined {
  return TYPE_OVERRIDES.find((o) => o.country === country && o.nationalNumber.test(nationalNumber))?.type;
}
