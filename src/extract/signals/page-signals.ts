import type { PageSnapshot } from '../../model/page-snapshot.js';
import type { ImageContact, OrgNumber, SellingSign, TrustMark } from '../../model/signals.js';
import { hasGlobalContactRoute } from '../contact-link.js';
import type { ExtractContext } from '../extract-context.js';
import { extractImageContacts } from '../image-contacts.js';
import { extractOrgNumbers } from '../org-number/index.js';
import { extractRoutes, type PageRoutes } from '../routes/index.js';
import { extractSellingSigns } from '../selling-signs.js';
import { extractTrustMarks } from '../trust-marks.js';

/** Everything one page tells the rule packs beyond its contact channels. */
export interface PageSignals {
  url: string;
  clicks: number;
  orgNumbers: OrgNumber[];
  trustMarks: TrustMark[];
  routes: PageRoutes;
  imageContacts: ImageContact[];
  hasContactRoute: boolean;
  sellingSigns: SellingSign[];
}

/** Pure, like extractPage: a saved snapshot gives the same signals offline. */
export function extractSignals(page: PageSnapshot, ctx: ExtractContext): PageSignals {
  return {
    url: page.url,
    clicks: page.clicks,
    orgNumbers: extractOrgNumbers(page),
    trustMarks: extractTrustMarks(page),
    routes: extractRoutes(page),
    imageContacts: extractImageContacts(page, ctx),
    hasContactRoute: hasGlobalContactRoute(page, ctx.region),
    sellingSigns: extractSellingSigns(page),
  };
}
