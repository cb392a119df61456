import type { PageSnapshot } from '../model/page-snapshot.js';
import type { TrustMark } from '../model/signals.js';
import { locationOf, toEvidence } from './item-location.js';

/**
 * Quality and trust marks a shop may show. Informational: a mark is self-declared or paid
 * for, so it never proves reachability, but readers of a report want to know it is claimed.
 */
const MARKS: ReadonlyArray<{ mark: string; name: string; pattern: RegExp }> = [
  { mark: 'trygg-kundkontakt', name: 'Trygg Kundkontakt', pattern: /trygg[\s_-]*kundkontakt/i },
  { mark: 'trygg-e-handel', name: 'Trygg e-handel', pattern: /trygg[\s_-]*e[\s_-]*handel/i },
  { mark: 'e-maerket', name: 'e-mærket', pattern: /(?<![\p{L}])e[\s_-]*(?:mærket|maerket)/iu },
  { mark: 'trusted-shops', name: 'Trusted Shops', pattern: /trusted[\s_-]*shops/i },
  { mark: 'rzetelna-firma', name: 'Rzetelna Firma', pattern: /rzetelna[\s_-]*firma/i },
  { mark: 'confianza-online', name: 'Confianza Online', pattern: /confianza[\s_-]*online/i },
  { mark: 'ecommerce-europe-trustmark', name: 'Ecommerce Europe Trustmark', pattern: /ecommerce[\s_-]*europe[\s_-]*trust[\s_-]*mark/i },
];

function fileName(src: string): string {
  try {
    return decodeURIComponent(new URL(src).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** Marks named in visible text, link text, or an image's alt text, title or file name. */
export function extractTrustMarks(page: PageSnapshot): TrustMark[] {
  const found: TrustMark[] = [];
  const seen = (text: string, source: TrustMark['source']) => {
    for (const { mark, name, pattern } of MARKS) {
      if (!pattern.test(text) || found.some((item) => item.mark === mark)) continue;
      found.push({ ...locationOf(page), evidence: toEvidence(text), mark, name, source });
    }
  };
  for (const image of page.images) seen([image.alt, image.title, fileName(image.src)].filter(Boolean).join(' '), 'image');
  for (const link of page.links) seen(link.text, 'link');
  for (const block of page.blocks) seen(block.text, 'text');
  return found;
}
