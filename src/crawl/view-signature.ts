import { createHash } from 'node:crypto';
import type { PageAction } from '../interact/page-actions.js';
import type { PageRead } from '../page/read-snapshot.js';

/**
 * Everything a reading of a view holds and every control it offers, as one digest: two views
 * with the same signature read the same in every respect the audit looks at, wherever and
 * however each came about (see tab-views.ts).
 */
export function viewSignature(read: PageRead, candidates: readonly PageAction[]): string {
  const { title, lang, blocks, links, buttons, forms, images, svgTexts, jsonLd, scriptSrcs, iframeSrcs, globals, selectors } = read;
  const controls = candidates.map(({ kind, key, template }) => [kind, key, template]);
  // Which of an image's sources the browser took (`srcset`) follows the tab's history, not what the page shows.
  const pictures = images.map(({ alt, title: caption }) => [alt, caption]);
  const held = [title, lang, blocks, links, buttons, forms, pictures, svgTexts ?? [], jsonLd, scriptSrcs, iframeSrcs, globals, selectors, controls];
  return createHash('sha256').update(JSON.stringify(held)).digest('base64');
}
