import type { AddressCountry } from './address-country.js';

/**
 * Words that make a line a street, and the countries that use them. Suffixes match the end of
 * a compound ("Storgatan", "Vesterbrogade", "Mannerheimintie", "Hauptstraße"); standalone words
 * match a whole word ("Karl Johans gate", "Gustav Adolfs torg", "Unter den Linden" has none and
 * needs an address label nearby). An empty list: a street word, but no country clue.
 */
const DE_AT: readonly AddressCountry[] = ['DE', 'AT', 'CH'];
const DE_AT_NL: readonly AddressCountry[] = ['DE', 'AT', 'CH', 'NL', 'BE'];
/** Dutch street words, written the same way in Flanders. */
const NL_BE: readonly AddressCountry[] = ['NL', 'BE'];

export const STREET_SUFFIXES: Record<string, readonly AddressCountry[]> = {
  // Swedish
  gatan: ['SE'], vägen: ['SE'], väg: ['SE'], gränd: ['SE'], gränden: ['SE'], platsen: ['SE'], stigen: ['SE'],
  leden: ['SE'], esplanaden: ['SE'], promenaden: ['SE'], stråket: ['SE'], allén: ['SE'], plan: ['SE'],
  gården: ['SE'], backe: ['SE'], kajen: ['SE', 'DK'], torget: ['SE', 'NO'], torg: ['SE', 'NO'], gata: ['SE', 'NO'],
  backen: ['SE', 'NO', 'DK'], strand: ['SE', 'DK', 'NO'], stranden: ['SE', 'DK', 'NO'],
  // Danish
  gade: ['DK'], vej: ['DK'], vejen: ['DK'], plads: ['DK'], pladsen: ['DK'], torv: ['DK'], torvet: ['DK'],
  stræde: ['DK'], vænget: ['DK'], vænge: ['DK'], bakke: ['DK'], løkke: ['DK'], boulevard: ['DK'],
  allé: ['DK', 'NO', 'SE'], brygge: ['DK', 'NO'], boulevarden: ['DK'], kvarter: ['DK'],
  // Norwegian
  gate: ['NO'], gaten: ['NO'], veien: ['NO'], vei: ['NO'], vegen: ['NO'], veg: ['NO'], plass: ['NO'],
  plassen: ['NO'], alléen: ['NO'], stien: ['NO'], kaia: ['NO'], kaien: ['NO'], bryggen: ['DK', 'NO'],
  // Finnish
  katu: ['FI'], tie: ['FI'], kuja: ['FI'], polku: ['FI'], tori: ['FI'], aukio: ['FI'], väylä: ['FI'], ranta: ['FI'],
  rinne: ['FI'], puistikko: ['FI'], kaari: ['FI'], esplanadi: ['FI'], bulevardi: ['FI'],
  // German, written the same way in Austria and Switzerland
  straße: DE_AT, strasse: DE_AT, 'str.': DE_AT, weg: DE_AT_NL, platz: DE_AT, allee: DE_AT, gasse: DE_AT,
  ring: DE_AT, damm: ['DE'], ufer: DE_AT, chaussee: ['DE'], markt: DE_AT, steig: DE_AT, pfad: DE_AT,
  graben: DE_AT, wall: ['DE'], kai: DE_AT, gürtel: ['AT'], zeile: ['AT'], lände: ['AT'],
  // Dutch ("weg" is German and Dutch alike, above)
  straat: NL_BE, laan: NL_BE, plein: NL_BE, gracht: ['NL'], kade: NL_BE, dijk: NL_BE, singel: NL_BE,
  steeg: NL_BE, dreef: NL_BE, lei: ['BE'], steenweg: ['BE'],
};

export const STREET_WORDS: Record<string, readonly AddressCountry[]> = {
  gata: ['SE', 'NO'], väg: ['SE'], torg: ['SE', 'NO'], plan: ['SE'], gränd: ['SE'],
  vej: ['DK'], gade: ['DK'], plads: ['DK'], torv: ['DK'], allé: ['DK', 'NO', 'SE'],
  gate: ['NO'], vei: ['NO'], veg: ['NO'], plass: ['NO'],
  straße: DE_AT, strasse: DE_AT, 'str.': DE_AT, weg: DE_AT_NL, platz: DE_AT, allee: DE_AT, gasse: DE_AT,
  ring: DE_AT, damm: ['DE'], ufer: DE_AT, markt: DE_AT, kai: DE_AT, gürtel: ['AT'], lände: ['AT'],
  straat: NL_BE, laan: NL_BE, plein: NL_BE, kade: NL_BE, singel: NL_BE, steenweg: ['BE'],
  rue: ['BE', 'CH'], avenue: [], chaussée: ['BE'], 'av.': ['BE', 'CH'], boulevard: ['DK', 'BE'],
  street: [], 'st.': [], road: [], 'rd.': [], 'ave.': [], lane: [], square: [],
};

/** Words that may open a street name before the compound ("Östra Hamngatan", "Am Markt"). */
export const STREET_MODIFIERS = new Set([
  'östra', 'västra', 'norra', 'södra', 'lilla', 'stora', 'gamla', 'nya', 'övre', 'nedre', 'sankt', 's:t',
  'store', 'lille', 'nørre', 'søndre', 'vester', 'øster', 'gammel', 'ny', 'øvre', 'nedre',
  'am', 'an', 'auf', 'im', 'in', 'zum', 'zur', 'alte', 'neue', 'große', 'kleine', 'unter', 'den', 'der',
]);

/** Company forms that end a company name written before the street on the same line. */
export const COMPANY_FORMS = new Set([
  'ab', 'ab:s', 'hb', 'kb', 'as', 'asa', 'a/s', 'aps', 'i/s', 'oy', 'oyj', 'ab.', 'gmbh', 'ag', 'kg', 'ohg',
  'ltd', 'ltd.', 'inc', 'inc.', 'sp.', 'z', 'o.o.', 'sa', 's.a.',
]);

/** Post boxes: a postal address without a street. */
export const POST_BOXES: Record<string, readonly AddressCountry[]> = {
  box: ['SE'], postbox: ['SE'], postboks: ['DK', 'NO'], postfach: ['DE'], pl: ['FI'], pb: ['FI'],
  'po box': [], 'p.o. box': [], 'p.o.box': [], 'skrytka pocztowa': ['PL'], 'skr. poczt.': ['PL'],
};

/**
 * Spanish streets name their kind in front, as a word or an abbreviation: "Calle Mayor",
 * "C. Chucena", "C/ Mayor", "Avda. de la Constitución", "Pza. España", "Ctra. de Madrid".
 * Lower case; the one-letter "c." and "c/" only count written with a capital (see street.ts).
 */
export const SPANISH_STREET_WORDS = new Set([
  'calle', 'c.', 'c/', 'avenida', 'avda.', 'avda', 'av.', 'plaza', 'pza.', 'plza.', 'paseo', 'pº', 'p.º',
  'camino', 'carretera', 'ctra.', 'ronda', 'travesía', 'travesia', 'trav.', 'glorieta', 'rambla', 'pasaje',
  'callejón', 'urbanización', 'urb.', 'polígono',
]);

/** Polish streets name their kind in front: "ul. Marszałkowska", "al. Jerozolimskie". */
// No `i` flag: with it, \p{Lu} would match lower-case letters too.
export const POLISH_PREFIX = /^(?:[Uu]l\.|[Uu]lica|[Aa]l\.|[Aa]leja|[Pp]l\.|[Pp]lac|[Oo]s\.|[Oo]siedle|[Rr]ondo)(?=\s|\p{Lu})/u;
