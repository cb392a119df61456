/**
 * Weekday words in the languages kontaktkoll reads (sv, da, nb, fi, pl, de, es, nl, en),
 * lower-case. Index 0 = Monday … 6 = Sunday.
 *
 * "Weak" words are also ordinary words or abbreviations of something else ("fri" = free in
 * Swedish, "we", "so", "do", "man", "sun", Finnish "to", Dutch "zo"): alone they count as a
 * day only when a time follows at once ("Fr. 8–16"), so "Fri frakt", "Fr. Müller" and "We
 * open…" stay text.
 *
 * "List-only" words are days only inside a range or a list of days that times follow: the
 * Spanish letters ("L, M, J y V 9:30–13:30", "L-V 9–14") are sizes, initials and units
 * elsewhere, and "mar" alone is March ("Mar 10–12").
 */

export interface DayWord {
  day: number;
  weak: boolean;
  /** A day only as part of a range or list of days followed by times. */
  listOnly?: true;
}

type WeekTable = readonly (readonly string[])[];

const SWEDISH: WeekTable = [
  ['måndag', 'måndagar', 'måndagen', 'måndags', 'mån'],
  ['tisdag', 'tisdagar', 'tisdagen', 'tisdags', 'tis', 'tisd'],
  ['onsdag', 'onsdagar', 'onsdagen', 'onsdags', 'ons'],
  ['torsdag', 'torsdagar', 'torsdagen', 'torsdags', 'tors', 'torsd'],
  ['fredag', 'fredagar', 'fredagen', 'fredags', 'fre'],
  ['lördag', 'lördagar', 'lördagen', 'lördags', 'lör'],
  ['söndag', 'söndagar', 'söndagen', 'söndags', 'sön'],
];

/** Danish and Norwegian Bokmål share most forms; both are listed. */
const DANISH_NORWEGIAN: WeekTable = [
  ['mandag', 'mandage', 'mandager', 'mandagen'],
  ['tirsdag', 'tirsdage', 'tirsdager', 'tirsdagen', 'tir', 'tirs'],
  ['onsdag', 'onsdage', 'onsdager', 'onsdagen'],
  ['torsdag', 'torsdage', 'torsdager', 'torsdagen'],
  ['fredag', 'fredage', 'fredager'],
  ['lørdag', 'lørdage', 'lørdager', 'lørdagen', 'lør'],
  ['søndag', 'søndage', 'søndager', 'søndagen', 'søn'],
];

/** Nominative, genitive ("od poniedziałku do piątku"), accusative and plural ("w soboty"). */
const POLISH: WeekTable = [
  ['poniedziałek', 'poniedziałku', 'poniedziałki', 'poniedzialek', 'poniedzialku', 'pon', 'pn'],
  ['wtorek', 'wtorku', 'wtorki'],
  ['środa', 'środy', 'środę', 'środzie', 'sroda', 'srody', 'śr'],
  ['czwartek', 'czwartku', 'czwartki', 'czw'],
  ['piątek', 'piątku', 'piątki', 'piatek', 'piatku', 'pią', 'piąt'],
  ['sobota', 'soboty', 'sobotę', 'sobote', 'sobotach', 'sobocie'],
  ['niedziela', 'niedzieli', 'niedziele', 'niedzielę', 'niedzielach', 'niedz', 'ndz'],
];

const GERMAN: WeekTable = [
  ['montag', 'montags'],
  ['dienstag', 'dienstags'],
  ['mittwoch', 'mittwochs'],
  ['donnerstag', 'donnerstags'],
  ['freitag', 'freitags'],
  ['samstag', 'samstags', 'sonnabend', 'sonnabends'],
  ['sonntag', 'sonntags'],
];

/** Plurals ("los sábados") and the forms written without accents. */
const SPANISH: WeekTable = [
  ['lunes', 'lun'],
  ['martes'],
  ['miércoles', 'miercoles', 'mié', 'mie', 'miér', 'mier'],
  ['jueves', 'jue'],
  ['viernes', 'vie'],
  ['sábado', 'sábados', 'sabado', 'sabados', 'sáb', 'sab'],
  ['domingo', 'domingos'],
];

const DUTCH: WeekTable = [
  ['maandag', 'maandags'],
  ['dinsdag', 'dinsdags'],
  ['woensdag', 'woensdags'],
  ['donderdag', 'donderdags'],
  ['vrijdag', 'vrijdags'],
  ['zaterdag', 'zaterdags'],
  ['zondag', 'zondags'],
];

