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
