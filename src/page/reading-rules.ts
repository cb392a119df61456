import type { PageButton, PageForm, PageImage, PageLink, TextBlock } from '../model/page-snapshot.js';

/**
 * How a page is read, written once for both engines: what a block of text is, which region an
 * element belongs to, what names a link, button or field, how a form is described, and every
 * bound. The browser runs these rules over its DOM (read-snapshot.ts hands them to the page
 * with the reading); the HTTP engine runs them in Node over parsed HTML (crawl/http/). What
 * differs between the engines is only what a tree can tell: layout and computed styles in the
 * browser, markup alone over HTML. That is the `ReadingTree` each engine supplies.
 *
 * In-page: self-contained, like every function in src/page/.
 */

/** Bounds on what one page's reading holds, in both engines: pages are hostile. */
export const READING_LIMITS = {
  textNodes: 30000, blocks: 4000, blockText: 2000, links: 3000, buttons: 500, forms: 50,
  fields: 60, images: 500, jsonLd: 20, jsonLdLength: 200000, srcs: 300, label: 200,
  frameDepth: 3, frames: 20, shadowDepth: 12, shadowRoots: 500,
  /** An image whose width and height attributes are both at most this many pixels is an icon (see `PageImage.icon`). */
  iconPx: 48,
};
export type ReadingLimits = typeof READING_LIMITS;

/** An element tree as one engine sees it. `E` is the engine's element type. */
export interface ReadingTree<E> {
  /** The tag name as the DOM's `localName` gives it: lower case for HTML elements. */
  tag(el: E): string;
  attr(el: E, name: string): string | null;
  /** The parent in the rendered tree: out of a shadow root to its host, never out of a frame. */
  parent(el: E): E | null;
  /** For an element with no parent: the frame element its document is shown in, if that can be reached. */
  frameOf(el: E): E | null;
  /** The block text lands in when no ancestor is a block (the body). */
  rootBlock(el: E): E;
  /** The CSS `display` the element has. */
  display(el: E): string;
  /** Whether a person sees the element. */
  visible(el: E): boolean;
  /** Whether a visible link has something to see and click inside it. */
  boxed(el: E): boolean;
  /** The element's text as a person reads it (`innerText`). */
  drawnText(el: E): string;
  /** The same, in the author's own letters where a stylesheet only changed their case. */
  labelText(el: E): string;
  /** All of the element's text, drawn or not (`textContent`). */
  allText(el: E): string;
  /** A form control's value. */
  value(el: E): string;
  /** An image's address, as loaded. */
  imageSrc(el: E): string;
  /** A URL written on the element, made absolute against its document; unparsable ones as written. */
  resolve(el: E, value: string): string;
  /** The address of the element's document. */
  documentUrl(el: E): string;
  /** Elements matching a selector in everything read: the page, then its shadow roots and frames. */
  all(selector: string): Iterable<E>;
  /** Descendants of an element matching a selector, in document order. */
  find(el: E, selector: string): E[];
  previousSibling(el: E): E | null;
  /** `field.labels[0]`. */
  firstLabel(field: E): E | null;
  /** The element with this id in the same document or shadow root as `el`. */
  byId(el: E, id: string): E | null;
}

type Region = TextBlock['region'];

