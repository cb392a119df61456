import type { CountryCode } from 'libphonenumber-js/max';
import { findNumbers } from 'libphonenumber-js/max';
import { contactRouteScore } from './contact-route.js';
import type { PageSnapshot, PageRegion } from '../model/page-snapshot.js';
import { findEmails } from './email/find-emails.js';

/** The parts of a page that repeat on every page of a site: where a contact route must sit to be "permanently accessible". */
const GLOBAL_REGIONS: ReadonlySet<PageRegion> = new Set(['header', 'nav', 'footer']);

/**
 * True when the page's header, navigation or footer offers a way to contact the company:
 * a link that reads as a contact route ("Kontakt", "Kundeservice", "Obsługa klienta"…),
 * a tel:/mailto: link, or an e-mail address or phone number written there.
 */
export function hasGlobalContactRoute(page: PageSnapshot, region: CountryCode): boolean {
  for (const link of page.links) {
    if (!GLOBAL_REGIONS.has(link.region)) continue;
    if (/^(?:tel|mailto):/i.test(link.href)) return true;
    if (contactRouteScore(link.text, link.href) >= 2) return true;
  }
  for (const block of page.blocks) {
    if (!GLOBAL_REGIONS.has(block.region)) continue;
    if (findEmails(block.text).length > 0) return true;
    try {
      if (findNumbers(block.text, { defaultCountry: region, v2: true }).length > 0) return true;
    } catch {
      // an unparsable block has no number
    }
  }
  return false;
}