const ENGLISH: WeekTable = [
  ['monday', 'mondays', 'mon'],
  ['tuesday', 'tuesdays', 'tue', 'tues'],
  ['wednesday', 'wednesdays'],
  ['thursday', 'thursdays', 'thu', 'thur', 'thurs'],
  ['friday', 'fridays'],
  ['saturday', 'saturdays'],
  ['sunday', 'sundays'],
];

/** Two-letter German/OSM, Finnish, Dutch and short forms that are also everyday words ("Dom" = cathedral). */
const WEAK: WeekTable = [
  ['mo', 'ma', 'man'],
  ['tu', 'di', 'ti', 'wt'],
  ['we', 'mi', 'ke', 'wed', 'sr', 'wo'],
  ['th', 'do', 'to', 'tor'],
  ['fr', 'fri', 'pe', 'pt', 'vr'],
  ['sa', 'sat', 'la', 'sob', 'za'],
  ['su', 'so', 'sun', 'nd', 'zo', 'dom'],
];

/** Spanish one-letter days (L M X J V S D) and "mar", which is also March: see `listOnly`. */
const LIST_ONLY: WeekTable = [['l'], ['m', 'mar'], ['x'], ['j'], ['v'], ['s'], ['d']];

/** Finnish full names take case endings ("maanantaista perjantaihin", "lauantaisin"). */
const FINNISH_STEMS = ['maanantai', 'tiistai', 'keskivii', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'];

function indexTable(into: Map<string, DayWord>, table: WeekTable, kind: Omit<DayWord, 'day'>): void {
  table.forEach((words, day) => {
    for (const word of words) if (!into.has(word)) into.set(word, { day, ...kind });
  });
}

const DAY_WORDS = new Map<string, DayWord>();
for (const table of [SWEDISH, DANISH_NORWEGIAN, POLISH, GERMAN, SPANISH, DUTCH, ENGLISH]) {
  indexTable(DAY_WORDS, table, { weak: false });
}
indexTable(DAY_WORDS, WEAK, { weak: true });
indexTable(DAY_WORDS, LIST_ONLY, { weak: true, listOnly: true });

export function dayWord(word: string): DayWord | null {
  const known = DAY_WORDS.get(word);
  if (known) return known;
  const day = FINNISH_STEMS.findIndex((stem) => word.startsWith(stem) && word.length - stem.length <= 6);
  return day >= 0 ? { day, weak: false } : null;
}

/** Finnish elative ("maanantaista" = from Monday) starts a range written without a dash. */
export function isFinnishRangeStart(word: string): boolean {
  return FINNISH_STEMS.some((stem) => word.startsWith(stem)) && word.endsWith('sta');
}

const WEEKDAYS = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** Words and phrases that name a set of days. Phrases are matched as whole word sequences. */
const DAY_GROUPS: ReadonlyMap<string, readonly number[]> = new Map<string, readonly number[]>([
  ...[
    'vardagar', 'vardag', 'vardagarna', 'veckodagar', 'hverdage', 'hverdagar', 'hverdager', 'alle hverdage',
    'alle hverdager', 'arkisin', 'arkipäivisin', 'arkipäivinä', 'werktags', 'wochentags', 'weekdays', 'weekday',
    'dni robocze', 'dni powszednie', 'dni roboczych', 'werkdagen', 'doordeweeks', 'días laborables',
    'laborables', 'entre semana',
  ].map((w) => [w, WEEKDAYS] as const),
  ...[
    'helg', 'helgen', 'helger', 'helgerna', 'weekend', 'weekenden', 'weekender', 'weekends', 'wochenende',
    'wochenenden', 'weekendy', 'viikonloppuisin', 'viikonloppuna', 'fines de semana', 'fin de semana',
  ].map((w) => [w, WEEKEND] as const),
  ...[
    'dagligen', 'daglig', 'dagligt', 'daily', 'täglich', 'codziennie', 'päivittäin', 'everyday', 'alla dagar',
    'alla veckans dagar', 'varje dag', 'alle dage', 'alle ugens dage', 'alle dager', 'hver dag', 'every day',
    'joka päivä', 'jeden tag', 'każdego dnia', 'dagelijks', 'elke dag', 'todos los días', 'todos los dias',
  ].map((w) => [w, EVERY_DAY] as const),
]);

export function dayGroup(word: string): readonly number[] | null {
  return DAY_GROUPS.get(word) ?? null;
}

/** Multi-word entries, split, for the tokenizer to join before lookup. */
export function dayGroupPhrases(): string[][] {
  return [...DAY_GROUPS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' '));
}
