import type { PhoneItem } from '../../model/channel-items.js';
import { wholeWords } from '../routes/route-words.js';

/** Words that offer a number as the line for customers, in the packs' languages and English. */
const CUSTOMER_SERVICE = wholeWords([
  // sv, da, nb
  'kundtjänst', 'kundservice', 'kundsupport', 'kundcenter', 'kundeservice', 'kundesenter', 'kundecenter', 'support', 'hotline', 'helpdesk',
  // fi
  'asiakaspalvelu', 'asiakaspalvelumme', 'asiakastuki', 'tuki',
  // pl
  'obsługa klienta', 'biuro obsługi klienta', 'infolinia', 'pomoc',
  // es
  'atención al cliente', 'servicio al cliente', 'atención al consumidor',
  // de
  'kundendienst', 'kundenservice', 'service-hotline', 'kundenhotline',
  // en
  'customer service', 'customer services', 'customer care', 'customer support', 'help line', 'helpline',
]);

/** A number of six or more digits, with the separators numbers are written with. */
const ANOTHER_NUMBER = /\+?\d[\d\s().\-/]{5,}\d/g;

/**
 * Is the number offered as the customer-service line? Read from the words right before it
 * in its evidence, after any other number there ("Kundtjänst 08-12 34 56 · Tävling 0900-…"
 * labels the first only), or from its link text.
 */
export function labelledCustomerService(item: Pick<PhoneItem, 'evidence' | 'display'>): boolean {
  const at = item.evidence.indexOf(item.display);
  const before = at < 0 ? item.evidence : item.evidence.slice(0, at);
  const numbers = [...before.matchAll(ANOTHER_NUMBER)];
  const last = numbers.at(-1);
  const label = last ? before.slice((last.index ?? 0) + last[0].length) : before;
  return CUSTOMER_SERVICE.test(label.slice(-120));
}
