/**
 * The small words around days and times in hours statements, per role, all languages
 * together (lower-case). Kept as data so a missed wording is a one-line fix.
 */

/**
 * "Monday to Friday", "8 till 17", "Montag bis Freitag", "od 8 do 16", "lunes a viernes",
 * "del lunes al viernes", "maandag tot en met vrijdag". A dash is handled separately, and so
 * is Dutch "t/m" (the tokenizer writes it as a dash). Multi-word entries are joined by the tokenizer.
 */
export const RANGE_WORDS: ReadonlySet<string> = new Set([
  'till', 'til', 'to', 'through', 'thru', 'until', 'bis', 'do', 'a', 'al', 'hasta', 'tot', 'tot en met',
]);

/** Joins days or intervals: "lör och sön", "8–12 og 13–16", "pon i wt". */
export const AND_WORDS: ReadonlySet<string> = new Set([
  'och', 'samt', 'og', 'and', 'und', 'sowie', 'i', 'oraz', 'ja', 'y', 'en',
]);

/** "mellan 8 och 17": only after these may an and-word join the two ends of one interval. */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set([
  'mellan', 'mellem', 'between', 'zwischen', 'pomiędzy', 'między', 'entre', 'tussen',
]);

/**
 * May stand between a day and its time even after a lone weak day word ("pt. w godzinach
 * 8–16"). Clock words ("kl.", "klo", "godz.") belong to the time and are read there.
 */
export const TIGHT_FILLERS: ReadonlySet<string> = new Set(['w', 'godzinach', 'um', 'at', 'de', 'van']);

/** "from" before a time: after an and-word it may open the next interval ("de 9 a 14 y de 16 a 19"). */
export const FROM_WORDS: ReadonlySet<string> = new Set(['från', 'fra', 'from', 'von', 'od', 'ab', 'de', 'desde', 'van', 'vanaf']);

/** May stand between a day and its time ("Lördag har vi öppet 10–14", "Samstag geöffnet von 9 bis 13"). */
export const LOOSE_FILLERS: ReadonlySet<string> = new Set([
  ...BETWEEN_WORDS,
  'öppet', 'öppen', 'öppna', 'open', 'opened', 'åbent', 'åben', 'åpent', 'åpen', 'geöffnet', 'offen',
  'czynne', 'czynny', 'czynna', 'otwarte', 'otwarty', 'auki', 'avoinna', 'palvelemme',
  ...FROM_WORDS, 'har', 'vi', 'we', 'is', 'are', 'är', 'er', 'ist', 'sind', 'jeweils', 'durchgehend',
  'jest', 'jesteśmy', 'olemme', 'bemannad', 'bemannet', 'available', 'tillgänglig', 'tillgängliga',
  'erreichbar', 'dostępni', 'dostępna', 'dostępny', 'us', 'oss', 'os', 'uns', 'nas', 'meidät',
  'abierto', 'abiertos', 'abierta', 'abrimos', 'estamos', 'horario', 'geopend', 'zijn', 'wij', 'bereikbaar',
]);

/** Open-words that may put the times before the days: "Vi har öppet 9–17 alla vardagar". */
export const OPEN_WORDS: ReadonlySet<string> = new Set([
  'öppet', 'öppen', 'open', 'åbent', 'åben', 'åpent', 'åpen', 'geöffnet', 'czynne', 'czynny', 'czynna',
  'otwarte', 'auki', 'avoinna', 'palvelemme', 'abierto', 'abiertos', 'abierta', 'abrimos', 'geopend',
]);

/**
 * Words after which times may come first, with or without days: an open-word ("Öppet 10–18
 * mån–fre"), availability ("Dostępny 8–16"), a service or channel name ("Kundtjänst 8–17",
 * "Telefontid 8.00–16.00 mandag–fredag") or an hours heading ("Öppettider 9–17"). Channel
 * words (applies-to.ts) lead too. Without such a word, "1–2 arbetsdagar" and "2–5 dagar"
 * would be read the same way.
 */
export const LEAD_WORDS: ReadonlySet<string> = new Set([
  ...OPEN_WORDS,
  'tillgänglig', 'tillgängliga', 'tilgængelig', 'tilgjengelig', 'tilgjengelige', 'available', 'erreichbar',
  'dostępny', 'dostępna', 'dostępni', 'dostępne', 'tavoitettavissa', 'bemannad', 'bemannet', 'bemandet',
  'kundtjänst', 'kundtjänsten', 'kundservice', 'kundeservice', 'kundeservicen', 'kundesenter', 'kundesenteret',
  'asiakaspalvelu', 'asiakaspalvelumme', 'kundendienst', 'kundenservice', 'support', 'supporten', 'helpdesk',
  'servicedesk', 'obsługa', 'öppettider', 'öppettiderna', 'åbningstider', 'åpningstider', 'öffnungszeiten',
  'aukioloajat', 'palveluajat', 'hours', 'godziny', 'horario', 'horarios', 'openingstijden', 'openingsuren',
  'bereikbaar', 'klantenservice',
]);

/** May stand between a lead word and its times: "Kundtjänst har öppet 8–17", "Obsługa klienta 8–16". */
export const LEAD_FILLERS: ReadonlySet<string> = new Set([
  ...LOOSE_FILLERS, ...TIGHT_FILLERS, 'klienta', 'klientów', 'otwarcia', 'palvelee', 'svarar', 'answers',
]);

/** May stand between times-first and their days: "9–17 på vardagar", "9–5 on weekdays". */
export const TIMES_FIRST_FILLERS: ReadonlySet<string> = new Set([
  'på', 'on', 'om', 'alla', 'all', 'every', 'w', 'am', 'an', 'alle', 'hver', 'i', 'in', 'de', 'van', 'op',
]);

