/**
 * Check-digit rules of the business ids the packs ask for. Each takes the digits only and
 * says whether the number can be a real id; a typo or a look-alike (an order number after
 * "Org.nr") fails here.
 */

const onlyDigits = (digits: string, length: number): boolean => new RegExp(`^\\d{${length}}$`).test(digits);

/** Swedish organisationsnummer (and personnummer of sole traders): Luhn over all ten digits. */
export function isValidSeOrgNr(digits: string): boolean {
  if (!onlyDigits(digits, 10)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Danish CVR: weights 2,7,6,5,4,3,2,1; the weighted sum is divisible by 11. */
export function isValidDkCvr(digits: string): boolean {
  if (!onlyDigits(digits, 8) || digits.startsWith('0')) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
  return sum % 11 === 0;
}

/** Polish NIP: weights 6,5,7,2,3,4,5,6,7 over the first nine digits, mod 11, equals the tenth (10 is never valid). */
export function isValidPlNip(digits: string): boolean {
  if (!onlyDigits(digits, 10)) return false;
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  const check = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0) % 11;
  return check !== 10 && check === Number(digits[9]);
}

/** Polish KRS has no check digit: ten digits, zero-padded, and not all zeros. */
export function isValidPlKrs(digits: string): boolean {
  return onlyDigits(digits, 10) && !/^0+$/.test(digits);
}

/** Finnish Y-tunnus: seven digits, weights 7,9,10,5,8,4,2, mod 11; 0 → 0, 1 → never valid, else 11 − r. */
export function isValidFiYTunnus(digits: string): boolean {
  if (!onlyDigits(digits, 8)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const r = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0) % 11;
  if (r === 1) return false;
  return (r === 0 ? 0 : 11 - r) === Number(digits[7]);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Legal-entity NIF (the former CIF) first letters whose control character is a letter, or a digit. */
const CIF_LETTER_CONTROL = /^[KLMNPQRSW]/;
const CIF_DIGIT_CONTROL = /^[ABEH]/;

/**
 * Spanish NIF in its three forms, nine characters without separators:
 * - a person's DNI: eight digits and the letter DNI_LETTERS[number mod 23];
 * - a foreigner's NIE: X, Y or Z (read as 0, 1, 2), seven digits, the same letter rule;
 * - a legal entity's NIF (formerly CIF): an entity letter, seven digits and a control
 *   character: 10 minus the last digit of (digits in even places + digit sums of twice the
 *   digits in odd places), as a digit or as the letter "JABCDEFGHI"[control], by entity type.
 */
export function isValidEsNif(id: string): boolean {
  const value = id.toUpperCase();
  if (/^\d{8}[A-Z]$/.test(value)) return DNI_LETTERS[Number(value.slice(0, 8)) % 23] === value[8];
  if (/^[XYZ]\d{7}[A-Z]$/.test(value)) {
    const number = Number(`${'XYZ'.indexOf(value[0]!)}${value.slice(1, 8)}`);
    return DNI_LETTERS[number % 23] === value[8];
  }
  if (!/^[ABCDEFGHJKLMNPQRSUVW]\d{7}[0-9A-J]$/.test(value)) return false;
  const digits = value.slice(1, 8).split('').map(Number);
  const sum = digits.reduce((acc, digit, i) => {
    if (i % 2 === 1) return acc + digit;
    const doubled = digit * 2;
    return acc + Math.floor(doubled / 10) + (doubled % 10);
  }, 0);
  const control = (10 - (sum % 10)) % 10;
  const asLetter = 'JABCDEFGHI'[control]!;
  const given = value[8]!;
  if (CIF_LETTER_CONTROL.test(value)) return given === asLetter;
  if (CIF_DIGIT_CONTROL.test(value)) return given === String(control);
  return given === asLetter || given === String(control);
}
