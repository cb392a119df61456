import type { PageSnapshot } from '../../model/page-snapshot.js';

/**
 * What the page itself says about who answers the chat: words that call it a bot, and words
 * that offer a person. Both can be on one page ("Vår digitala assistent svarar först. Prata
 * med en handläggare"): that is a bot with hand-over. staffing.ts weighs them with the vendor.
 */

export interface TextCues {
  /** Words presenting the chat as a bot, as written. */
  bot: string | null;
  /** Words offering a person in (or from) the chat, as written. */
  handover: string | null;
}

/** Word boundaries that work for å, ä, ö, ø, ł…: `\b` in JavaScript only knows ASCII letters. */
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

function phrases(sources: readonly string[]): RegExp {
  return new RegExp(`${START}(?:${sources.join('|')})${END}`, 'iu');
}

/** The chat is a bot: sv, da, nb, fi, pl, de, en. */
const BOT = phrases([
  // "virtuell/digital/AI-assistent", "virtual assistant", "wirtualny asystent", "KI-Assistentin"
  '(?:virtu\\p{L}*|digita\\p{L}*|wirtualn\\p{L}*|AI|KI)[\\s-]+(?:assistent|assistant|asystent)\\p{L}*',
  'virtuaaliavustaja\\p{L}*',
  '(?:chatt?e?|czat)[\\s-]?bot\\p{L}*',
  // "botten" alone is also Swedish for "the bottom"; "fråga botten" or "chattbotten" mean a bot.
  '(?:vår|fråga|prata\\s+med|chatta\\s+med)\\s+botten',
  '(?:jag\\s+är|jeg\\s+er|I\\s+am|I[\'’]m|ich\\s+bin)\\s+(?:en|an?|ein)\\s+(?:chat)?bot',
  'jestem\\s+(?:czat)?botem',
  'olen\\s+(?:chat)?botti',
]);

const PERSON_NOUNS = [
  'handläggare', 'människa', 'medarbetare', 'kundtjänstmedarbetare', 'rådgivare', 'kundtjänst',
  'medarbejder', 'menneske', 'rådgiver', 'medarbeider', 'kundebehandler', 'saksbehandler', 'kundeservice',
  'kundservice', 'agent', 'person', 'operatör',
].join('|');

/** A person can be reached in (or from) the chat. */
const HANDOVER = phrases([
  `(?:prata|chatta|tala|tal|tale|chat|chatte|snakk|snakke|prat|prate)\\s+med\\s+(?:(?:en|et|ett|vår|våre|vores)\\s+)?(?:${PERSON_NOUNS})`,
  'kundtjänst\\s+i\\s+chatten',
  '(?:porozmawiaj|rozmawiaj|rozmowa|połącz(?:\\s+się)?|czat)\\s+z\\s+(?:konsultant\\p{L}*|doradc\\p{L}*|pracownik\\p{L}*|człowiekiem)',
  '(?:talk|speak|chat)\\s+(?:to|with)\\s+(?:an?\\s+|our\\s+|a\\s+real\\s+)?(?:agent|human|person|representative|advisor|adviser|team\\s+member)',
  'live\\s+agent',
  'human\\s+agent',
  'mit\\s+(?:einem|einer)\\s+(?:Mitarbeiter(?:in)?|Menschen|Berater(?:in)?|Person)\\s+(?:sprechen|chatten)',
  // "keskustele/keskustella/puhu asiakaspalvelijan kanssa", "siirry asiakaspalvelijalle"
  '(?:keskustel\\p{L}*|puhu\\p{L}*|juttel\\p{L}*)\\s+(?:ihmisen|asiakaspalvelijan|asiantuntijan|asiakasneuvojan)\\s+kanssa',
  '(?:siirry|siirrä|yhdistä)\\s+asiakaspalvelijalle',
]);

/**
 * "Ring oss för att prata med en rådgivare" promises a person on the phone, not in the chat:
 * outside a button, a hand-over phrase counts only in text that is about the chat.
 */
const ABOUT_CHAT = /chat|czat|czaci/i;

function firstMatch(pattern: RegExp, texts: readonly string[], context?: RegExp): string | undefined {
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match && (context === undefined || context.test(text))) return match[0];
  }
  return undefined;
}

type PageText = Pick<PageSnapshot, 'blocks' | 'buttons' | 'links'>;

/** The bot and hand-over wording the page's visible text shows, each null when absent. */
export function textCues(page: PageText): TextCues {
  const controls = page.buttons.map((button) => button.text);
  const prose = [...page.blocks.map((block) => block.text), ...page.links.map((link) => link.text)];
  const handover = firstMatch(HANDOVER, controls) ?? firstMatch(HANDOVER, prose, ABOUT_CHAT);
  const bot = firstMatch(BOT, [...controls, ...prose]);
  return { bot: bot ?? null, handover: handover ?? null };
}
