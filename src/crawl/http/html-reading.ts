import { isTag, isText, type AnyNode, type Element, type Text } from 'domhandler';
import type { PageButton, PageForm, PageImage, PageLink, SnapshotProbes, TextBlock } from '../../model/page-snapshot.js';
import { READING_LIMITS } from '../../page/read-snapshot.js';
import type { PageReading } from '../visit-page.js';
import { HtmlPage, isInlineDisplay, parentElement, REJECTED, textContent } from './html-page.js';

/** The same bounds the in-page snapshot keeps: pages are hostile. */
const LIMITS = READING_LIMITS;

function clean(text: string | undefined | null, max = LIMITS.label): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

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

function labelOf(page: HtmlPage, el: Element): string {
  return clean(page.innerText(el)) || clean(el.attribs['aria-label']) || clean(el.attribs.title)
    || clean(page.$(el).find('img[alt]').toArray().filter(isTag).map((img) => img.attribs.alt ?? '').join(' '));
}

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

function readForms(page: HtmlPage): PageForm[] {
  const forms: PageForm[] = [];
  for (const form of page.elements('form')) {
    if (forms.length >= LIMITS.forms) break;
    if (!page.isVisible(form)) continue;
    const fields: PageForm['fields'] = [];
    const submit: string[] = [];
    for (const field of page.$(form).find('input, textarea, select, button').toArray().filter(isTag)) {
      const type = (field.attribs.type || (field.name === 'button' ? 'submit' : field.name === 'input' ? 'text' : field.name)).toLowerCase();
      if (type === 'hidden' || !page.isVisible(field)) continue;
      if (field.name === 'button' || type === 'submit' || type === 'image') {
        submit.push(labelOf(page, field) || clean(field.attribs.value));
        continue;
      }
      if (fields.length >= LIMITS.fields) continue;
      fields.push({
        tag: field.name as PageForm['fields'][number]['tag'], type, name: clean(field.attribs.name), label: fieldLabel(page, field),
        placeholder: clean(field.attribs.placeholder), autocomplete: clean(field.attribs.autocomplete), required: 'required' in field.attribs,
      });
    }
    const context = clean([headingBefore(page, form), form.attribs['aria-label'], form.attribs.name, form.attribs.id, form.attribs.class, form.attribs.role]
      .filter(Boolean).join(' | '), 400);
    const action = form.attribs.action ? page.resolve(form.attribs.action) : page.url;
    forms.push({ action, method: (form.attribs.method || 'get').toLowerCase(), fields, submitText: clean(submit.join(' ')), context, region: page.regionOf(form) });
  }
  return forms;
}

const LABELABLE = new Set(['input', 'textarea', 'select', 'button', 'meter', 'output', 'progress']);

const labelsOfPage = new WeakMap<HtmlPage, Map<Element, Element>>();

/** `field.labels[0]` for every field of the page, found in one pass: a label names the field it is `for`, or its first labelable descendant. */
function firstLabels(page: HtmlPage): Map<Element, Element> {
  let labels = labelsOfPage.get(page);
  if (labels) return labels;
  labels = new Map();
  const byId = new Map<string, Element>();
  for (const el of page.elements('[id]')) if (!byId.has(el.attribs.id!)) byId.set(el.attribs.id!, el);
  for (const label of page.elements('label')) {
    const target = 'for' in label.attribs ? byId.get(label.attribs.for!)
      : page.$(label).find('*').toArray().filter(isTag).find((el) => LABELABLE.has(el.name) && !(el.name === 'input' && el.attribs.type === 'hidden'));
    if (target && LABELABLE.has(target.name) && !labels.has(target)) labels.set(target, label);
  }
  labelsOfPage.set(page, labels);
  return labels;
}

function fieldLabel(page: HtmlPage, field: Element): string {
  const label = firstLabels(page).get(field);
  if (label) return clean(page.innerText(label));
  const by = field.attribs['aria-labelledby'];
  if (by) {
    return clean(by.split(/\s+/).map((ref) => {
      const target = page.elements(`[id="${ref.replace(/["\\]/g, '\\$&')}"]`)[0];
      return target ? page.innerText(target) : '';
    }).join(' '));
  }
  return clean(field.attribs['aria-label'] || field.attribs.title);
}

function headingBefore(page: HtmlPage, form: Element): string {
  const legend = page.$(form).find('legend, h1, h2, h3, h4').toArray().filter(isTag)[0];
  if (legend) return clean(page.innerText(legend));
  let el: Element | null = form;
  for (let hops = 0; el && hops < 6; hops++) {
    for (let sib = previousElement(el); sib; sib = previousElement(sib)) {
      if (/^h[1-6]$/.test(sib.name)) return clean(page.innerText(sib));
      const inner = page.$(sib).find('h1, h2, h3, h4, h5, h6').toArray().filter(isTag)[0];
      if (inner) return clean(page.innerText(inner));
    }
    el = parentElement(el);
  }
  return '';
}

function previousElement(el: Element): Element | null {
  for (let node = el.prev; node; node = node.prev) if (isTag(node)) return node;
  return null;
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
