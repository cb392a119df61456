import { createHash } from 'node:crypto';
import { isTag, type Element } from 'domhandler';
import { parentElement, textContent, type HtmlPage } from './html-page.js';

/* Where a control of the HTML stands: what it governs, and what it holds. */

const LANDMARKS = new Set(['nav', 'header', 'footer', 'aside']);
const LANDMARK_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
const MAX_GOVERNED_TEXT = 4_000;
const MAX_GOVERNED_LINKS = 200;

/**
 * What a control may open, as a digest: the text and link targets of the menu, header, footer or
 * aside it sits in, else of its parent. Two pages with the same control over the same content
 * (a site-wide menu) give the same digest; a "read more" over each page's own text does not.
 */
export function governedDigest(page: HtmlPage, el: Element): string {
  let scope: Element = el;
  for (let e = parentElement(el); e; e = parentElement(e)) {
    if (LANDMARKS.has(e.name) || LANDMARK_ROLES.has(e.attribs.role ?? '')) {
      scope = e;
      break;
    }
  }
  if (scope === el) scope = parentElement(el) ?? el;
  const hash = createHash('sha1').update(textContent(scope).replace(/\s+/g, ' ').trim().slice(0, MAX_GOVERNED_TEXT));
  let links = 0;
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (links >= MAX_GOVERNED_LINKS || !isTag(child)) continue;
      const href = child.name === 'a' ? child.attribs.href : undefined;
      if (href !== undefined) {
        links++;
        hash.update(`\u0001${href.trim().startsWith('#') ? href.trim() : page.resolve(href)}`);
      }
      walk(child);
    }
  };
  walk(scope);
  return hash.digest('base64url');
}

export function isInside(node: Element, ancestor: Element): boolean {
  for (let e = parentElement(node); e; e = parentElement(e)) if (e === ancestor) return true;
  return false;
}

export function opensBoxWithText(el: Element): boolean {
  let next = el.next;
  while (next && !isTag(next)) next = next.next;
  return next !== null && /\S/.test(textContent(next));
}
