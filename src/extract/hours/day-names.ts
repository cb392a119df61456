/**
 * Weekday words in the languages kontaktkoll reads (sv, da, nb, fi, pl, de, en), lower-case.
 * Index 0 = Monday … 6 = Sunday.
 *
 * "Weak" words are also ordinary words or abbreviations of something else ("fri" = free in
 * Swedish, "we", "so", "do", "man", "sun", Finnish "to"): alone they count as a day only when
 * a time follows at once ("Fr. 8–16"), so "Fri frakt", "Fr. Müller" and "We open…" stay text.
 */

export interface DayWord {
  day: number;
  weak: boolean;
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

const ENGLISH: WeekTable = [
  ['monday', 'mondays', 'mon'],
  ['tuesday', 'tuesdays', 'tue', 'tues'],
  ['wednesday', 'wednesdays'],
  ['thursday', 'thursdays', 'thu', 'thur', 'thurs'],
  ['friday', 'fridays'],
  ['saturday', 'saturdays'],
  ['sunday', 'sundays'],
];

/** Two-letter German/OSM, Finnish and short forms that are also everyday words. */
const WEAK: WeekTable = [
  ['mo', 'ma', 'man'],
  ['tu', 'di', 'ti', 'wt'],
  ['we', 'mi', 'ke', 'wed', 'sr'],
  ['th', 'do', 'to', 'tor'],
  ['fr', 'fri', 'pe', 'pt'],
  ['sa', 'sat', 'la', 'sob'],
  ['su', 'so', 'sun', 'nd'],
];

/** Finnish full names take case endings ("maanantaista perjantaihin", "lauantaisin"). */
const FINNISH_STEMS = ['maanantai', 'tiistai', 'keskivii', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'];

function indexTable(into: Map<string, DayWord>, table: WeekTable, weak: boolean): void {
  table.forEach((words, day) => {
    for (const word of words) if (!into.has(word)) into.set(word, { day, weak });
  });
}

const DAY_WORDS = new Map<string, DayWord>();
for (const table of [SWEDISH, DANISH_NORWEGIAN, POLISH, GERMAN, ENGLISH]) indexTable(DAY_WORDS, table, false);
indexTable(DAY_WORDS, WEAK, true);

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
    'dni robocze', 'dni powszednie', 'dni roboczych',
  ].map((w) => [w, WEEKDAYS] as const),
  ...[
    'helg', 'helgen', 'helger', 'helgerna', 'weekend', 'weekenden', 'weekender', 'weekends', 'wochenende',
    'wochenenden', 'weekendy', 'viikonloppuisin', 'viikonloppuna',
  ].map((w) => [w, WEEKEND] as const),
  ...[
    'dagligen', 'daglig', 'dagligt', 'daily', 'täglich', 'codziennie', 'päivittäin', 'everyday', 'alla dagar',
    'alla veckans dagar', 'varje dag', 'alle dage', 'alle ugens dage', 'alle dager', 'hver dag', 'every day',
    'joka päivä', 'jeden tag', 'każdego dnia',
  ].map((w) => [w, EVERY_DAY] as const),
]);

export function dayGroup(word: string): readonly number[] | null {
  return DAY_GROUPS.get(word) ?? null;
}

/** Multi-word entries, split, for the tokenizer to join before lookup. */
export function dayGroupPhrases(): string[][] {
  return [...DAY_GROUPS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' '));
}
