import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import type { ReadingLimits, ReadingRules, ReadingTree } from './reading-rules.js';

/**
 * The code that runs inside the page to read it as a person sees it: the reading rules both
 * engines share (reading-rules.ts) over the browser's DOM, with what only the browser can tell,
 * layout and computed style, deciding what is seen. Every count and length is bounded.
 *
 * It returns everything of a PageSnapshot except url, status, clicks and path.
 *
 * What sits inside an open shadow root or a same-origin iframe is on the page for a person, so it
 * is read too: the iframe must itself be visible, and nesting and counts are bounded. A
 * cross-origin iframe cannot be read from here and is listed in `iframeSrcs` only.
 */

export interface SnapshotArgs {
  probes: SnapshotProbes;
  limits: ReadingLimits;
  /** The name under which the scroll pass keeps what revealed itself (scroll-reveal.ts). */
  revealed: string;
}

/** What the reading is handed besides its settings: the shared rules, as functions. */
export interface SnapshotHelpers {
  readingRules: ReadingRules;
}

/** A page as read in the browser, less what the visit itself knows (address, status) and the click facts the crawl adds. */
export type PageRead = Omit<PageSnapshot, 'clicks' | 'path' | 'url' | 'status'>;

type AnyRoot = Document | ShadowRoot;

/** In-page: see above. Self-contained: the browser receives this function's source, nothing it closes over. */
export function readSnapshot(args: SnapshotArgs, helpers: SnapshotHelpers): PageRead {
  const { probes, limits: LIMITS } = args;
  const visibleCache = new Map<Element, boolean>();
  // Nodes may live in a same-origin iframe: sizes, scrolling and styles are that frame's.
  const winOf = (node: Node) => (node.ownerDocument && node.ownerDocument.defaultView) || window;
  const styleOf = (el: Element) => winOf(el).getComputedStyle(el);
  // The parent in the rendered tree: out of a shadow root to its host, never out of a frame.
  const up = (el: Node): Element | null => el.parentElement || (el.parentNode as ShadowRoot | null)?.host || null;
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

  // Every document and shadow root read, so links, forms and images are taken from each of them.
  const roots: AnyRoot[] = [document];
  // A label in the author's own letters: capitals a stylesheet draws (text-transform) are not part of what it says.
  const asWritten = (el: Element) => {
    const drawn = rules.clean((el as HTMLElement).innerText);
    const written = rules.clean(el.textContent);
    return drawn && written.length === drawn.length && written.toLowerCase() === drawn.toLowerCase() ? written : drawn;
  };
  const tree: ReadingTree<Element> = {
    // An HTML element's localName is its tag in lower case already: no string is made per ancestor walked.
    tag: (el) => el.localName,
    attr: (el, name) => el.getAttribute(name),
    parent: up,
    frameOf: (el) => (el.ownerDocument !== document && el.ownerDocument.defaultView ? el.ownerDocument.defaultView.frameElement : null),
    rootBlock: (el) => el.ownerDocument.body || document.body,
    display: (el) => styleOf(el).display,
    visible: isVisible,
    // Whether anything in it is seen was measured with its box.
    boxed: () => true,
    drawnText: (el) => (el as HTMLElement).innerText || '',
    labelText: asWritten,
    allText: (el) => el.textContent || '',
    value: (el) => String((el as HTMLInputElement).value ?? ''),
    imageSrc: (el) => String((el as HTMLImageElement).currentSrc || (el as HTMLImageElement).src || ''),
    resolve: (el, value) => {
      try { return new URL(value, el.ownerDocument.baseURI).href; } catch (e) { return value; }
    },
    documentUrl: (el) => el.ownerDocument.URL,
    *all(selector) {
      for (const root of roots) yield* Array.from(root.querySelectorAll(selector));
    },
    find: (el, selector) => Array.from(el.querySelectorAll(selector)),
    previousSibling: (el) => el.previousElementSibling,
    firstLabel: (field) => (field as HTMLInputElement).labels?.[0] ?? null,
    byId: (el, id) => {
      const root = el.getRootNode() as AnyRoot;
      return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    },
  };
  const rules = helpers.readingRules(tree, LIMITS);
  const texts = rules.blockText();

  const acceptNode = (node: Node) => {
    if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'SVG' || tag === 'svg') return NodeFilter.FILTER_REJECT;
    }
    return NodeFilter.FILTER_ACCEPT;
  };
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
  const walk = (root: AnyRoot, frameDepth: number, shadowDepth: number): void => {
    const start = root.nodeType === 9 ? ((root as Document).body || (root as Document).documentElement) : root;
    if (!start) return;
    const walker = (root.nodeType === 9 ? root as Document : root.ownerDocument ?? document).createTreeWalker(start, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, { acceptNode });
    for (let current = walker.nextNode(); current && !texts.full(); current = walker.nextNode()) {
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
        if (node.tagName === 'BR' && node.parentElement && isVisible(node.parentElement)) texts.lineBreak(node.parentElement);
        else texts.element(node);
        continue;
      }
      // Text at the top of a shadow root has no parent element: its host stands for it.
      const node = current as Text;
      const parent = up(node);
      if (!node.data || !node.data.trim()) {
        if (parent && node.data) texts.space(parent);
        continue;
      }
      if (!parent || !isVisible(parent) || !textNodeVisible(node)) continue;
      texts.text(parent, node.data);
    }
  };
  walk(document, 0, 0);
  // The elements after the text: `roots` then holds every shadow root and frame the walk entered.
  const blocks = texts.list();
  const elements = rules.readElements();
  const globals = (probes.globals || []).filter((name) => { try { return typeof (window as unknown as Record<string, unknown>)[name] !== 'undefined'; } catch (e) { return false; } });
  const selectors = (probes.selectors || []).filter((sel) => { try { return roots.some((root) => !!root.querySelector(sel)); } catch (e) { return false; } });

  return { title: rules.clean(document.title, 300), lang: rules.clean(document.documentElement.lang, 35).toLowerCase(),
    blocks, ...elements, globals, selectors };
}
