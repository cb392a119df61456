/**
 * Words that say what the digits right after them are. A phone extractor that ignores them
 * reads "Org.nr 556677-8899" or "CVR 33 12 34 56" as phone numbers, because those digits are
 * valid numbers in some numbering plan. Labels are lower-case regex sources, matched
 * case-insensitively on letter boundaries (JS `\b` does not know "å", "ł" or "ø").
 */
export type LabelKind = 'phone' | 'whatsapp' | 'fax' | 'not-phone';

const PHONE = [
  'tel', 'tfn', 'tlf', 'telefon(?:nummer|nr)?', 'telephone', 'phone', 'ph', 'puh', 'puhelin(?:numero)?',
  'numer(?:u)?\\s+telefonu', 'nr\\s+tel', 'mobil(?:e|nummer|nr)?', 'mob', 'handy', 'växel', 'vxl',
  'ring(?:a|er|e)?', 'call(?:\\s+us)?', 'zadzwoń', 'soita', 'anrufen', 'rufnummer', 'hotline', 'fon',
  'sms',
];

const WHATSAPP = ['whats\\s?app'];

const FAX = ['fax', 'telefax', 'faks', 'faksi', 'fax(?:nummer|nr)'];

/** Identity, tax, payment, product, order and postal labels in sv, da, nb, fi, pl, de, en. */
const NOT_PHONE = [
  // organisation and tax ids
  'org(?:anisations|anisasjons)?\\.?\\s?-?n(?:r|o|ummer)', 'organi[sz]ation\\s+(?:no|number)',
  'corporate\\s+identity\\s+number', 'company\\s+(?:reg(?:istration)?\\.?\\s?)?(?:no|number)',
  'registration\\s+(?:no|number)', 'reg\\.?\\s?n(?:r|o)', 'registreringsnummer', 'crn',
  'moms(?:reg(?:istreringsnummer|\\.?\\s?nr)?|nr|nummer)?', 'vat(?:[\\s-]?(?:no|nr|number|id|reg))?',
  'mva', 'alv(?:-?n(?:ro|umero))?', 'y-?tunnus', 'ly-?tunnus', 'cvr(?:-?n(?:r|ummer))?', 'se-?n(?:r|ummer)',
  'p-?nr', 'foretaks(?:registeret|nummer|nr)', 'enhetsregisteret', 'nip', 'regon', 'krs', 'eori',
  'ust\\.?-?\\s?id(?:\\.?-?nr)?', 'umsatzsteuer\\p{L}*', 'steuer(?:nummer|-?nr)', 'st\\.?-?nr',
  'hr[ab]', 'handelsregister', 'registergericht',
  // personal ids
  'personnummer', 'pers\\.?\\s?nr', 'pnr', 'cpr(?:-?nr)?', 'fødselsnummer', 'pesel', 'henkilötunnus', 'hetu',
  // payments
  'swish(?:nummer|-?nr)?', 'bankgiro(?:nummer|t)?', 'bg', 'plusgiro(?:nummer|t)?', 'postgiro(?:nummer|t)?', 'pg',
  'iban', 'bic', 'swift', 'blz', 'sort\\s+code', 'clearing(?:nummer|-?nr)?',
  'konto(?:nummer|-?nr)', '(?:nr|numer)\\s+(?:konta|rachunku)', 'rachunek', 'tilinumero',
  'account\\s+(?:no|number)', 'ocr(?:-?nummer)?', 'faktura(?:nummer|nr)?', 'invoice(?:\\s+(?:no|number))?',
  'referens(?:nummer)?', 'ref(?:erence)?(?:\\.?\\s?nr)?', 'viite(?:numero)?',
  // products
  'art(?:ikel)?\\.?\\s?-?(?:nr|no|nummer)', 'artnr', 'art\\.', 'artikelnummer', 'vare(?:nummer|nr)',
  'produkt(?:nummer|nr)', 'product\\s+(?:no|number|code)', 'item\\s+(?:no|number)', 'part\\s+(?:no|number)',
  'modell?(?:nummer|nr)', 'model\\s+(?:no|number)', 'serie(?:nummer|nr)', 'serial(?:\\s+(?:no|number))?',
  'lager(?:nummer|nr)', 'sku', 'ean', 'gtin', 'upc', 'mpn', 'isbn', 'issn', 'licens(?:nummer|nr)',
  // orders, customers, cases
  'order(?:nummer|nr|[\\s-]?(?:no|number|id))', 'ordre(?:nummer|nr)', 'bestell(?:nummer|-?nr)',
  'beställningsnummer', 'bestillings(?:nummer|nr)', '(?:nr|numer)\\s+zamówienia', 'tilausnumero',
  'kund(?:e|en)?(?:nummer|nr|-nr|-id)', 'customer\\s+(?:no|number|id)', '(?:nr|numer)\\s+klienta',
  'asiakasnumero', 'ärende(?:nummer|nr)?', 'saks?(?:nummer|nr)', 'case\\s+(?:no|number|id)',
  'boknings(?:nummer|nr)', 'booking\\s+(?:no|number|ref)',
  // postal
  'box', 'postbox', 'postboks', 'postfach', 'p\\.?\\s?o\\.?\\s?box', 'skrytka(?:\\s+pocztowa)?',
  'post(?:nr|nummer)', 'plz', 'kod\\s+pocztowy',
];

const labelPattern = (alternatives: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');

const LABELS: ReadonlyArray<{ kind: LabelKind; pattern: RegExp }> = [
  { kind: 'phone', pattern: labelPattern(PHONE) },
  { kind: 'whatsapp', pattern: labelPattern(WHATSAPP) },
  { kind: 'fax', pattern: labelPattern(FAX) },
  { kind: 'not-phone', pattern: labelPattern(NOT_PHONE) },
];

/**
 * A label governs the digits after it only when nothing but punctuation and at most two
 * short words ("är", "is", "nr") stand between them; "Order och leverans: 08-…" is a phone.
 */
const SHORT_GAP = /^[\s:.,\-–—#()/|*]*(?:\p{L}{1,4}[\s:.,\-–—#()/|*]+){0,2}$/u;

export interface LabelVerdict {
  /** The label that governs the digits, if one stands close enough. */
  kind: LabelKind | undefined;
  /** Some phone or WhatsApp label appears in the text before the digits. */
  phoneMentioned: boolean;
}

interface LabelHit {
  kind: LabelKind;
  start: number;
  end: number;
}

/** Reads the labels in `before`, the text between the previous digits and a digit run. */
export function readLabels(before: string): LabelVerdict {
  const hits: LabelHit[] = [];
  for (const { kind, pattern } of LABELS) {
    for (const match of before.matchAll(pattern)) {
      hits.push({ kind, start: match.index, end: match.index + match[0].length });
    }
  }
  const phoneMentioned = hits.some((h) => h.kind === 'phone' || h.kind === 'whatsapp');
  // The last label wins ("Org.nr 556677-8899, tel 08-…"); on a tie the longer one ("telefax" over "fax").
  const last = hits.sort((a, b) => b.start - a.start || b.end - a.end)[0];
  if (!last || !SHORT_GAP.test(before.slice(last.end))) return { kind: undefined, phoneMentioned };
  // "Tel/fax: 08-…" is still a number one can call.
  if (last.kind === 'fax' && hits.some((h) => h.kind === 'phone')) return { kind: 'phone', phoneMentioned };
  return { kind: last.kind, phoneMentioned };
}
