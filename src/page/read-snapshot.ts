import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';


/**
 * The code that runs inside the page to read it as a person sees it. Every count and length is
 * bounded: pages are hostile. The HTTP reading keeps the same bounds (`READING_LIMITS`).
 *
 * It returns everything of a PageSnapshot except url, status, clicks and path.
 *
 * What sits inside an open shadow root or a same-origin iframe is on the page for a person, so it
 * is read too: the iframe must itself be visible, and nesting and counts are bounded. A
 * cross-origin iframe cannot be read from here and is listed in `iframeSrcs` only.
 */

/** Bounds on what one page's reading holds, in both engines. */
export const READING_LIMITS = {
  textNodes: 30000, blocks: 4000, blockText: 2000, links: 3000, buttons: 500, forms: 50,
  fields: 60, images: 500, jsonLd: 20, jsonLdLength: 200000, srcs: 300, label: 200,
  frameDepth: 3, frames: 20, shadowDepth: 12, shadowRoots: 500,
};

export interface SnapshotArgs {
  probes: SnapshotProbes;
  limits: typeof READING_LIMITS;
  /** The name under which the scroll pass keeps what revealed itself (scroll-reveal.ts). */
  revealed: string;
}

/** A page as read in the browser, less what the visit itself knows (address, status) and the click facts the crawl adds. */
export type PageRead = Omit<PageSnapshot, 'clicks' | 'path' | 'url' | 'status'>;


type AnyRoot = Document | ShadowRoot;
type TextRegion = PageRead['blocks'][number]['region'];
interface BlockEntry { el: Element; text: string; lastCell: Element | null }
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement;

