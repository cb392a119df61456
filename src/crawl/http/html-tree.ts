import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { ReadingTree } from '../../page/reading-rules.js';
import { parentElement, textContent, type HtmlPage } from './html-page.js';

/**
 * Parsed HTML as the shared reading rules see a tree (page/reading-rules.ts): what can be told
 * without running the page's styles and scripts, from HtmlPage.
 */
export function htmlTree(page: HtmlPage): ReadingTree<Element> {
  let ids: Map<string, Element> | undefined;
  const byId = (id: string) => {
    if (!ids) {
      ids = new Map();
      for (const el of page.elements('[id]')) if (!ids.has(el.attribs.id!)) ids.set(el.attribs.id!, el);
    }
    return ids.get(id) ?? null;
  };
  let labels: Map<Element, Element> | undefined;
  const root = page.root;
  return {
    // The parser gives HTML tags in lower case, as the browser's localName.
    tag: (el) => el.name,
    attr: (el, name) => el.attribs[name] ?? null,
    parent: parentElement,
    // A document read from its HTML is never shown inside another.
    frameOf: () => null,
    rootBlock: (el) => root ?? el,
    display: (el) => page.displayOf(el),
    visible: (el) => page.isVisible(el),
    boxed: (el) => hasBox(page, el),
    drawnText: (el) => page.innerText(el),
    // Without styles, no stylesheet changed the letters' case.
    labelText: (el) => page.innerText(el),
    allText: textContent,
    value: (el) => el.attribs.value ?? '',
    imageSrc: (el) => (el.attribs.src ? page.resolve(el.attribs.src) : ''),
    resolve: (_el, value) => page.resolve(value),
    documentUrl: () => page.url,
    all: (selector) => page.elements(selector),
    find: (el, selector) => page.$(el).find(selector).toArray().filter(isTag),
    previousSibling: (el) => {
      for (let node = el.prev; node; node = node.prev) if (isTag(node)) return node;
      return null;
    },
    firstLabel: (field) => (labels ??= firstLabels(page, byId)).get(field) ?? null,
    byId: (_el, id) => byId(id),
  };
}

/** Whether text directly inside this element is drawn; a closed `<details>` draws only its summary. */
export function textDrawn(page: HtmlPage, parent: Element): boolean {
  if (parent.name === 'details' && !('open' in parent.attribs)) return false;
  return page.drawsText(parent);
}

/** Without layout, an element has a box when it holds drawn text, an image-like child, or a label of its own. */
function hasBox(page: HtmlPage, el: Element): boolean {
  if (el.attribs['aria-label'] || el.attribs.title) return true;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (node.data.trim() && node.parent && isTag(node.parent) && textDrawn(page, node.parent)) return true;
    } else if (isTag(node) && page.isVisible(node)) {
      if (BOXED.has(node.name)) return true;
      for (const child of node.children) stack.push(child);
    }
  }
  return false;
}
const BOXED = new Set(['img', 'svg', 'picture', 'canvas', 'video', 'iframe', 'input', 'object', 'embed']);

const LABELABLE = new Set(['input', 'textarea', 'select', 'button', 'meter', 'output', 'progress']);

/** `field.labels[0]` for every field of the page, found in one pass: a label names the field it is `for`, or its first labelable descendant. */
function firstLabels(page: HtmlPage, byId: (id: string) => Element | null): Map<Element, Element> {
  const labels = new Map<Element, Element>();
  for (const label of page.elements('label')) {
    const target = 'for' in label.attribs ? byId(label.attribs.for!)
      : page.$(label).find('*').toArray().filter(isTag).find((el) => LABELABLE.has(el.name) && !(el.name === 'input' && el.attribs.type === 'hidden'));
    if (target && LABELABLE.has(target.name) && !labels.has(target)) labels.set(target, label);
  }
  return labels;
}
