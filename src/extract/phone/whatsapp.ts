import { factsOf, parseValid } from './phone-number.js';
import type { LinkPhone } from './tel-link.js';

/**
 * The number a WhatsApp click-to-chat link opens: `https://wa.me/46701234567`,
 * `https://api.whatsapp.com/send?phone=46701234567`, `whatsapp://send?phone=…`.
 * The number is always international, without "+" (WhatsApp's own format).
 * `wa.me/message/…` short links hide the number and yield nothing.
 */
export function phoneOfWhatsAppLink(href: string): LinkPhone | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  let raw: string | null = null;
  if (host === 'wa.me') {
    raw = /^\/\+?(\d[\d\s-]*)\/?$/.exec(safeDecode(url.pathname))?.[1] ?? null;
  } else if (/^(?:api\.|web\.)?whatsapp\.com$/.test(host) || url.protocol === 'whatsapp:') {
    raw = url.searchParams.get('phone');
  }
  const digits = raw?.replace(/\D/g, '') ?? '';
  if (digits.length < 8) return undefined;
  // The region is irrelevant: the "+" makes the country code explicit.
  const parsed = parseValid(`+${digits}`, 'SE');
  if (!parsed) return undefined;
  return { ...factsOf(parsed), display: `+${digits}` };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
