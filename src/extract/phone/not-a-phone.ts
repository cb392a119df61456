/**
 * Digit runs that libphonenumber may accept but that are not phone numbers. Two kinds of guard:
 * shapes (the span itself gives it away: a date, an orgnr's 6-4 dash) and surroundings (what
 * touches the run: a currency, a "%", a glued "SE" of a VAT number, a city after a postcode).
 * Labels ("Org.nr", "CVR", "Swish"…) are the third guard and live in phone-labels.ts.
 */

interface ShapeGuard {
  kind: string;
  /** Tested against the candidate span, exactly as written. */
  test: (span: string) => boolean;
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');
const DAY_MONTH_YEAR = /(?:^|\D)(?:0?[1-9]|[12]\d|3[01])\s?([./])\s?(?:0?[1-9]|1[0-2])\s?\1\s?(?:19|20)\d{2}(?!\d)/;
const YEAR_MONTH_DAY = /(?:^|\D)(?:19|20)\d{2}\s?([-./])\s?(?:0?[1-9]|1[0-2])\s?\1\s?(?:0?[1-9]|[12]\d|3[01])(?!\d)/;

const SHAPE_GUARDS: readonly ShapeGuard[] = [
  // 2024-05-12, 2024.05.12 — a valid Danish mobile number once the dashes go.
  { kind: 'date', test: (s) => /^\d{4}\s?[-./–]\s?\d{1,2}\s?[-./–]\s?\d{1,2}$/.test(s) },
  // 12.05.2024, 12/05/2024, 01-05-24
  { kind: 'date', test: (s) => /^\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?(?:\d{2}|\d{4})$/.test(s) },
  // A date with its year, run together with the digits beside it: a post's "12.06.2026 6 min czytania"
  // (its reading time), "2024-05-12 14:30". No phone is written with a day, a month and a year in it.
  { kind: 'date', test: (s) => DAY_MONTH_YEAR.test(s) || YEAR_MONTH_DAY.test(s) },
  // 2023–2024, 2023-24, and lists of years
  { kind: 'years', test: (s) => /^(?:19|20)\d{2}\s?[-–—/]\s?(?:(?:19|20)\d{2}|\d{2})$/.test(s) },
  { kind: 'years', test: (s) => /^(?:(?:19|20)\d{2}[\s,/–-]+)+(?:19|20)\d{2}$/.test(s) },
  // 08.00–17.00 reads as +46 8 00 17 00, a valid Stockholm number
  { kind: 'time range', test: (s) => /\d{1,2}[.:][0-5]\d\s?[-–—]\s?\d{1,2}[.:][0-5]\d/.test(s) },
  // Swedish organisation / personal identity number: 556677-8899, 19801231-1234
  { kind: 'orgnr', test: (s) => /^(?:\d{2})?\d{6}\s?[-–+]\s?\d{4}$/.test(s) },
  // Polish NIP as printed: 123-456-78-19 or 123-45-67-819 (tax office codes never start with 0)
  { kind: 'nip', test: (s) => /^[1-9]\d{2}-(?:\d{3}-\d{2}-\d{2}|\d{2}-\d{2}-\d{3})$/.test(s) },
  // A single check digit after a dash: plusgiro 12 34 56-7, ISBN …-4, bank accounts
  { kind: 'check digit', test: (s) => /[-–]\d$/.test(s) },
  // Bankgiro 123-4567 / 5050-1055; a Danish or Norwegian phone is not written 4-4 with a dash
  { kind: 'bankgiro', test: (s) => /^[1-9]\d{2,3}[-–]\d{4}$/.test(s) },
  // Swish numbers are 10 digits starting 123
  { kind: 'swish', test: (s) => !s.startsWith('+') && /^123\d{7}$/.test(digitsOf(s)) },
  // 192.168.100.101
  { kind: 'ip address', test: (s) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(s) },
];

/** The kind of non-phone the span's shape gives away, or undefined. */
export function shapeNotPhone(span: string): string | undefined {
  return SHAPE_GUARDS.find((g) => g.test(span))?.kind;
}

/** Currency, percent or unit right after the digits: "1 299 kr", "1 299:-", "25 %", "1 299,00 zł". */
const AFTER_NOT_PHONE = /^(?:\s?(?:%|‰|°|:-|,-|€|\$|£|zł|zl\b|kr\b|kr\.|sek\b|dkk\b|nok\b|eur\b|pln\b|usd\b|kronor|kroner|euro|st\b|stk\b|szt\b|pcs\b|kg\b|km\b|m²|m2\b|mm\b|cm\b|mb\b|gb\b|kwh\b)|,\d)/iu;

/** True when a currency, percent or unit comes right after the digits ("24,90 kr", "5 %"). */
export function amountAfter(after: string): boolean {
  return AFTER_NOT_PHONE.test(after);
}

/** Currency right before the digits: "€ 1.299,00", "kr 1 299"; or a thousands comma "12,345,678". */
const BEFORE_NOT_PHONE = /(?:(?:^|[^\p{L}])(?:€|\$|£|kr\.?|sek|eur|pln|dkk|nok|usd|zł)\s?|\d,)$/iu;

/** Letters glued before the digits make a code of them: "SE556677889901", "SE45 5000…" (IBAN), "SKU100234567", "DK-1165". */
const GLUED_BEFORE = /\p{L}[-‐‑]?$/u;
/** Letters glued after: a short unit ("24h", "5st", "4G") claims only its own digits; a word ("…78Öppettider") the whole run. */
const GLUED_UNIT_AFTER = /^\p{L}{1,3}(?!\p{L})/u;
const GLUED_AFTER = /^\p{L}/u;

/** What letters glued to the end of a run claim: nothing, only the last digit group, or the whole run. */
export function gluedAfter(after: string, lastGroup: string): 'none' | 'last-group' | 'run' {
  if (!GLUED_AFTER.test(after)) return 'none';
  return GLUED_UNIT_AFTER.test(after) && lastGroup.length <= 3 ? 'last-group' : 'run';
}

/**
 * A street number and postcode followed by a city: "Storgatan 13 504 37 Borås",
 * "Box 1234 101 24 Stockholm", "Prosta 51 00-838 Warszawa", "Nørregade 13 1165 København".
 * Street and box numbers never start with 0, which keeps "0311 234 56 Göteborg" a phone.
 */
const STREET_AND_POSTCODE =
  /^(?:[1-9]\d{0,4}[a-zA-Z]?\s+)?(?:[1-9]\d{2}\s\d{2}|\d{2}-\d{3})$|^[1-9]\d{0,2}[a-zA-Z]?\s+\d{4,5}$/;
const CITY_AFTER = /^\s*\p{Lu}\p{Ll}/u;

/** Why the surroundings of a digit run say it is not a phone number, or undefined. */
export function contextNotPhone(run: string, before: string, after: string): string | undefined {
  if (GLUED_BEFORE.test(before)) return 'glued to letters';
  if (AFTER_NOT_PHONE.test(after) || BEFORE_NOT_PHONE.test(before)) return 'amount';
  if (CITY_AFTER.test(after) && STREET_AND_POSTCODE.test(run)) return 'postcode';
  return undefined;
}
