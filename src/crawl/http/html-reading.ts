import { isTag, isText, type AnyNode, type Element, type Text } from 'domhandler';
import type { PageButton, PageImage, PageLink, SnapshotProbes, TextBlock } from '../../model/page-snapshot.js';
import { READING_LIMITS } from '../../page/read-snapshot.js';
import type { PageReading } from '../visit-page.js';
import { readForms } from './html-forms.js';
import { clean, labelOf } from './html-text.js';
import { HtmlPage, isInlineDisplay, parentElement, REJECTED, textContent } from './html-page.js';

/** The same bounds the in-page snapshot keeps: pages are hostile. */
const LIMITS = READING_LIMITS;

/**
 * Reads a page from its HTML into the same fields the browser's snapshot script produces,
 * following the same rules (one block per block-level element, `<br>` as "\n", table cells
 * joined by " | ", the same regions and bounds). Probed globals cannot exist without running
 * the page's scripts, so none are reported.
 */
export function readHtml(page: HtmlPage, status: number, probes: SnapshotProbes): PageReading {
  const $ = page.$;
  const html = $('html').get(0);
  return {
    url: page.url,
    status,
    title: clean($('title').first().text(), 300),
    lang: clean(html?.attribs.lang, 35).toLowerCase(),
    blocks: readBlocks(page),
    links: readLinks(page),
    buttons: readButtons(page),
    forms: readForms(page),
    images: readImages(page),
    svgTexts: readSvgTexts(page),
    jsonLd: page.elements('script').filter((s) => (s.attribs.type ?? '').trim().toLowerCase() === 'application/ld+json')
      .slice(0, LIMITS.jsonLd).map((s) => textContent(s).slice(0, LIMITS.jsonLdLength)),
    scriptSrcs: page.elements('script[src]').slice(0, LIMITS.srcs).map((s) => page.resolve(s.attribs.src ?? '').slice(0, 2000)),
    iframeSrcs: page.elements('iframe[src]').slice(0, LIMITS.srcs).map((s) => page.resolve(s.attribs.src ?? '').slice(0, 2000)),
    globals: [],
    selectors: probes.selectors.filter((selector) => page.elements(selector).length > 0),
  };
}

interface BlockEntry {
  el: Element;
  text: string;
  lastCell: Element | null;
}

function readBlocks(page: HtmlPage): TextBlock[] {
  const root = page.root;
  if (!root) return [];
  const blockOf = (el: Element): { block: Element; cell: Element | null } => {
    let cell: Element | null = null;
    for (let e: Element | null = el; e; e = parentElement(e)) {
      const display = page.displayOf(e);
      if (display === 'table-cell' || e.name === 'td' || e.name === 'th') {
        cell ??= e;
        continue;
      }
      if (cell && (display === 'table-row' || e.name === 'tr')) return { block: e, cell };
      if (!isInlineDisplay(display)) return { block: cell ?? e, cell: null };
    }
    return { block: root, cell: null };
  };
  const blocks = new Map<Element, BlockEntry>();
  const blockFor = (el: Element): BlockEntry | null => {
    let entry = blocks.get(el);
    if (!entry) {
      if (blocks.size >= LIMITS.blocks) return null;
      entry = { el, text: '', lastCell: null };
      blocks.set(el, entry);
    }
    return entry;
  };
  let textNodes = 0;
  const onText = (node: Text, parent: Element) => {
    if (!node.data || !node.data.trim()) {
      if (node.data) {
        const entry = blocks.get(blockOf(parent).block);
        if (entry && !/\s$/.test(entry.text)) entry.text += ' ';
      }
      return;
    }
    if (!textDrawn(page, parent)) return;
    textNodes++;
    const { block, cell } = blockOf(parent);
    const entry = blockFor(block);
    if (!entry || entry.text.length > LIMITS.blockText) return;
    if (cell && entry.lastCell && entry.lastCell !== cell) entry.text = `${entry.text.replace(/\s+$/, '')} | `;
    if (cell) entry.lastCell = cell;
    entry.text += node.data.replace(/[ \t\r\n\f]+/g, ' ');
  };
  const walk = (node: AnyNode): void => {
    if (textNodes >= LIMITS.textNodes) return;
    if (isText(node)) {
      const parent = parentElement(node);
      if (parent) onText(node, parent);
      return;
    }
    if (!isTag(node) || REJECTED.has(node.name)) return;
    if (node.name === 'br') {
      const parent = parentElement(node);
      if (parent && page.isVisible(parent)) {
        const entry = blockFor(blockOf(parent).block);
        if (entry) entry.text += '\n';
      }
      return;
    }
    for (const child of node.children) walk(child);
  };
  for (const child of root.children) walk(child);
  const list: TextBlock[] = [];
  for (const entry of blocks.values()) {
    const text = entry.text.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n').slice(0, LIMITS.blockText);
    if (text) list.push({ text, tag: entry.el.name, region: page.regionOf(entry.el) });
  }
  return list;
}

/** Text directly inside a closed `<details>` (outside its summary) is not drawn either. */
function textDrawn(page: HtmlPage, parent: Element): boolean {
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

function readLinks(page: HtmlPage): PageLink[] {
  const links: PageLink[] = [];
  for (const a of page.elements('a[href], area[href]')) {
    if (links.length >= LIMITS.links) break;
    if (!page.isVisible(a) || !hasBox(page, a)) continue;
    links.push({ href: page.resolve(a.attribs.href ?? '').slice(0, 2000), text: labelOf(page, a), region: page.regionOf(a) });
  }
  return links;
}

function readButtons(page: HtmlPage): PageButton[] {
  const buttons: PageButton[] = [];
  for (const b of page.elements('button, [role=button], input[type=submit], input[type=button]')) {
    if (buttons.length >= LIMITS.buttons) break;
    if (!page.isVisible(b)) continue;
    buttons.push({ text: labelOf(page, b) || clean(b.attribs.value), region: page.regionOf(b) });
  }
  return buttons;
}

function readImages(page: HtmlPage): PageImage[] {
  const images: PageImage[] = [];
  for (const img of page.elements('img')) {
    if (images.length >= LIMITS.images) break;
    if (!page.isVisible(img)) continue;
    images.push({ src: (img.attribs.src ? page.resolve(img.attribs.src) : '').slice(0, 2000), alt: clean(img.attribs.alt, 500), title: clean(img.attribs.title, 500) });
  }
  return images;
}

function readSvgTexts(page: HtmlPage): string[] {
  const texts: string[] = [];
  for (const t of page.elements('svg text')) {
    if (texts.length >= LIMITS.images) break;
    let svg: Element | null = t;
    while (svg && svg.name !== 'svg') svg = parentElement(svg);
    if (!svg || !page.isVisible(svg)) continue;
    const text = clean(textContent(t), 500);
    if (text) texts.push(text);
  }
  return texts;
}
