/**
 * Words that tell what a form is for, across the languages kontaktkoll audits
 * (sv, da, nb, fi, pl, de, en). Matched against a form's context (nearest heading or legend,
 * aria-label/id/class words), its submit text, and field labels/names/placeholders.
 */

/** Matches any of `stems` at the start of a word; a stem may be the whole word or a prefix of a compound. */
function stemPattern(stems: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})`, 'iu');
}

/** Matches any of `words` as whole words only. */
function wordPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Context that says "write to us": kontaktformulär, kontakt os, formularz kontaktowy, contact-form… */
export const CONTACT_CUE = stemPattern([
  'kontakt', 'contact', 'wpcf7', 'skriv till oss', 'skriv til os', 'skriv til oss',
  'formularz kontaktowy', 'napisz do nas', 'ota yhteyttä', 'yhteydenot', 'yhteystie', 'get in touch',
  'write to us', 'schreiben sie uns', 'kundservice', 'kundtjänst', 'kundeservice', 'kundenservice',
  'asiakaspalvelu', 'obsługa klienta', 'support', 'enquir', 'inquir', 'ring mig', 'ring meg', 'ring mig op',
  'bli uppringd', 'återuppringning', 'callback', 'call me back',
  // A request for a quote or an offer is written to the company and answered by a person.
  'offert', 'tilbud', 'quote', 'wycen', 'zapytanie', 'angebot anfordern', 'angebotsanfrage', 'anfrage', 'tarjouspyyn',
  'presupuesto', 'offerte', 'förfrågan', 'forespørsel', 'forespørgsel',
]);

/** Matches any of `parts` anywhere: field names are developer compounds ("yourMessage", "contact_email"). */
function partPattern(parts: readonly string[]): RegExp {
  return new RegExp(`(?:${parts.join('|')})`, 'iu');
}

/** A field a customer writes the message itself in. */
export const MESSAGE_CUE = partPattern([
  'message', 'meddelande', 'ärende', 'besked', 'henvendelse', 'melding', 'wiadomo', 'treść', 'nachricht',
  'anliegen', 'viesti', 'fråga', 'spørgsmål', 'spørsmål', 'kysymy', 'pytanie', 'question', 'enquiry', 'inquiry',
  'beskriv', 'description', 'msg',
]);

/** A field that lets the company reply or know who wrote. */
export const REPLY_CUE = partPattern([
  'e-?mail', 'e-?post', 'mejl', 'sähköposti', 'telefon', 'phone', 'puhelin', 'tel(?![\\p{L}])', 'mobil',
  'namn', 'navn', 'name', 'nimi', 'imię', 'imie', 'nazwisko',
]);

export const SEARCH_CUE = wordPattern([
  'search', 'sök', 'søg', 'søk', 'haku', 'hae', 'etsi', 'szukaj', 'wyszukaj', 'suche', 'suchen',
]);

/** Field names search engines and CMSs give the query box. */
export const SEARCH_FIELD_NAMES = new Set(['q', 's', 'query', 'search', 'keyword', 'keywords', 'term', 'sok', 'sog']);

export const NEWSLETTER_CUE = stemPattern([
  'newsletter', 'nyhetsbrev', 'nyhedsbrev', 'prenumerera', 'subscribe', 'tilmeld', 'abonner', 'zapisz',
  'zapisz się', 'subskryb', 'uutiskirje', 'tilaa', 'anmelden', 'abonnieren', 'utskick', 'erbjudanden',
]);

export const LOGIN_CUE = stemPattern([
  'log ?in', 'logga in', 'log ind', 'logg inn', 'sign ?in', 'kirjaudu', 'zaloguj', 'mina sidor', 'my account',
  'mitt konto', 'bankid', 'registr', 'opret konto', 'skapa konto', 'create account',
]);

/** Context of a shop's cart or checkout. */
export const CART_CONTEXT_CUE = stemPattern([
  'add.?to.?cart', 'cart', 'basket', 'checkout', 'varukorg', 'kassa', 'kurv', 'handlekurv', 'ostoskori',
  'koszyk', 'warenkorb', 'product-form', 'produkt',
]);

/**
 * Submit text that buys something. "Beställ"/"bestil"/"zamów" are left out on purpose: they also
 * order a call back ("Beställ samtal"), which is a way to reach a person.
 */
export const CART_SUBMIT_CUE = stemPattern([
  'köp', 'lägg i', 'till kassan', 'betala', 'slutför', 'læg i', 'køb', 'legg i', 'kjøp', 'lisää koriin', 'osta',
  'do koszyka', 'kup', 'zapłać', 'in den warenkorb', 'kaufen', 'add to', 'buy', 'place order', 'pay', 'checkout',
]);

/** A quantity field belongs to a product, not to a message. */
export const QUANTITY_CUE = wordPattern([
  'quantity', 'qty', 'antal', 'antall', 'määrä', 'ilość', 'menge', 'anzahl',
]);

export const COOKIE_CUE = stemPattern([
  'cookie', 'kakor', 'samtycke', 'consent', 'samtykke', 'evästeet', 'ciasteczk', 'zgoda na', 'gdpr-settings',
]);

/**
 * Forms to join the company rather than to reach it: volunteering, a job application, a sign-up
 * for an event or a course. What is sent is an application, not a customer's question, and a
 * page calls such a form so. Bare "frivillig"/"vapaaehtoinen" are left out: they also mark an
 * optional field.
 */
export const SIGNUP_CUE = stemPattern([
  'volunt', 'volont', 'vapaaehtoise', 'vapaaehtoistoim', 'som frivillig', 'frivilligarbe', 'frivilligverksam', 'ehrenamt', 'wolontar',
  'ilmoittaud', 'ilmoittautu', 'anmäl dig', 'anmälan till', 'tilmeld dig', 'meld deg på', 'meld dig på', 'sign up as', 'sign up for',
  'register for', 'zapisy', 'zgłoś się', 'inscripci', 'inscríbete',
  'job application', 'apply now', 'apply for', 'ansök', 'ansøg', 'søknad', 'søk stilling', 'bewerb', 'hakemus', 'työhakemus',
  'rekry', 'karriär', 'career', 'aplikuj', 'rekrutac', 'candidatur', 'trabaja con nosotros', 'lediga tjänster', 'ledige stillinger',
]);

/** Public comments and reviews: written to other readers, with no promise that the company answers. */
export const COMMENT_CUE = stemPattern([
  'comment', 'kommentar', 'kommentér', 'kommenter', 'kommentti', 'komentarz', 'leave a reply', 'lämna ett svar',
  'skriv en kommentar', 'reply', 'recension', 'review', 'omdöme', 'anmeldelse', 'arvostelu', 'opinia', 'bewertung',
]);
