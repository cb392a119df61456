import type { OrgNumberKind } from '../../model/signals.js';
import { isValidDkCvr, isValidEsNif, isValidFiYTunnus, isValidPlKrs, isValidPlNip, isValidSeOrgNr } from './check-digits.js';

export interface FoundOrgNumber {
  kind: OrgNumberKind;
  value: string;
  valid: boolean;
}

interface IdRule {
  kind: OrgNumberKind;
  /** The label that must come before the number: a bare digit run is never taken for an id. */
  label: RegExp;
  /** The number as written right after the label (separators allowed). */
  number: RegExp;
  canonical(digits: string): string;
  isValid(digits: string): boolean;
}

const SEP = String.raw`[\s.:#\-–]*`;

/**
 * Labels in the languages of the packs. The VAT forms (SE…01, DK…, PL…, FI…) carry the
 * same id, so a "Momsreg.nr SE556677889901" counts as the org.nr it contains.
 */
const RULES: readonly IdRule[] = [
  {
    kind: 'se-orgnr',
    label: /(?<![\p{L}])(?:org(?:anisations)?\.?\s*-?\s*(?:nr|nummer)\.?|orgnr\.?|organisationsnummer)/giu,
    number: /^(\d{6})[\s-]?(\d{4})(?!\d)/,
    canonical: (d) => `${d.slice(0, 6)}-${d.slice(6)}`,
    isValid: isValidSeOrgNr,
  },
  {
    kind: 'se-orgnr',
    label: /(?<![\p{L}])(?:momsreg(?:istrerings)?\.?\s*-?\s*(?:nr|nummer)\.?|vat(?:\s*(?:no|nr|number|reg\.?\s*no))?\.?)/giu,
    number: /^SE\s?(\d{10})\s?01(?!\d)/i,
    canonical: (d) => `${d.slice(0, 6)}-${d.slice(6)}`,
    isValid: isValidSeOrgNr,
  },
  {
    kind: 'dk-cvr',
    label: /(?<![\p{L}])cvr(?:[\s.-]*(?:nr|nummer|no))?\.?/giu,
    number: /^(?:DK\s?)?(\d{2})\s?(\d{2})\s?(\d{2})\s?(\d{2})(?!\d)/i,
    canonical: (d) => d,
    isValid: isValidDkCvr,
  },
  {
    kind: 'pl-nip',
    label: /(?<![\p{L}])nip\b/giu,
    number: /^(?:PL\s?)?(\d{3})[\s-]?(\d{2,3})[\s-]?(\d{2})[\s-]?(\d{2,3})(?!\d)/i,
    canonical: (d) => d,
    isValid: isValidPlNip,
  },
  {
    kind: 'pl-krs',
    label: /(?<![\p{L}])krs\b/giu,
    number: /^(\d{10})(?!\d)/,
    canonical: (d) => d,
    isValid: isValidPlKrs,
  },
  {
    kind: 'fi-ytunnus',
    label: /(?<![\p{L}])(?:y-?tunnus|fo-?nummer|business\s+id)/giu,
    number: /^(\d{7})-(\d)(?!\d)/,
    canonical: (d) => `${d.slice(0, 7)}-${d.slice(7)}`,
    isValid: isValidFiYTunnus,
  },
  {
    kind: 'fi-ytunnus',
    label: /(?<![\p{L}])(?:alv-?(?:numero|tunniste)|vat(?:\s*(?:no|nr|number))?\.?)/giu,
    number: /^FI\s?(\d{8})(?!\d)/i,
    canonical: (d) => `${d.slice(0, 7)}-${d.slice(7)}`,
    isValid: isValidFiYTunnus,
  },
  {
    kind: 'es-nif',
    // "NIF", "CIF", "N.I.F.", "NIE", "DNI", "NIF-IVA", "Número de identificación fiscal".
    label: /(?<![\p{L}])(?:n\.?\s?i\.?\s?f\.?(?:[\s/-]*iva)?|c\.?\s?i\.?\s?f\.?|n\.?\s?i\.?\s?e\.?|d\.?\s?n\.?\s?i\.?|n[úu]mero\s+de\s+identificaci[óo]n\s+fiscal)(?![\p{L}])/giu,
    // A DNI/NIE (digit or X/Y/Z, seven digits, a letter) or an entity NIF (letter, seven digits, control), each
    // character perhaps followed by one separator ("B-12.345.678", "12.345.678-Z"); the VAT form adds "ES".
    // A plain number (a phone after the Polish "nie") has no letter and is never read as one.
    number: /^(?:ES(?=[A-Z0-9]{9}(?![A-Z0-9])))?((?:[0-9XYZ][.\s-]?(?:\d[.\s-]?){7}[A-Z])|(?:[A-HJ-NP-SUVW][.\s-]?(?:\d[.\s-]?){7}[0-9A-J]))(?![\p{L}\p{N}])/iu,
    canonical: (id) => id.replace(/[^A-Za-z0-9]/g, '').toUpperCase(),
    isValid: (id) => isValidEsNif(id.replace(/[^A-Za-z0-9]/g, '')),
  },
];

/** How far after a label the number may start ("Org.nr: ", "CVR-nr. ", "NIP: PL "). */
const MAX_GAP = 12;

/** Labelled business ids in one text block, each with its check-digit verdict. */
export function findOrgNumbers(text: string): FoundOrgNumber[] {
  const found: FoundOrgNumber[] = [];
  for (const rule of RULES) {
    for (const label of text.matchAll(rule.label)) {
      const after = text.slice(label.index + label[0].length, label.index + label[0].length + MAX_GAP + 20);
      const gap = new RegExp(`^${SEP}`).exec(after)?.[0].length ?? 0;
      if (gap > MAX_GAP) continue;
      const number = rule.number.exec(after.slice(gap));
      if (!number) continue;
      const digits = number.slice(1).join('');
      const value = rule.canonical(digits);
      if (!found.some((item) => item.kind === rule.kind && item.value === value)) {
        found.push({ kind: rule.kind, value, valid: rule.isValid(digits) });
      }
    }
  }
  return found;
}
