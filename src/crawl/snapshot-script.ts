import { REVEALED, shownByScroll } from '../interact/scroll-reveal.js';

/**
 * The code that runs inside the page to read it as a person sees it. Every count and length is
 * bounded: pages are hostile. It is the in-page code still kept as source text; the rest is typed
 * functions whose source the browser is handed (interact/in-page.ts), which this is to become.
 *
 * It returns everything of a PageSnapshot except url, status, clicks and path.
 *
 * What sits inside an open shadow root or a same-origin iframe is on the page for a person, so it
 * is read too: the iframe must itself be visible, and nesting and counts are bounded. A
 * cross-origin iframe cannot be read from here and is listed in `iframeSrcs` only.
 */
export const SNAPSHOT_SCRIPT = String.raw`(probes) => {
  const LIMITS = { textNodes: 30000, blocks: 4000, blockText: 2000, links: 3000, buttons: 500, forms: 50,
    fields: 60, images: 500, jsonLd: 20, jsonLdLength: 200000, srcs: 300, label: 200,
    frameDepth: 3, frames: 20, shadowDepth: 12, shadowRoots: 500 };
  const clean = (text, max) => String(text || '').replace(/\s+/g, ' ').trim().slice(0, max || LIMITS.label);
  const formAction = (form) => {
    const doc = form.ownerDocument;
    const attribute = form.getAttribute('action');
    if (!attribute) return doc.URL;
    try { return new URL(attribute, doc.baseURI).href; } catch (e) { return attribute; }
  };
  const visibleCache = new Map();
  // Nodes may live in a same-origin iframe: sizes, scrolling and styles are that frame's.
  const winOf = (node) => (node.ownerDocument && node.ownerDocument.defaultView) || window;
  const styleOf = (el) => winOf(el).getComputedStyle(el);
  // The parent in the rendered tree: out of a shadow root to its host, never out of a frame.
  const up = (el) => el.parentElement || (el.parentNode && el.parentNode.host) || null;
  // Element.closest, but across shadow roots and out of same-origin frames into the page around them.
  const closestAcross = (el, selector) => {
    for (let e = el, hops = 0; e && hops < 40; hops++) {
      const hit = e.closest(selector);
      if (hit) return hit;
      const root = e.getRootNode();
      if (root.host) { e = root.host; continue; }
      e = root !== document && root.defaultView ? root.defaultView.frameElement : null;
    }
    return null;
  };

  const clippedByAncestor = (el, rect) => {
    const doc = el.ownerDocument;
    for (let a = up(el); a && a !== doc.body && a !== doc.documentElement; a = up(a)) {
      const style = styleOf(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      if (rect.right <= r.left || rect.left >= r.right || rect.bottom <= r.top || rect.top >= r.bottom) return true;
    }
    return false;
  };
  const isOffScreen = (rect, node) => {
    const win = winOf(node);
    const doc = node.ownerDocument || document;
    return rect.right <= 0 || rect.bottom + win.scrollY <= 0 || rect.left >= Math.max(doc.documentElement.scrollWidth, win.innerWidth) + 1000;
  };
  const isVisible = (el) => {
    if (visibleCache.has(el)) return visibleCache.get(el);
    let visible = true;
    if (typeof el.checkVisibility === 'function') {
      visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
      // Faded out only until it scrolls into view: a person sees it by scrolling, which is free.
      if (!visible && el.checkVisibility({ contentVisibilityAuto: true })) visible = (${shownByScroll.toString()})(el, styleOf, up, ${JSON.stringify(REVEALED)});
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
  const shownByChildren = (el) => {
    let looked = 0;
    for (const child of el.children) {
      if (looked++ >= 8) break;
      if (isVisible(child)) return true;
    }
    return false;
  };
  const textNodeVisible = (node) => {
    const range = node.ownerDocument.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 1 && rect.height > 1 && !isOffScreen(rect, node)) return true;
    }
    return false;
  };
  const regionOf = (el) => {
    if (closestAcross(el, 'dialog, [role=dialog], [role=alertdialog], [aria-modal=true]')) return 'dialog';
    if (closestAcross(el, 'footer, [role=contentinfo]')) return 'footer';
    if (closestAcross(el, 'nav, [role=navigation]')) return 'nav';
    if (closestAcross(el, 'header, [role=banner]')) return 'header';
    if (closestAcross(el, 'aside, [role=complementary]')) return 'aside';
    if (closestAcross(el, 'main, [role=main], article')) return 'main';
    return 'other';
  };
  const displayOf = (el) => styleOf(el).display;
  const isInlineDisplay = (d) => d.startsWith('inline') || d === 'contents' || d === 'ruby' || d === 'ruby-text';
  const blockOf = (el) => {
    let cell = null;
    for (let e = el; e; e = up(e)) {
      const d = displayOf(e);
      if (d === 'table-cell' || e.tagName === 'TD' || e.tagName === 'TH') { cell = cell || e; continue; }
      if (cell && (d === 'table-row' || e.tagName === 'TR')) return { block: e, cell };
      if (!isInlineDisplay(d)) return { block: cell || e, cell: null };
    }
    return { block: el.ownerDocument.body || document.body, cell: null };
  };

  const blocks = new Map();
  const blockFor = (el) => {
    let entry = blocks.get(el);
    if (!entry) {
      if (blocks.size >= LIMITS.blocks) return null;
      entry = { el, text: '', lastCell: null };
      blocks.set(el, entry);
    }
    return entry;
  };
  const acceptNode = (node) => {
    if (node.nodeType === 1) {
      const tag = node.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'SVG' || tag === 'svg') return NodeFilter.FILTER_REJECT;
    }
    return NodeFilter.FILTER_ACCEPT;
  };
  // Every document and shadow root read, so links, forms and images are taken from each of them.
  const roots = [document];
  let frames = 0;
  let shadowRoots = 0;
  const frameDocument = (frame) => {
    try {
      const doc = frame.contentDocument;
      return doc && doc.body ? doc : null;
    } catch (e) {
      return null;
    }
  };
  let textNodes = 0;
  const walk = (root, frameDepth, shadowDepth) => {
    const start = root.nodeType === 9 ? (root.body || root.documentElement) : root;
    if (!start) return;
    const walker = (root.nodeType === 9 ? root : root.ownerDocument).createTreeWalker(start, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, { acceptNode });
    for (let node = walker.nextNode(); node && textNodes < LIMITS.textNodes; node = walker.nextNode()) {
      if (node.nodeType === 1) {
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
  function* each(selector) {
    for (const root of roots) yield* root.querySelectorAll(selector);
  }
  const take = (selector, max, map) => {
    const out = [];
    for (const el of each(selector)) {
      if (out.length >= max) break;
      out.push(map(el));
    }
    return out;
  };
  const blockList = [];
  for (const entry of blocks.values()) {
    const text = entry.text.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n').slice(0, LIMITS.blockText);
    if (text) blockList.push({ text, tag: entry.el.tagName.toLowerCase(), region: regionOf(entry.el) });
  }

  // A label in the author's own letters: capitals a stylesheet draws (text-transform) are not part of what it says.
  const asWritten = (el) => {
    const drawn = clean(el.innerText);
    const written = clean(el.textContent);
    return drawn && written.length === drawn.length && written.toLowerCase() === drawn.toLowerCase() ? written : drawn;
  };
  const labelOf = (el) => asWritten(el) || clean(el.getAttribute('aria-label')) || clean(el.getAttribute('title'))
    || clean(Array.from(el.querySelectorAll('img[alt]')).map((img) => img.alt).join(' '));
  const links = [];
  for (const a of each('a[href], area[href]')) {
    if (links.length >= LIMITS.links) break;
    if (!isVisible(a)) continue;
    links.push({ href: String(a.href).slice(0, 2000), text: labelOf(a), region: regionOf(a) });
  }
  const buttons = [];
  for (const b of each('button, [role=button], input[type=submit], input[type=button]')) {
    if (buttons.length >= LIMITS.buttons) break;
    if (!isVisible(b)) continue;
    buttons.push({ text: labelOf(b) || clean(b.value), region: regionOf(b) });
  }

  const fieldLabel = (field) => {
    if (field.labels && field.labels.length) return clean(field.labels[0].innerText);
    const by = field.getAttribute('aria-labelledby');
    const root = field.getRootNode();
    if (by && root.getElementById) return clean(by.split(/\s+/).map((id) => { const l = root.getElementById(id); return l ? l.innerText : ''; }).join(' '));
    return clean(field.getAttribute('aria-label') || field.getAttribute('title'));
  };
  const headingBefore = (form) => {
    const legend = form.querySelector('legend, h1, h2, h3, h4');
    if (legend) return clean(legend.innerText);
    for (let el = form, hops = 0; el && hops < 6; hops++) {
      let sib = el.previousElementSibling;
      while (sib) {
        if (/^H[1-6]$/.test(sib.tagName)) return clean(sib.innerText);
        const inner = sib.querySelector && sib.querySelector('h1, h2, h3, h4, h5, h6');
        if (inner) return clean(inner.innerText);
        sib = sib.previousElementSibling;
      }
      el = el.parentElement;
    }
    return '';
  };
  const forms = [];
  for (const form of each('form')) {
    if (forms.length >= LIMITS.forms) break;
    if (!isVisible(form)) continue;
    const fields = [];
    const submit = [];
    for (const field of form.querySelectorAll('input, textarea, select, button')) {
      const type = (field.getAttribute('type') || (field.tagName === 'BUTTON' ? 'submit' : field.tagName === 'INPUT' ? 'text' : field.tagName.toLowerCase())).toLowerCase();
      if (type === 'hidden' || !isVisible(field)) continue;
      if (field.tagName === 'BUTTON' || type === 'submit' || type === 'image') { submit.push(labelOf(field) || clean(field.value)); continue; }
      if (fields.length >= LIMITS.fields) continue;
      fields.push({ tag: field.tagName.toLowerCase(), type, name: clean(field.getAttribute('name')), label: fieldLabel(field),
        placeholder: clean(field.getAttribute('placeholder')), autocomplete: clean(field.getAttribute('autocomplete')), required: !!field.required });
    }
    // Attributes, not properties: a field named "action" or "id" shadows form.action and form.id.
    const context = clean([headingBefore(form), form.getAttribute('aria-label'), form.getAttribute('name'), form.getAttribute('id'), form.getAttribute('class'), form.getAttribute('role')].filter(Boolean).join(' | '), 400);
    forms.push({ action: formAction(form), method: (form.getAttribute('method') || 'get').toLowerCase(), fields, submitText: clean(submit.join(' ')), context, region: regionOf(form) });
  }

  const images = [];
  for (const img of each('img')) {
    if (images.length >= LIMITS.images) break;
    if (!isVisible(img)) continue;
    images.push({ src: String(img.currentSrc || img.src).slice(0, 2000), alt: clean(img.alt, 500), title: clean(img.title, 500) });
  }
  // Text drawn inside inline SVG is pixels to a screen reader or a copy-paste: reported apart from visible text.
  const svgTexts = [];
  for (const t of each('svg text')) {
    if (svgTexts.length >= LIMITS.images) break;
    const svg = t.closest('svg');
    if (!svg || !isVisible(svg)) continue;
    const text = clean(t.textContent, 500);
    if (text) svgTexts.push(text);
  }
  const jsonLd = take('script[type="application/ld+json"]', LIMITS.jsonLd, (s) => String(s.textContent || '').slice(0, LIMITS.jsonLdLength));
  const scriptSrcs = take('script[src]', LIMITS.srcs, (s) => String(s.src).slice(0, 2000));
  const iframeSrcs = take('iframe[src]', LIMITS.srcs, (s) => String(s.src).slice(0, 2000));
  const globals = (probes.globals || []).filter((name) => { try { return typeof window[name] !== 'undefined'; } catch (e) { return false; } });
  const selectors = (probes.selectors || []).filter((sel) => { try { return roots.some((root) => !!root.querySelector(sel)); } catch (e) { return false; } });

  return { title: clean(document.title, 300), lang: clean(document.documentElement.lang, 35).toLowerCase(),
    blocks: blockList, links, buttons, forms, images, svgTexts, jsonLd, scriptSrcs, iframeSrcs, globals, selectors };
}`;
