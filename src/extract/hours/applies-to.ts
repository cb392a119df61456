import type { HoursItem } from '../../model/channel-items.js';
import { tokenize } from './tokenize.js';

/** Which channel stated hours belong to, read from the words around them. */
export type AppliesTo = HoursItem['appliesTo'];
export type Channel = Exclude<AppliesTo, 'general'>;

const CHANNEL_WORDS: ReadonlyMap<string, Channel> = new Map<string, Channel>([
  ...[
    'telefon', 'telefonen', 'telefontid', 'telefontider', 'telefonservice', 'telefontjänst', 'telefonisk',
    'telefonnummer', 'telefontiden', 'phone', 'telephone', 'tel', 'tlf', 'ring', 'ringa', 'ringer', 'call',
    'växel', 'växeln', 'puhelin', 'puhelimitse', 'puhelinpalvelu', 'puhelinpalvelumme', 'soita', 'soittamalla',
    'infolinia', 'infolinii', 'telefonicznie', 'telefonu', 'zadzwoń', 'telefonisch', 'anrufen', 'hotline',
    'sentralbord', 'sentralbordet', 'omstilling', 'teléfono', 'telefono', 'llámanos', 'llamadas', 'telefoon',
    'telefonische', 'bellen',
  ].map((w) => [w, 'phone'] as const),
  ...[
    'chatt', 'chatten', 'chatta', 'chat', 'chatte', 'chatti', 'chatissa', 'chattiin', 'czat', 'czacie',
    'livechat', 'livechatt', 'livechatten',
  ].map((w) => [w, 'chat'] as const),
  ...[
    'butik', 'butiken', 'butiker', 'butikens', 'butikerna', 'butikk', 'butikken', 'butikkens', 'butikker',
    'besöksadress', 'besöksadressen', 'besøgsadresse', 'besøksadresse', 'besök', 'besøg', 'besøk', 'visit',
    'visiting', 'sklep', 'sklepu', 'sklepie', 'salon', 'salonu', 'laden', 'ladens', 'ladengeschäft',
    'geschäft', 'filiale', 'store', 'stores', 'showroom', 'myymälä', 'myymälän', 'myymälämme', 'varuhus',
    'varuhuset', 'varehus', 'varehuset', 'reception', 'receptionen', 'receptionens', 'besucher', 'tienda',
    'tiendas', 'winkel', 'winkels', 'bezoekadres',
  ].map((w) => [w, 'visit'] as const),
]);

export function channelOfWord(word: string): Channel | null {
  return CHANNEL_WORDS.get(word) ?? null;
}

/** The first channel word in a piece of text, or null. */
export function channelIn(text: string): Channel | null {
  for (const token of tokenize(text)) {
    const channel = token.kind === 'word' ? channelOfWord(token.text) : null;
    if (channel) return channel;
  }
  return null;
}

/** Words that make a bare "24/7" or "dygnet runt" a statement about opening or contact hours. */
const HOURS_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'öppet', 'öppen', 'öppettider', 'öppettiderna', 'open', 'opening', 'hours', 'åbent', 'åben', 'åbningstider',
  'åpent', 'åpen', 'åpningstider', 'geöffnet', 'öffnungszeiten', 'erreichbar', 'czynne', 'czynna', 'czynny',
  'otwarte', 'godziny', 'aukioloajat', 'auki', 'avoinna', 'palvelemme', 'tillgänglig', 'tillgängliga',
  'available', 'bemannad', 'bemannet', 'jour', 'support', 'kundtjänst', 'kundtjänsten', 'kundservice',
  'kundeservice', 'kundesenter', 'asiakaspalvelu', 'asiakaspalvelumme', 'obsługa', 'kundendienst',
  'kundenservice', 'service', 'servicedesk', 'helpdesk', 'hjälp', 'help', 'kontakt', 'kontakta', 'contact',
  'svarar', 'answer', 'träffas', 'nås', 'reach', 'horario', 'horarios', 'abierto', 'abiertos', 'atención',
  'contacto', 'openingstijden', 'openingsuren', 'geopend', 'bereikbaar', 'klantenservice',
]);

/** True when the text speaks of opening hours or of reaching someone. */
export function hasHoursContext(text: string): boolean {
  return tokenize(text).some(
    (t) => t.kind === 'word' && (HOURS_CONTEXT_WORDS.has(t.text) || CHANNEL_WORDS.has(t.text)),
  );
}

/** Words that make a short block a heading for the hours that follow ("Öppettider", "Kundtjänst har öppet"). */
const HEADING_WORDS: ReadonlySet<string> = new Set([
  'öppettider', 'öppettiderna', 'öppet', 'opening', 'hours', 'åbningstider', 'åpningstider', 'öffnungszeiten',
  'geöffnet', 'godziny', 'aukioloajat', 'palveluajat', 'kundtjänst', 'kundservice', 'kundeservice',
  'asiakaspalvelu', 'kundendienst', 'kundenservice', 'obsługa', 'telefontider', 'telefontid', 'horario',
  'horarios', 'openingstijden', 'openingsuren', 'klantenservice', 'bereikbaarheid',
]);

export function looksLikeHoursHeading(text: string): boolean {
  return tokenize(text).some((t) => t.kind === 'word' && HEADING_WORDS.has(t.text));
}
