/**
 * Words that stand where a street name or a city would, in lines that are not addresses:
 * "Kampanj 13, 2024 Januari", "Ordernummer 123, 504 37 Borås", "Mandag 10, 2100 …".
 * Lower case; sv, da, no, fi, de, pl, es, nl and en.
 */
export const MONTHS = new Set([
  'januari', 'januar', 'january', 'jänner', 'tammikuu', 'styczeń', 'februari', 'februar', 'february', 'helmikuu',
  'luty', 'mars', 'marts', 'märz', 'march', 'maaliskuu', 'marzec', 'april', 'huhtikuu', 'kwiecień', 'maj', 'mai',
  'may', 'toukokuu', 'juni', 'june', 'kesäkuu', 'czerwiec', 'juli', 'july', 'heinäkuu', 'lipiec', 'augusti',
  'august', 'elokuu', 'sierpień', 'september', 'syyskuu', 'wrzesień', 'oktober', 'october', 'lokakuu',
  'październik', 'november', 'marraskuu', 'listopad', 'december', 'dezember', 'desember', 'grudzień',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jul', 'aug', 'aug.', 'sep', 'sep.', 'sept',
  'sept.', 'okt', 'okt.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.', 'dez', 'dez.', 'des', 'des.',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre',
  'noviembre', 'diciembre', 'ene', 'ene.', 'abr', 'abr.', 'ago', 'ago.', 'dic', 'dic.',
  'maart', 'mei', 'augustus', 'mrt', 'mrt.',
]);

export const WEEKDAYS = new Set([
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag',
  'søndag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'maanantai', 'tiistai', 'keskiviikko',
  'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek',
  'sobota', 'niedziela', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön', 'man', 'tir', 'lør', 'søn', 'mo',
  'di', 'mi', 'do', 'fr', 'sa', 'so', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo', 'lun', 'mié',
  'jue', 'vie', 'sáb', 'sab', 'dom', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag',
  'zondag', 'wo', 'vr', 'za', 'zo',
]);

/** Words that count, order or label something; a number after them is not a house number. */
const COUNTING_WORDS = new Set([
  'order', 'ordre', 'bestellung', 'zamówienie', 'artikel', 'article', 'produkt', 'product', 'vara', 'vare',
  'kampanj', 'kampagne', 'tilbud', 'erbjudande', 'angebot', 'rabatt', 'version', 'sida', 'side', 'seite', 'page',
  'kapitel', 'chapter', 'vecka', 'uge', 'uke', 'woche', 'week', 'rum', 'room', 'zimmer', 'bord', 'tisch',
  'table', 'steg', 'trin', 'schritt', 'step', 'nivå', 'niveau', 'level', 'del', 'teil', 'part', 'kvartal',
  'quarter', 'år', 'jahr', 'year', 'tel', 'tel.', 'telefon', 'telephone', 'phone', 'fax', 'mobil', 'mobile',
  'handy', 'sms', 'kl', 'kl.', 'klockan', 'uhr', 'öppet', 'åben', 'åbent', 'åpent', 'åpen', 'geöffnet', 'open',
  'pris', 'price', 'preis', 'cena', 'hinta', 'antal', 'anzahl', 'stk', 'styck', 'seit', 'since', 'sedan',
  'siden', 'ab', 'from', 'från', 'fra', 'von', 'bis', 'till', 'til', 'cvr', 'moms', 'vat', 'bankgiro',
  'plusgiro', 'konto', 'iban', 'bic', 'faktura', 'rechnung', 'invoice', 'storlek', 'størrelse', 'größe', 'size',
  'modell', 'model', 'typ', 'type', 'serie', 'series', 'gruppe', 'grupp', 'group', 'team', 'plats',
  'sektion', 'sektor', 'bane', 'bana', 'gate', 'terminal', 'hall', 'halle', 'stand', 'monter', 'booth',
  'kategorie', 'kategori', 'category', 'klasse', 'klass', 'class', 'stufe', 'raum', 'saal', 'sal', 'etage',
  'stock', 'våning', 'etasje', 'plan', 'lokal', 'lgh', 'punkt', 'point', 'tabelle', 'tabell', 'bild', 'figur',
  'pedido', 'factura', 'página', 'pagina', 'talla', 'precio', 'teléfono', 'telefono', 'tlf.', 'móvil', 'movil',
  'cif', 'nif', 'nie', 'desde', 'año', 'semana', 'capítulo', 'paso', 'mesa', 'habitación', 'planta',
  'bestelling', 'prijs', 'maat', 'telefoon', 'kvk', 'btw', 'sinds', 'vanaf', 'jaar', 'hoofdstuk', 'stap', 'kamer',
  'verdieping', 'tafel', 'nummer',
]);

/** Endings of counting words: "Ordernummer", "Kundennr.", "Art.nr". */
const COUNTING_ENDING = /(?:nummer|numre|number|numero|nr\.?|no\.)$/iu;

/** A word that, written before a number, says the number is not a house number. */
export function isCountingWord(word: string): boolean {
  const lower = word.toLowerCase();
  return COUNTING_WORDS.has(lower) || MONTHS.has(lower) || WEEKDAYS.has(lower) || COUNTING_ENDING.test(lower);
}