/** Explicit closure: "Söndag stängt", "Closed Sundays", "Lukket søndag". */
export const CLOSED_WORDS: ReadonlySet<string> = new Set([
  'stängt', 'stängd', 'stängda', 'closed', 'lukket', 'lukk', 'stengt', 'geschlossen', 'ruhetag',
  'zamknięte', 'zamkniete', 'nieczynne', 'nieczynny', 'nieczynna', 'suljettu', 'kiinni', 'off',
  'cerrado', 'cerrada', 'cerrados', 'gesloten',
]);

/** May stand between a closure word and its days: "Closed on Sundays", "Stängt på söndagar". */
export const CLOSED_FILLERS: ReadonlySet<string> = new Set([
  'on', 'om', 'på', 'am', 'an', 'w', 'in', 'alle', 'alla', 'all', 'every', 'hver', 'los', 'el', 'op',
]);

/** Always open. Multi-word entries are joined by the tokenizer. */
export const ALWAYS_WORDS: ReadonlySet<string> = new Set([
  '24/7', 'dygnet runt', 'alla dagar dygnet runt', 'døgnet rundt', 'døgnåpent', 'døgnåbent', 'døgnåben',
  'całodobowo', 'całą dobę', 'rund um die uhr', 'around the clock', 'ympäri vuorokauden',
  'ympärivuorokautisesti', 'always open', 'alltid öppet',
]);

/** Trailing words that belong to the end time: "9–18 Uhr", "9 o'clock". */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set(['uhr', "o'clock", 'h', 'godz', 'uur', 'hrs', 'horas']);

const MONTHS = [
  'jan', 'januari', 'january', 'januar', 'stycznia', 'styczeń', 'tammikuuta',
  'feb', 'febr', 'februari', 'february', 'februar', 'lutego', 'luty', 'helmikuuta',
  'mar', 'mars', 'march', 'märz', 'marts', 'marca', 'marzec', 'maaliskuuta',
  'apr', 'april', 'kwietnia', 'kwiecień', 'huhtikuuta',
  'maj', 'may', 'mai', 'maja', 'toukokuuta',
  'jun', 'juni', 'june', 'czerwca', 'czerwiec', 'kesäkuuta',
  'jul', 'juli', 'july', 'lipca', 'lipiec', 'heinäkuuta',
  'aug', 'augusti', 'august', 'sierpnia', 'sierpień', 'elokuuta',
  'sep', 'sept', 'september', 'września', 'wrzesień', 'syyskuuta',
  'okt', 'oct', 'oktober', 'october', 'października', 'październik', 'lokakuuta',
  'nov', 'november', 'listopada', 'listopad', 'marraskuuta',
  'dec', 'dez', 'december', 'desember', 'dezember', 'grudnia', 'grudzień', 'joulukuuta',
  'enero', 'ene', 'febrero', 'marzo', 'abril', 'abr', 'mayo', 'junio', 'julio', 'agosto', 'ago', 'septiembre',
  'setiembre', 'octubre', 'noviembre', 'diciembre', 'dic',
  'februari', 'maart', 'mrt', 'mei', 'augustus',
];

/**
 * A number range followed by one of these is a quantity, a price or a date, not a time:
 * "2–5 dagar", "99–149 kr", "10–50 %", "mån 12–14 feb".
 */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS);

/** "of" between a day number and its month: "lunes 3 de mayo", "3 van mei". */
export const OF_WORDS: ReadonlySet<string> = new Set(['de', 'del', 'van']);

export const NOT_TIME_AFTER: ReadonlySet<string> = new Set([
  ...MONTHS,
  'kr', 'kronor', 'sek', 'dkk', 'nok', 'eur', 'euro', 'euros', 'zł', 'zl', 'pln', 'usd', 'gbp', 'chf',
  'procent', 'percent', 'prozent', 'proc', 'prosent',
  'dagar', 'dag', 'dage', 'dager', 'days', 'day', 'tage', 'tagen', 'dni', 'dnia', 'päivää', 'päivän', 'päivässä',
  'arbetsdagar', 'arbetsdag', 'vardagar', 'hverdage', 'hverdager', 'werktage', 'werktagen', 'arbejdsdage',
  'virkedager', 'business', 'working', 'arkipäivää', 'roboczych', 'robocze',
  'veckor', 'vecka', 'uger', 'uge', 'uker', 'uke', 'weeks', 'week', 'wochen', 'woche', 'tygodni', 'tygodnie',
  'viikkoa', 'viikon', 'månader', 'måneder', 'months', 'monate', 'miesięcy', 'kuukautta',
  'år', 'years', 'jahre', 'lat', 'vuotta', 'timmar', 'timer', 'hours', 'stunden', 'godzin', 'tuntia',
  'min', 'minuter', 'minutter', 'minutes', 'minuten', 'minut',
  'gånger', 'ganger', 'gange', 'times', 'mal', 'razy', 'kertaa', 'klass', 'klasse', 'klasy', 'luokka',
  'st', 'stk', 'styck', 'stycken', 'pcs', 'szt', 'kpl', 'personer', 'people', 'persons', 'personen', 'osób',
  'km', 'cm', 'mm', 'kg', 'g', 'l', 'ml', 'gb', 'mb', 'tb', 'x',
  'días', 'dias', 'día', 'dia', 'hábiles', 'semanas', 'semana', 'meses', 'años', 'anos', 'minutos',
  'veces', 'personas', 'unidades', 'uds', 'dagen', 'werkdagen', 'weken', 'maanden', 'jaar', 'minuten', 'keer',
  'personen', 'stuks',
]);

/** Symbols after a number range that make it a quantity or a date. */
export const NOT_TIME_SYMBOLS: ReadonlySet<string> = new Set(['%', '‰', '€', '$', '£', '/', '×', '+', '°']);
