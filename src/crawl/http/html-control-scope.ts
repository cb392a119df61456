import { createHash } from 'node:crypto';
import { isTag, type Element } from 'domhandler';
import { CONTROL_WORDS, DISCLOSURE_SELECTOR } from '../../page/find-controls.js';
import { parentElement, textContent, type HtmlPage } from './html-page.js';

/* Where a control of the HTML stands: what it governs, and what it holds. */

const LANDMARKS = new Set(['nav', 'header', 'footer', 'aside']);
const LANDMARK_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
const MAX_GOVERNED_TEXT = 4_000;
const MAX_GOVERNED_LINKS = 200;
const WRITTEN_ADDRESS = new RegExp(CONTROL_WORDS.writtenAddress, 'i');

/**
 * What a control may open, as a digest: the text and link targets of the menu, header, footer or
 * aside it sits in, else of its parent; for a link to a written address, that address. Two pages with the same control over the same content
 * (a site-wide menu) give the same digest; a "read more" over each page's own text does not.
 */
export function governedDigest(page: HtmlPage, el: Element): string {
  // A link to an address written in it leads there from every page, whatever it stands among (see the action finder's template).
  const href = el.name === 'a' && !('aria-expanded' in el.attribs) && !('aria-controls' in el.attribs) ? el.attribs.href?.trim() ?? '' : '';
  if (WRITTEN_ADDRESS.test(href)) return createHash('sha1').update(`\u0002${page.resolve(href)}`).digest('base64url');
  const scope = landmarkOf(el) ?? parentElement(el) ?? el;
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

/** The menu, header, footer or aside an element stands in. */
function landmarkOf(el: Element): Element | null {
  for (let e = parentElement(el); e; e = parentElement(e)) {
    if (LANDMARKS.has(e.name) || LANDMARK_ROLES.has(e.attribs.role ?? '')) return e;
  }
  return null;
}

const MENU_LABEL = new RegExp(CONTROL_WORDS.menuLabel, 'i');
const MENU_CLASS = new RegExp(CONTROL_WORDS.menuClass, 'i');

/** A menu button, by its label or a theme's class for one. */
function isMenuButton(el: Element, label: string): boolean {
  return MENU_LABEL.test(label) || MENU_CLASS.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

export function isInside(node: Element, ancestor: Element): boolean {
  for (let e = parentElement(node); e; e = parentElement(e)) if (e === ancestor) return true;
  return false;
}

export function opensBoxWithText(el: Element): boolean {
  const next = boxAfter(el);
  return next !== null && /\S/.test(textContent(next));
}

/**
 * The element right after a disclosure, the box it would open; none when that is another item
 * of the same kind (same tag, same classes): the items of a list, an accordion's questions each
 * in an item of its own, are not one another's boxes.
 */
function boxAfter(el: Element): Element | null {
  let next = el.next;
  while (next && !isTag(next)) next = next.next;
  if (!next) return null;
  const sameKind = next.name === el.name && (next.attribs.class ?? '').trim() === (el.attribs.class ?? '').trim();
  return sameKind ? null : next;
}

/**
 * The box a disclosure control opens, when the HTML holds it with words in it: a `<summary>`'s
 * `<details>`; the element it names by `aria-controls`, a collapse's `data-bs-target` /
 * `data-target`, or an in-page `href="#…"`; else, for a control that says it discloses
 * (`aria-expanded`, a theme's toggle or accordion class), the box right after it (the question
 * before its answer). Null when no such box is written (a script builds what opens),
 * or it is empty (a script fills it when opened). `label` is the control's name as listed (see `controlsOf`).
 */
export function openedBox(page: HtmlPage, el: Element, label: string): Element | null {
  const parent = parentElement(el);
  if (el.name === 'summary') return parent?.name === 'details' && hasWords(parent) ? parent : null;
  const { attribs } = el;
  const named = [attribs['aria-controls']?.trim().split(/\s+/)[0], attribs['data-bs-target'], attribs['data-target'], attribs.href]
    .map((value) => value?.trim() ?? '')
    .map((value, index) => (index === 0 ? value : value.startsWith('#') ? value.slice(1) : ''))
    .find((id) => id !== '' && !/["\\]/.test(id));
  if (named !== undefined) {
    const [box] = page.elements(`[id="${named}"]`);
    return box && box !== el && !isInside(el, box) && hasWords(box) ? box : null;
  }
  // A carousel's step shows another of the slides its box holds.
  if (isStep(el, label)) return ancestorsOf(el).find(hasWords) ?? null;
  // A menu button naming no panel opens the menu it stands in.
  if (isMenuButton(el, label)) {
    const landmark = landmarkOf(el);
    return landmark && hasWords(landmark) ? landmark : null;
  }
  if (!('aria-expanded' in attribs) && !page.$(el).is(DISCLOSURE_SELECTOR)) return null;
  const next = boxAfter(el);
  return next && hasWords(next) ? next : null;
}

const STEP_LABEL = new RegExp(CONTROL_WORDS.stepLabel, 'i');
const STEP_CLASS = new RegExp(CONTROL_WORDS.stepClass, 'i');

/** A carousel's or gallery's previous, next or n-th: named so, and a carousel's by its own class or a near box's. */
function isStep(el: Element, label: string): boolean {
  return STEP_LABEL.test(label) && [el, ...ancestorsOf(el)].some((e) => STEP_CLASS.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`));
}

/** The boxes a carousel's step may stand in: its dots' row, the carousel, its section. */
function ancestorsOf(el: Element): Element[] {
  const out: Element[] = [];
  for (let e = parentElement(el); e && out.length < STEP_DEPTH && e.name !== 'body'; e = parentElement(e)) out.push(e);
  return out;
}
const STEP_DEPTH = 3;

function hasWords(el: Element): boolean {
  return /[\p{L}\p{N}]/u.test(textContent(el));
}