/** In-page: see above. Self-contained: the browser receives this function's source, nothing it closes over. */
export function readSnapshot(args: SnapshotArgs): PageRead {

  const { probes, limits: LIMITS } = args;
  const clean = (text: unknown, max?: number) => String(text || '').replace(/\s+/g, ' ').trim().slice(0, max || LIMITS.label);
  const formAction = (form: HTMLFormElement) => {
    const doc = form.ownerDocument;
    const attribute = form.getAttribute('action');
    if (!attribute) return doc.URL;
    try { return new URL(attribute, doc.baseURI).href; } catch (e) { return attribute; }
  };
  const visibleCache = new Map<Element, boolean>();
  // Nodes may live in a same-origin iframe: sizes, scrolling and styles are that frame's.
  const winOf = (node: Node) => (node.ownerDocument && node.ownerDocument.defaultView) || window;
  const styleOf = (el: Element) => winOf(el).getComputedStyle(el);
  // The parent in the rendered tree: out of a shadow root to its host, never out of a frame.
  const up = (el: Node): Element | null => el.parentElement || (el.parentNode as ShadowRoot | null)?.host || null;
  // Element.closest, but across shadow roots and out of same-origin frames into the page around them.
  const closestAcross = (el: Element, selector: string): Element | null => {
    for (let e: Element | null = el, hops = 0; e && hops < 40; hops++) {
      const hit = e.closest(selector);
      if (hit) return hit;
      const root = e.getRootNode() as AnyRoot;
      if ('host' in root && root.host) { e = root.host; continue; }
      e = root !== document && 'defaultView' in root && root.defaultView ? root.defaultView.frameElement : null;
    }
    return null;
  };

  const clippedByAncestor = (el: Element, rect: DOMRect) => {
    const doc = el.ownerDocument;
    for (let a = up(el); a && a !== doc.body && a !== doc.documentElement; a = up(a)) {
      const style = styleOf(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      if (rect.right <= r.left || rect.left >= r.right || rect.bottom <= r.top || rect.top >= r.bottom) return true;
    }
    return false;
  };
  const isOffScreen = (rect: DOMRect, node: Node) => {
    const win = winOf(node);
    const doc = node.ownerDocument || document;
    return rect.right <= 0 || rect.bottom + win.scrollY <= 0 || rect.left >= Math.max(doc.documentElement.scrollWidth, win.innerWidth) + 1000;
  };
  // Whether an element's transparency or visibility: hidden comes only from elements seen revealing themselves
  // as the page scrolled (scroll-reveal.ts): a person sees it by scrolling, which is free.
  const shownByScroll = (el: Element): boolean => {
    const revealed = (window as unknown as Record<string, WeakSet<Element> | undefined>)[args.revealed];
    if (!revealed) return false;
    // visibility is inherited: the hidden run of ancestors is hidden by the topmost of them.
    let hiddenBy: Element | null = null;
    let runEnded = false;
    for (let a: Element | null = el; a && a.nodeType === 1; a = up(a)) {
      const style = styleOf(a);
      if (Number.parseFloat(style.opacity) < 0.05 && !revealed.has(a)) return false;
      if (runEnded) continue;
      if (style.visibility === 'hidden') hiddenBy = a;
      else if (hiddenBy) runEnded = true;
    }
    return hiddenBy === null || revealed.has(hiddenBy);
  };
  const isVisible = (el: Element): boolean => {
    const known = visibleCache.get(el);
    if (known !== undefined) return known;
    let visible = true;
    if (typeof el.checkVisibility === 'function') {
      visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
      // Faded out only until it scrolls into view: a person sees it by scrolling, which is free.
      if (!visible && el.checkVisibility({ contentVisibilityAuto: true })) visible = shownByScroll(el);
    } else {
      const style = styleOf(el);
      visible = style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
    }
    if (visible) {
      const rect = el.getBoundingClientRect();
      const display = styleOf(el).display;
      if (display === 'contents') visible = true;
      else if (rect.width > 1 && rect.height > 1) visible = !(isOffScreen(rect, el) || clippedByAncestor(el, rect));
      else visible = shownByChildren(el);
    }
    visibleCache.set(el, visible);
    return visible;
  };
  // A box of no size can still show what it holds: an inline <a> around block tiles, a form
  // whose fields are all floated. What a person sees is its children, so they decide.
  const shownByChildren = (el: Element) => {
    let looked = 0;
    for (const child of Array.from(el.children)) {
      if (looked++ >= 8) break;
      if (isVisible(child)) return true;
    }
    return false;
  };
  const textNodeVisible = (node: Text) => {
    const range = (node.ownerDocument ?? document).createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width > 1 && rect.height > 1 && !isOffScreen(rect, node)) return true;
    }
    return false;
  };
  const regionOf = (el: Element): TextRegion => {
    if (closestAcross(el, 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true]')) return 'dialog';
    if (closestAcross(el, 'footer, [role=contentinfo]')) return 'footer';
    if (closestAcross(el, 'nav, [role=navigation]')) return 'nav';
    if (closestAcross(el, 'header, [role=banner]')) return 'header';
    if (closestAcross(el, 'aside, [role=complementary]')) return 'aside';
    if (closestAcross(el, 'main, [role=main], article')) return 'main';
    return 'other';
  };
  const displayOf = (el: Element) => styleOf(el).display;
  const isInlineDisplay = (d: string) => d.startsWith('inline') || d === 'contents' || d === 'ruby' || d === 'ruby-text';
  const blockOf = (el: Element): { block: Element; cell: Element | null } => {
    let cell: Element | null = null;
    for (let e: Element | null = el; e; e = up(e)) {
      const d = displayOf(e);
      if (d === 'table-cell' || e.tagName === 'TD' || e.tagName === 'TH') { cell = cell || e; continue; }
      if (cell && (d === 'table-row' || e.tagName === 'TR')) return { block: e, cell };
      if (!isInlineDisplay(d)) return { block: cell || e, cell: null };
    }
    return { block: el.ownerDocument.body || document.body, cell: null };
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
  const acceptNode = (node: Node) => {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'SVG' || tag === 'svg') return NodeFilter.FILTER_REJECT;
    }
    return NodeFilter.FILTER_ACCEPT;
  };
  // Every document and shadow root read, so links, forms and images are taken from each of them.
  const roots: AnyRoot[] = [document];
  let frames = 0;
  let shadowRoots = 0;
  const frameDocument = (frame: Element) => {
    try {
      const doc = (frame as HTMLIFrameElement).contentDocument;
      return doc && doc.body ? doc : null;
    } catch (e) {
      return null;
    }
  };
  let textNodes = 0;
  const walk = (root: AnyRoot, frameDepth: number, shadowDepth: number): void => {
    const start = root.nodeType === 9 ? ((root as Document).body || (root as Document).documentElement) : root;
    if (!start) return;
    const walker = (root.nodeType === 9 ? root as Document : root.ownerDocument ?? document).createTreeWalker(start, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, { acceptNode });
    for (let current = walker.nextNode(); current && textNodes < LIMITS.textNodes; current = walker.nextNode()) {
      if (current.nodeType === 1) {
        const node = current as Element;
        if (node.shadowRoot && shadowDepth < LIMITS.shadowDepth && shadowRoots < LIMITS.shadowRoots) {
          shadowRoots++;
          roots.push(node.shadowRoot);
          walk(node.shadowRoot, frameDepth, shadowDepth + 1);
        }
        if (node.tagName === 'IFRAME' || node.tagName === 'FRAME') {
          const doc = frameDepth < LIMITS.frameDepth && frames < LIMITS.frames ? frameDocument(node) : null;
          if (doc && isVisible(node)) {
            frames++;
            roots.push(doc);
            walk(doc, frameDepth + 1, shadowDepth);
          }
          continue;
        }
        if (node.tagName === 'BR' && node.parentElement && isVisible(node.parentElement)) {
          const entry = blockFor(blockOf(node.parentElement).block);
          if (entry) entry.text += '\n';
        }
        continue;
      }
      // Text at the top of a shadow root has no parent element: its host stands for it.
      const node = current as Text;
      const parent = up(node);
      if (!node.data || !node.data.trim()) {
        if (parent && node.data) {
          const entry = blocks.get(blockOf(parent).block);
          if (entry && !/\s$/.test(entry.text)) entry.text += ' ';
        }
        continue;
      }
      if (!parent || !isVisible(parent) || !textNodeVisible(node)) continue;
      textNodes++;
      const { block, cell } = blockOf(parent);
      const entry = blockFor(block);
      if (!entry || entry.text.length > LIMITS.blockText) continue;
      if (cell && entry.lastCell && entry.lastCell !== cell) entry.text = entry.text.replace(/\s+$/, '') + ' | ';
      if (cell) entry.lastCell = cell;
      entry.text += node.data.replace(/[ \t\r\n\f]+/g, ' ');
    }
  };
  walk(document, 0, 0);
  // Elements matching a selector in every root read: the page first, then its shadow roots and frames.
  function* each<E extends Element = HTMLElement>(selector: string): Generator<E> {
    for (const root of roots) yield* Array.from(root.querySelectorAll<E>(selector));
  }
  const take = (selector: string, max: number, map: (el: HTMLElement) => string) => {
    const out: string[] = [];
    for (const el of each(selector)) {
      if (out.length >= max) break;
      out.push(map(el));
    }
    return out;
  };
  const blockList: PageRead['blocks'] = [];
  for (const entry of blocks.values()) {
    const text = entry.text.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n').slice(0, LIMITS.blockText);
    if (text) blockList.push({ text, tag: entry.el.tagName.toLowerCase(), region: regionOf(entry.el) });
  }

  // A label in the author's own letters: capitals a stylesheet draws (text-transform) are not part of what it says.
  const asWritten = (el: HTMLElement) => {
    const drawn = clean(el.innerText);
    const written = clean(el.textContent);
    return drawn && written.length === drawn.length && written.toLowerCase() === drawn.toLowerCase() ? written : drawn;
  };
  const labelOf = (el: HTMLElement) => asWritten(el) || clean(el.getAttribute('aria-label')) || clean(el.getAttribute('title'))
    || clean(Array.from(el.querySelectorAll<HTMLImageElement>('img[alt]')).map((img) => img.alt).join(' '));
  const links: PageRead['links'] = [];
  for (const a of each<HTMLAnchorElement>('a[href], area[href]')) {
    if (links.length >= LIMITS.links) break;
    if (!isVisible(a)) continue;
    links.push({ href: String(a.href).slice(0, 2000), text: labelOf(a), region: regionOf(a) });
  }
  const buttons: PageRead['buttons'] = [];
  for (const b of each<HTMLButtonElement>('button, [role=button], input[type=submit], input[type=button]')) {
    if (buttons.length >= LIMITS.buttons) break;
    if (!isVisible(b)) continue;
    buttons.push({ text: labelOf(b) || clean(b.value), region: regionOf(b) });
  }

  const fieldLabel = (field: Field) => {
    const first = field.labels?.[0];
    if (first) return clean(first.innerText);
    const by = field.getAttribute('aria-labelledby');
    const root = field.getRootNode() as AnyRoot;
    if (by && root.getElementById) return clean(by.split(/\s+/).map((id) => { const l = root.getElementById(id) as HTMLElement | null; return l ? l.innerText : ''; }).join(' '));
    return clean(field.getAttribute('aria-label') || field.getAttribute('title'));
  };
  const headingBefore = (form: HTMLFormElement) => {
    const legend = form.querySelector<HTMLElement>('legend, h1, h2, h3, h4');
    if (legend) return clean(legend.innerText);
    for (let el: HTMLElement | null = form, hops = 0; el && hops < 6; hops++) {
      let sib = el.previousElementSibling;
      while (sib) {
        if (/^H[1-6]$/.test(sib.tagName)) return clean((sib as HTMLElement).innerText);
        const inner = sib.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
        if (inner) return clean(inner.innerText);
        sib = sib.previousElementSibling;
      }
      el = el.parentElement;
    }
    return '';
  };
  const forms: PageRead['forms'] = [];
  for (const form of each<HTMLFormElement>('form')) {
    if (forms.length >= LIMITS.forms) break;
    if (!isVisible(form)) continue;
    const fields: PageRead['forms'][number]['fields'] = [];
    const submit: string[] = [];
    for (const field of Array.from(form.querySelectorAll<Field>('input, textarea, select, button'))) {
      const type = (field.getAttribute('type') || (field.tagName === 'BUTTON' ? 'submit' : field.tagName === 'INPUT' ? 'text' : field.tagName.toLowerCase())).toLowerCase();
      if (type === 'hidden' || !isVisible(field)) continue;
      if (field.tagName === 'BUTTON' || type === 'submit' || type === 'image') { submit.push(labelOf(field) || clean(field.value)); continue; }
      if (fields.length >= LIMITS.fields) continue;
      fields.push({ tag: field.tagName.toLowerCase() as PageRead['forms'][number]['fields'][number]['tag'], type, name: clean(field.getAttribute('name')), label: fieldLabel(field),
        placeholder: clean(field.getAttribute('placeholder')), autocomplete: clean(field.getAttribute('autocomplete')), required: !!(field as HTMLInputElement).required });
    }
    // Attributes, not properties: a field named "action" or "id" shadows form.action and form.id.
    const context = clean([headingBefore(form), form.getAttribute('aria-label'), form.getAttribute('name'), form.getAttribute('id'), form.getAttribute('class'), form.getAttribute('role')].filter(Boolean).join(' | '), 400);
    forms.push({ action: formAction(form), method: (form.getAttribute('method') || 'get').toLowerCase(), fields, submitText: clean(submit.join(' ')), context, region: regionOf(form) });
  }

  const images: PageRead['images'] = [];
  for (const img of each<HTMLImageElement>('img')) {
    if (images.length >= LIMITS.images) break;
    if (!isVisible(img)) continue;
    images.push({ src: String(img.currentSrc || img.src).slice(0, 2000), alt: clean(img.alt, 500), title: clean(img.title, 500) });
  }
  // Text drawn inside inline SVG is pixels to a screen reader or a copy-paste: reported apart from visible text.
  const svgTexts: string[] = [];
  for (const t of each<Element>('svg text')) {
    if (svgTexts.length >= LIMITS.images) break;
    const svg = t.closest('svg');
    if (!svg || !isVisible(svg)) continue;
    const text = clean(t.textContent, 500);
    if (text) svgTexts.push(text);
  }
  const jsonLd = take('script[type="application/ld+json"]', LIMITS.jsonLd, (s) => String(s.textContent || '').slice(0, LIMITS.jsonLdLength));
  const scriptSrcs = take('script[src]', LIMITS.srcs, (s) => String((s as HTMLScriptElement).src).slice(0, 2000));
  const iframeSrcs = take('iframe[src]', LIMITS.srcs, (s) => String((s as HTMLIFrameElement).src).slice(0, 2000));
  const globals = (probes.globals || []).filter((name) => { try { return typeof (window as unknown as Record<string, unknown>)[name] !== 'undefined'; } catch (e) { return false; } });
  const selectors = (probes.selectors || []).filter((sel) => { try { return roots.some((root) => !!root.querySelector(sel)); } catch (e) { return false; } });

  return { title: clean(document.title, 300), lang: clean(document.documentElement.lang, 35).toLowerCase(),
    blocks: blockList, links, buttons, forms, images, svgTexts, jsonLd, scriptSrcs, iframeSrcs, globals, selectors };
}
