import { describe, expect, it } from 'vitest';
import { isValidDkCvr, isValidEsNif, isValidFiYTunnus, isValidPlKrs, isValidPlNip, isValidSeOrgNr } from '../../src/extract/org-number/check-digits.js';
import { extractOrgNumbers, findOrgNumbers } from '../../src/extract/org-number/index.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

describe('check digits', () => {
  it.each([
    { rule: 'SE orgnr (Luhn)', valid: isValidSeOrgNr, good: ['5561234567', '5560160680', '5566778899'], bad: ['5561234568', '556123456', '55612345670', '556123456x'] },
    { rule: 'DK CVR (mod 11)', valid: isValidDkCvr, good: ['32100015', '12345607'], bad: ['12345678', '02100015', '3210001'] },
    { rule: 'PL NIP (weights 6,5,7,2,3,4,5,6,7)', valid: isValidPlNip, good: ['5271234563', '5261040828'], bad: ['5271234564', '527123456'] },
    { rule: 'PL KRS (form only)', valid: isValidPlKrs, good: ['0000123456'], bad: ['0000000000', '123456'] },
    { rule: 'FI Y-tunnus (weights 7,9,10,5,8,4,2)', valid: isValidFiYTunnus, good: ['23456780', '01120389'], bad: ['23456781', '2345678'] },
    {
      rule: 'ES NIF: DNI and NIE (letter mod 23), entity NIF/CIF (control digit or letter)',
      valid: isValidEsNif,
      // Telefónica's A28015865; a digit control for A/B/E/H, a letter for P/Q/R/S/N/W, either for others.
      good: ['12345678Z', 'X1234567L', 'A28015865', 'B12345674', 'Q1234567D', 'G12345674', 'G1234567D'],
      bad: ['12345678A', 'X1234567A', 'A28015866', 'B1234567D', 'Q12345674', 'I12345674', '123456789'],
    },
  ])('$rule', ({ valid, good, bad }) => {
    expect(good.filter((digits) => !valid(digits))).toEqual([]);
    expect(bad.filter((digits) => valid(digits))).toEqual([]);
  });
});

describe('labelled business ids in text', () => {
  it.each([
    { text: 'Org.nr 556123-4567', found: [{ kind: 'se-orgnr', value: '556123-4567', valid: true }] },
    { text: 'Organisationsnummer: 5561234567', found: [{ kind: 'se-orgnr', value: '556123-4567', valid: true }] },
    { text: 'Momsreg.nr SE556123456701', found: [{ kind: 'se-orgnr', value: '556123-4567', valid: true }] },
    { text: 'Org.nr 556123-4568 (typo)', found: [{ kind: 'se-orgnr', value: '556123-4568', valid: false }] },
    { text: 'CVR-nr. 32100015', found: [{ kind: 'dk-cvr', value: '32100015', valid: true }] },
    { text: 'CVR 12 34 56 78', found: [{ kind: 'dk-cvr', value: '12345678', valid: false }] },
    { text: 'KRS: 0000123456 · NIP: 527-123-45-63 · REGON: 140520308', found: [{ kind: 'pl-nip', value: '5271234563', valid: true }, { kind: 'pl-krs', value: '0000123456', valid: true }] },
    { text: 'NIP PL 5271234563', found: [{ kind: 'pl-nip', value: '5271234563', valid: true }] },
    { text: 'Y-tunnus: 2345678-0', found: [{ kind: 'fi-ytunnus', value: '2345678-0', valid: true }] },
    { text: 'FO-nummer 2345678-0', found: [{ kind: 'fi-ytunnus', value: '2345678-0', valid: true }] },
    { text: 'Ejemplo S.L. · CIF: B-12.345.674 · Calle Mayor 1', found: [{ kind: 'es-nif', value: 'B12345674', valid: true }] },
    { text: 'N.I.F. A28015865', found: [{ kind: 'es-nif', value: 'A28015865', valid: true }] },
    { text: 'NIF-IVA ESB12345674', found: [{ kind: 'es-nif', value: 'B12345674', valid: true }] },
    { text: 'DNI 12.345.678-Z', found: [{ kind: 'es-nif', value: '12345678Z', valid: true }] },
    { text: 'NIE X1234567A (errata)', found: [{ kind: 'es-nif', value: 'X1234567A', valid: false }] },
  ])('$text', ({ text, found }) => {
    expect(findOrgNumbers(text)).toEqual(found);
  });

  // Look-alikes: digit runs that are ids only when a label says so.
  it.each([
    'Bankgiro 5561-2345',
    'Art.nr 556123-4567',
    'Ordrenummer 32100015',
    'REGON: 140520308',
    'Nie dzwoń: 600 123 456',
    'Ring 08-123 456 78',
    'Organisationen grundades 1998 och har 556123-4567 kunder',
    'Reg.nr 8327-9 konto 556123-4567',
  ])('no id in %j', (text) => {
    expect(findOrgNumbers(text)).toEqual([]);
  });

  it('records where the id was seen, once per page', () => {
    const page = makeSnapshot({ clicks: 2, blocks: blocks('Org.nr 556123-4567', '© Exempel AB · Org.nr 556123-4567') });
    expect(extractOrgNumbers(page)).toMatchObject([{ kind: 'se-orgnr', value: '556123-4567', clicks: 2, evidence: 'Org.nr 556123-4567' }]);
  });
});