/** The rules over one tree; the result holds the tree's elements until the reading is done. */
export function readingRules<E>(tree: ReadingTree<E>, limits: ReadingLimits) {
  const clean = (text: unknown, max?: number) => String(text || '').replace(/\s+/g, ' ').trim().slice(0, max || limits.label);
  const isInlineDisplay = (d: string) => d.startsWith('inline') || d === 'contents' || d === 'ruby' || d === 'ruby-text';

  // Region by the nearest landmark of each kind, dialog first: an element in a dialog inside a footer is the dialog's.
  const MAX_ANCESTORS = 4096;
  const regionOf = (el: E): Region => {
    const found = new Set<Region>();
    let e: E | null = el;
    for (let hops = 0; e && hops < MAX_ANCESTORS; hops++) {
      const tag = tree.tag(e);
      const role = (tree.attr(e, 'role') || '').toLowerCase();
      if (tag === 'dialog' || role === 'dialog' || role === 'alertdialog' || tree.attr(e, 'aria-modal') === 'true') found.add('dialog');
      if (tag === 'footer' || role === 'contentinfo') found.add('footer');
      if (tag === 'nav' || role === 'navigation') found.add('nav');
      if (tag === 'header' || role === 'banner') found.add('header');
      if (tag === 'aside' || role === 'complementary') found.add('aside');
      if (tag === 'main' || role === 'main' || tag === 'article') found.add('main');
      e = tree.parent(e) || tree.frameOf(e);
    }
    for (const region of ['dialog', 'footer', 'nav', 'header', 'aside', 'main'] as const) if (found.has(region)) return region;
    return 'other';
  };

  /**
   * Text gathered into blocks as a person sees them: one block per block-level element, a table
   * row as one block with its cells joined by " | ", `<br>` as a new line.
   */
  const blockText = () => {
    interface Entry { el: E; text: string; lastCell: E | null }
    const blocks = new Map<E, Entry>();
    let textNodes = 0;
    const blockOf = (el: E): { block: E; cell: E | null } => {
      let cell: E | null = null;
      for (let e: E | null = el; e; e = tree.parent(e)) {
        const d = tree.display(e);
        const tag = tree.tag(e);
        if (d === 'table-cell' || tag === 'td' || tag === 'th') { cell = cell || e; continue; }
        if (cell && (d === 'table-row' || tag === 'tr')) return { block: e, cell };
        if (!isInlineDisplay(d)) return { block: cell || e, cell: null };
      }
      return { block: tree.rootBlock(el), cell: null };
    };
    const entryFor = (el: E): Entry | null => {
      let entry = blocks.get(el);
      if (!entry) {
        if (blocks.size >= limits.blocks) return null;
        entry = { el, text: '', lastCell: null };
        blocks.set(el, entry);
      }
      return entry;
    };
    return {
      /** True once as many text nodes were taken as a page may give. */
      full: () => textNodes >= limits.textNodes,
      /** A text node the engine found drawn, inside `parent`. */
      text(parent: E, data: string) {
        textNodes++;
        const { block, cell } = blockOf(parent);
        const entry = entryFor(block);
        if (!entry || entry.text.length > limits.blockText) return;
        if (cell && entry.lastCell && entry.lastCell !== cell) entry.text = entry.text.replace(/\s+$/, '') + ' | ';
        if (cell) entry.lastCell = cell;
        entry.text += data.replace(/[ \t\r\n\f]+/g, ' ');
      },
      /** White space between words: one space in a block already begun. */
      space(parent: E) {
        const entry = blocks.get(blockOf(parent).block);
        if (entry && !/\s$/.test(entry.text)) entry.text += ' ';
      },
      /**
       * An element met in the walk: a block-level box inside a block's text (a `<div>` that wraps
       * an icon inside an `<a>`, a paragraph between two runs of text) ends the line it
       * interrupts (CSS 2 §9.2.1.1), so a number and an address in two such links beside each
       * other are two lines, not one word.
       */
      element(el: E) {
        const parent = tree.parent(el);
        const d = tree.display(el);
        if (!parent || d === 'none' || isInlineDisplay(d) || d.startsWith('table-')) return;
        const entry = blocks.get(blockOf(parent).block);
        if (entry && !entry.text.endsWith('\n')) entry.text += '\n';
      },
      /** A visible `<br>` inside `parent`. */
      lineBreak(parent: E) {
        const entry = entryFor(blockOf(parent).block);
        if (entry) entry.text += '\n';
      },
      list(): TextBlock[] {
        const list: TextBlock[] = [];
        for (const entry of blocks.values()) {
          const text = entry.text.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n').slice(0, limits.blockText);
          if (text) list.push({ text, tag: tree.tag(entry.el), region: regionOf(entry.el) });
        }
        return list;
      },
    };
  };

  /** What a person reads as an element's name: its text, else its aria-label, title or image alt texts. */
  const labelOf = (el: E) => clean(tree.labelText(el)) || clean(tree.attr(el, 'aria-label')) || clean(tree.attr(el, 'title'))
    || clean(tree.find(el, 'img[alt]').map((img) => tree.attr(img, 'alt') || '').join(' '));

  const fieldLabel = (field: E) => {
    const first = tree.firstLabel(field);
    if (first) return clean(tree.drawnText(first));
    const by = tree.attr(field, 'aria-labelledby');
    if (by) return clean(by.split(/\s+/).map((id) => { const l = id ? tree.byId(field, id) : null; return l ? tree.drawnText(l) : ''; }).join(' '));
    return clean(tree.attr(field, 'aria-label') || tree.attr(field, 'title'));
  };
  const headingBefore = (form: E) => {
    const legend = tree.find(form, 'legend, h1, h2, h3, h4')[0];
    if (legend) return clean(tree.drawnText(legend));
    for (let el: E | null = form, hops = 0; el && hops < 6; hops++) {
      for (let sib = tree.previousSibling(el); sib; sib = tree.previousSibling(sib)) {
        if (/^h[1-6]$/.test(tree.tag(sib))) return clean(tree.drawnText(sib));
        const inner = tree.find(sib, 'h1, h2, h3, h4, h5, h6')[0];
        if (inner) return clean(tree.drawnText(inner));
      }
      el = tree.parent(el);
    }
    return '';
  };
  const readForm = (form: E): PageForm => {
    const fields: PageForm['fields'] = [];
    const submit: string[] = [];
    for (const field of tree.find(form, 'input, textarea, select, button')) {
      const tag = tree.tag(field);
      const type = (tree.attr(field, 'type') || (tag === 'button' ? 'submit' : tag === 'input' ? 'text' : tag)).toLowerCase();
      if (type === 'hidden' || !tree.visible(field)) continue;
      if (tag === 'button' || type === 'submit' || type === 'image') { submit.push(labelOf(field) || clean(tree.value(field))); continue; }
      if (fields.length >= limits.fields) continue;
      fields.push({ tag: tag as PageForm['fields'][number]['tag'], type, name: clean(tree.attr(field, 'name')), label: fieldLabel(field),
        placeholder: clean(tree.attr(field, 'placeholder')), autocomplete: clean(tree.attr(field, 'autocomplete')), required: tree.attr(field, 'required') !== null });
    }
    const context = clean([headingBefore(form), ...['aria-label', 'name', 'id', 'class', 'role'].map((name) => tree.attr(form, name))].filter(Boolean).join(' | '), 400);
    const action = tree.attr(form, 'action');
    return { action: action ? tree.resolve(form, action) : tree.documentUrl(form), method: (tree.attr(form, 'method') || 'get').toLowerCase(),
      fields, submitText: clean(submit.join(' ')), context, region: regionOf(form) };
  };

  /** Up to `max` of `map`'s answers over the elements matching a selector; `map` answers null to pass one by. */
  const collect = <T>(selector: string, max: number, map: (el: E) => T | null): T[] => {
    const out: T[] = [];
    for (const el of tree.all(selector)) {
      if (out.length >= max) break;
      const item = map(el);
      if (item !== null) out.push(item);
    }
    return out;
  };
  const url = (el: E, value: string | null) => tree.resolve(el, value || '').slice(0, 2000);
  const svgOf = (el: E) => {
    let e: E | null = el;
    while (e && tree.tag(e) !== 'svg') e = tree.parent(e);
    return e;
  };

  /** Everything of a page's reading that is not its text blocks: links, buttons, forms, images and the page's own data. */
  const readElements = () => ({
    links: collect<PageLink>('a[href], area[href]', limits.links, (a) => (tree.visible(a) && tree.boxed(a)
      ? { href: url(a, tree.attr(a, 'href')), text: labelOf(a), region: regionOf(a) } : null)),
    buttons: collect<PageButton>('button, [role=button], input[type=submit], input[type=button]', limits.buttons, (b) => (tree.visible(b)
      ? { text: labelOf(b) || clean(tree.value(b)), region: regionOf(b) } : null)),
    forms: collect<PageForm>('form', limits.forms, (form) => (tree.visible(form) ? readForm(form) : null)),
    images: collect<PageImage>('img', limits.images, (img) => {
      if (!tree.visible(img)) return null;
      // Declared by its attributes, which both engines read alike (a rendered size would differ from the HTML's).
      const declared = (name: string) => Number.parseFloat(tree.attr(img, name) ?? '');
      const icon = declared('width') <= limits.iconPx && declared('height') <= limits.iconPx;
      return { src: tree.imageSrc(img).slice(0, 2000), alt: clean(tree.attr(img, 'alt'), 500), title: clean(tree.attr(img, 'title'), 500), ...(icon ? { icon: true } : {}) };
    }),
    // Text drawn inside inline SVG is pixels to a screen reader or a copy-paste: reported apart from visible text.
    svgTexts: collect<string>('svg text', limits.images, (t) => {
      const svg = svgOf(t);
      const text = svg && tree.visible(svg) ? clean(tree.allText(t), 500) : '';
      return text || null;
    }),
    jsonLd: collect<string>('script[type]', limits.jsonLd, (s) => ((tree.attr(s, 'type') || '').trim().toLowerCase() === 'application/ld+json'
      ? tree.allText(s).slice(0, limits.jsonLdLength) : null)),
    scriptSrcs: collect<string>('script[src]', limits.srcs, (s) => url(s, tree.attr(s, 'src'))),
    iframeSrcs: collect<string>('iframe[src]', limits.srcs, (f) => url(f, tree.attr(f, 'src'))),
  });

  return { clean, regionOf, blockText, labelOf, readElements };
}

export type ReadingRules = typeof readingRules;
/** The rules over a tree of `E`. */
export type RulesOver<E> = ReturnType<typeof readingRules<E>>;
