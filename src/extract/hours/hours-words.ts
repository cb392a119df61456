/**
 * The small words around days and times in hours statements, per role, all languages
 * together (lower-case). Kept as data so a missed wording is a one-line fix.
 */

/** "Monday to Friday", "8 till 17", "Montag bis Freitag", "od 8 do 16". A dash is handled separately. */
export const RANGE_WORDS: ReadonlySet<string> = new Set([
  'till', 'til', 'to', 'through', 'thru', 'until', 'bis', 'do',
]);

/** Joins days or intervals: "lör och sön", "8–12 og 13–16", "pon i wt". */
export const AND_WORDS: ReadonlySet<string> = new Set([
  'och', 'samt', 'og', 'and', 'und', 'sowie', 'i', 'oraz', 'ja',
]);

/** "mellan 8 och 17": only after these may an and-word join the two ends of one interval. */
export const BETWEEN_WORDS: ReadonlySet<string> = new Set([
  'mellan', 'mellem', 'between', 'zwischen', 'pomiędzy', 'między',
]);

/**
 * May stand between a day and its time even after a lone weak day word ("pt. w godzinach
 * 8–16"). Clock words ("kl.", "klo", "godz.") belong to the time and are read there.
 */
export const TIGHT_FILLERS: ReadonlySet<string> = new Set(['w', 'godzinach', 'um', 'at']);

/** May stand between a day and its time ("Lördag har vi öppet 10–14", "Samstag geöffnet von 9 bis 13"). */
export const LOOSE_FILLERS: ReadonlySet<string> = new Set([
  ...BETWEEN_WORDS,
  'öppet', 'öppen', 'öppna', 'open', 'opened', 'åbent', 'åben', 'åpent', 'åpen', 'geöffnet', 'offen',
  'czynne', 'czynny', 'czynna', 'otwarte', 'otwarty', 'auki', 'avoinna', 'palvelemme',
  'från', 'fra', 'from', 'von', 'od', 'ab', 'har', 'vi', 'we', 'is', 'are', 'är', 'er', 'ist', 'sind',
  'jest', 'jesteśmy', 'olemme', 'bemannad', 'bemannet', 'available', 'tillgänglig', 'tillgängliga',
  'erreichbar', 'dostępni', 'dostępna', 'dostępny', 'us', 'oss', 'os', 'uns', 'nas', 'meidät',
]);

/** Open-words that may put the times before the days: "Vi har öppet 9–17 alla vardagar". */
export const OPEN_WORDS: ReadonlySet<string> = new Set([
  'öppet', 'öppen', 'open', 'åbent', 'åben', 'åpent', 'åpen', 'geöffnet', 'czynne', 'czynny', 'czynna',
  'otwarte', 'auki', 'avoinna', 'palvelemme',
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
  'aukioloajat', 'palveluajat', 'hours', 'godziny',
]);

/** May stand between a lead word and its times: "Kundtjänst har öppet 8–17", "Obsługa klienta 8–16". */
export const LEAD_FILLERS: ReadonlySet<string> = new Set([
  ...LOOSE_FILLERS, ...TIGHT_FILLERS, 'klienta', 'klientów', 'otwarcia', 'palvelee', 'svarar', 'answers',
]);

/** May stand between times-first and their days: "9–17 på vardagar", "9–5 on weekdays". */
export const TIMES_FIRST_FILLERS: ReadonlySet<string> = new Set([
  'på', 'on', 'om', 'alla', 'all', 'every', 'w', 'am', 'an', 'alle', 'hver', 'i', 'in',
]);

/** Explicit closure: "Söndag stängt", "Closed Sundays", "Lukket søndag". */
export const CLOSED_WORDS: ReadonlySet<string> = new Set([
  'stängt', 'stängd', 'stängda', 'closed', 'lukket', 'lukk', 'stengt', 'geschlossen', 'ruhetag',
  'zamknięte', 'zamkniete', 'nieczynne', 'nieczynny', 'nieczynna', 'suljettu', 'kiinni', 'off',
]);

/** May stand between a closure word and its days: "Closed on Sundays", "Stängt på söndagar". */
export const CLOSED_FILLERS: ReadonlySet<string> = new Set([
  'on', 'om', 'på', 'am', 'an', 'w', 'in', 'alle', 'alla', 'all', 'every', 'hver',
]);

/** Always open. Multi-word entries are joined by the tokenizer. */
export const ALWAYS_WORDS: ReadonlySet<string> = new Set([
  '24/7', 'dygnet runt', 'alla dagar dygnet runt', 'døgnet rundt', 'døgnåpent', 'døgnåbent', 'døgnåben',
  'całodobowo', 'całą dobę', 'rund um die uhr', 'around the clock', 'ympäri vuorokauden',
  'ympärivuorokautisesti', 'always open', 'alltid öppet',
]);

/** Trailing words that belong to the end time: "9–18 Uhr", "9 o'clock". */
export const TIME_SUFFIXES: ReadonlySet<string> = new Set(['uhr', "o'clock", 'h', 'godz']);

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
];

/**
 * A number range followed by one of these is a quantity, a price or a date, not a time:
 * "2–5 dagar", "99–149 kr", "10–50 %", "mån 12–14 feb".
 */
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
]);

/** Symbols after a number range that make it a quantity or a date. */
export const NOT_TIME_SYMBOLS: ReadonlySet<string> = new Set(['%', '‰', '€', '$', '£', '/', '×', '+', '°']);
