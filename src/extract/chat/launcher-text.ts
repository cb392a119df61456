import type { PageLink, PageSnapshot } from '../../model/page-snapshot.js';

/**
 * A control whose whole label says "start a chat", for chats no vendor pattern recognises.
 * Only the whole label counts: prose such as "Vi har tyvärr ingen chatt" or "chatta med oss
 * på vardagar" mentions a chat without offering one.
 */
const LAUNCHER_LABEL = new RegExp(
  '^[^\\p{L}\\p{N}]*(?:' +
    [
      // sv
      'chatta(?:\\s+med\\s+(?:oss|kundtjänst|kundservice|en\\s+(?:medarbetare|handläggare|rådgivare)))?',
      'chatt\\s+med\\s+oss', 'starta\\s+(?:en\\s+)?chatt(?:en)?', 'öppna\\s+chatt(?:en)?', 'chatt(?:en)?',
      // da, nb
      'chat(?:te)?\\s+med\\s+(?:os|oss|en\\s+(?:medarbejder|rådgiver|medarbeider))', 'start\\s+(?:en\\s+)?chat(?:ten)?',
      '(?:åbn|åpne)\\s+chat(?:ten)?',
      // pl
      'czat(?:\\s+z\\s+(?:nami|konsultantem|doradcą))?', 'rozpocznij\\s+czat', 'napisz\\s+(?:do\\s+nas\\s+)?na\\s+czacie',
      // en, de, fi
      'chat(?:\\s+(?:with\\s+us|now|with\\s+(?:an\\s+agent|support|our\\s+team)))?', 'start\\s+(?:a\\s+)?chat', 'open\\s+chat',
      'live\\s?chat', 'chatte\\s+mit\\s+uns', 'chat\\s+starten', 'jetzt\\s+chatten', 'chattaa\\s+kanssamme',
      '(?:avaa|aloita)\\s+chat',
    ].join('|') +
    ')[^\\p{L}\\p{N}]*$',
  'iu',
);

/** Longer labels are sentences, not launchers. */
const MAX_LABEL = 40;

function isLauncherLabel(text: string): boolean {
  const label = text.replace(/\s+/g, ' ').trim();
  return label.length <= MAX_LABEL && LAUNCHER_LABEL.test(label);
}

/**
 * A link launches something in place only when it stays on the page; a "Chatta med oss" link
 * to another page is a route to the chat (the crawl follows it), and one to m.me or wa.me is
 * another channel.
 */
function staysOnPage(link: PageLink, pageUrl: string): boolean {
  if (/^javascript:/i.test(link.href) || link.href.startsWith('#')) return true;
  try {
    const target = new URL(link.href);
    const page = new URL(pageUrl);
    return target.origin === page.origin && target.pathname === page.pathname && target.search === page.search;
  } catch {
    return false;
  }
}

/** The label of the first visible control that opens a chat on this page, if any. */
export function findLauncherLabel(page: Pick<PageSnapshot, 'url' | 'buttons' | 'links'>): string | undefined {
  const button = page.buttons.find((candidate) => isLauncherLabel(candidate.text));
  if (button) return button.text;
  return page.links.find((link) => isLauncherLabel(link.text) && staysOnPage(link, page.url))?.text;
}
