/**
 * The code that runs inside the page to read it as a person sees it. It is kept as source
 * text, not a function, because test runners and bundlers may inject helpers into compiled
 * functions that do not exist in the page. Every count and length is bounded: pages are hostile.
 *
 * It returns everything of a PageSnapshot except url, status, clicks and path.
 */
export const SNAPSHOT_SCRIPT = String.raw`(probes) => {
  const LIMITS = { textNodes: 30000, blocks: 4000, blockText: 2000, links: 3000, buttons: 500, forms: 50,
    fields: 60, images: 500, jsonLd: 20, jsonLdLength: 200000, srcs: 300, label: 200 };
  const clean = (text, max) => String(text || '').replace(/\s+/g, ' ').trim().slice(0, max || LIMITS.label);
  const visibleCache = new Map();

  const clippedByAncestor = (el, rect) => {
    for (let a = el.parentElement; a && a !== document.body && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = a.getBoundingClientRect();
      if (rect.right <= r.left || rect.left >= r.right || rect.bottom <= r.top || rect.top >= r.bottom) return true;
    }
    return false;
  };
  const isOffScreen = (rect) => rect.right <= 0 || rect.bottom + window.scrollY <= 0 || rect.left >= Math.max(document.documentElement.scrollWidth, innerWidth) + 1000;
  const isVisible = (el) => {
    if (visibleCache.has(el)) return visibleCache.get(el);
    let visible = true;
    if (typeof el.checkVisibility === 'function') {
      visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
    } else {
      const style = getComputedStyle(el);
      visible = style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
    }
    if (visible) {
      const rect = el.getBoundingClientRect();
      const display = getComputedStyle(el).display;
      const sized = display === 'contents' || (rect.width > 1 && rect.height > 1);
      visible = sized && !(display !== 'contents' && (isOffScreen(rect) || clippedByAncestor(el, rect)));
    }
    visibleCache.set(el, visible);
    return visible;
  };
  const textNodeVisible = (node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 1 && rect.height > 1 && !isOffScreen(rect)) return true;
    }
    return false;
  };
  const regionOf = (el) => {
    if (el.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal=true]')) return 'dialog';
    if (el.closest('footer, [role=contentinfo]')) return 'footer';
    if (el.closest('nav, [role=navigation]')) return 'nav';
    if (el.closest('header, [role=banner]')) return 'header';
    if (el.closest('aside, [role=complementary]')) return 'aside';
    if (el.closest('main, [role=main], article')) return 'main';
    return 'other';
  };
  const displayOf = (el) => getComputedStyle(el).display;
  const isInlineDisplay = (d) => d.startsWith('inline') || d === 'contents' || d === 'ruby' || d === 'ruby-text';
  const blockOf = (el) => {
    let cell = null;
    for (let e = el; e; e = e.parentElement) {
      const d = displayOf(e);
      if (d === 'table-cell' || e.tagName === 'TD' || e.tagName === 'TH') { cell = cell || e; continue; }
      if (cell && (d === 'table-row' || e.tagName === 'TR')) return { block: e, cell };
      if (!isInlineDisplay(d)) return { block: cell || e, cell: null };
    }
    return { block: document.body, cell: null };
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
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node.nodeType === 1) {
        const tag = node.tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'SVG' || tag === 'svg') return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let textNodes = 0;
  for (let node = walker.nextNode(); node && textNodes < LIMITS.textNodes; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if (node.tagName === 'BR' && node.parentElement && isVisible(node.parentElement)) {
        const entry = blockFor(blockOf(node.parentElement).block);
        if (entry) entry.text += '\n';
      }
      continue;
    }
    if (!node.data || !node.data.trim()) {
      const parent = node.parentElement;
      if (parent && node.data) {
        const entry = blocks.get(blockOf(parent).block);
        if (entry && !/\s$/.test(entry.text)) entry.text += ' ';
      }
      continue;
    }
    const parent = node.parentElement;
    if (!parent || !isVisible(parent) || !textNodeVisible(node)) continue;
    textNodes++;
    const { block, cell } = blockOf(parent);
    const entry = blockFor(block);
    if (!entry || entry.text.length > LIMITS.blockText) continue;
    if (cell && entry.lastCell && entry.lastCell !== cell) entry.text = entry.text.replace(/\s+$/, '') + ' | ';
    if (cell) entry.lastCell = cell;
    entry.text += node.data.replace(/[ \t\r\n\f]+/g, ' ');
  }
  const blockList = [];
  for (const entry of blocks.values()) {
    const text = entry.text.split('\n').map((line) => line.replace(/ +/g, ' ').trim()).filter(Boolean).join('\n').slice(0, LIMITS.blockText);
    if (text) blockList.push({ text, tag: entry.el.tagName.toLowerCase(), region: regionOf(entry.el) });
  }

  const labelOf = (el) => clean(el.innerText) || clean(el.getAttribute('aria-label')) || clean(el.getAttribute('title'))
    || clean(Array.from(el.querySelectorAll('img[alt]')).map((img) => img.alt).join(' '));
  const links = [];
  for (const a of document.querySelectorAll('a[href], area[href]')) {
    if (links.length >= LIMITS.links) break;
    if (!isVisible(a)) continue;
    links.push({ href: String(a.href).slice(0, 2000), text: labelOf(a), region: regionOf(a) });
  }
  const buttons = [];
  for (const b of document.querySelectorAll('button, [role=button], input[type=submit], input[type=button]')) {
    if (buttons.length >= LIMITS.buttons) break;
    if (!isVisible(b)) continue;
    buttons.push({ text: labelOf(b) || clean(b.value), region: regionOf(b) });
  }

  const fieldLabel = (field) => {
    if (field.labels && field.labels.length) return clean(field.labels[0].innerText);
    const by = field.getAttribute('aria-labelledby');
    if (by) return clean(by.split(/\s+/).map((id) => { const l = document.getElementById(id); return l ? l.innerText : ''; }).join(' '));
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
  for (const form of document.querySelectorAll('form')) {
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
    const context = clean([headingBefore(form), form.getAttribute('aria-label'), form.getAttribute('name'), form.id, form.getAttribute('class'), form.getAttribute('role')].filter(Boolean).join(' | '), 400);
    forms.push({ action: String(form.action || ''), method: (form.getAttribute('method') || 'get').toLowerCase(), fields, submitText: clean(submit.join(' ')), context, region: regionOf(form) });
  }

  const images = [];
  for (const img of document.images) {
    if (images.length >= LIMITS.images) break;
    if (!isVisible(img)) continue;
    images.push({ src: String(img.currentSrc || img.src).slice(0, 2000), alt: clean(img.alt, 500), title: clean(img.title, 500) });
  }
  // Text drawn inside inline SVG is pixels to a screen reader or a copy-paste: reported apart from visible text.
  const svgTexts = [];
  for (const t of document.querySelectorAll('svg text')) {
    if (svgTexts.length >= LIMITS.images) break;
    const svg = t.closest('svg');
    if (!svg || !isVisible(svg)) continue;
    const text = clean(t.textContent, 500);
    if (text) svgTexts.push(text);
  }
  const jsonLd = Array.from(document.querySelectorAll('script[type="application/ld+json"]'))
    .slice(0, LIMITS.jsonLd).map((s) => String(s.textContent || '').slice(0, LIMITS.jsonLdLength));
  const scriptSrcs = Array.from(document.querySelectorAll('script[src]')).slice(0, LIMITS.srcs).map((s) => String(s.src).slice(0, 2000));
  const iframeSrcs = Array.from(document.querySelectorAll('iframe[src]')).slice(0, LIMITS.srcs).map((s) => String(s.src).slice(0, 2000));
  const globals = (probes.globals || []).filter((name) => { try { return typeof window[name] !== 'undefined'; } catch (e) { return false; } });
  const selectors = (probes.selectors || []).filter((sel) => { try { return !!document.querySelector(sel); } catch (e) { return false; } });

  return { title: clean(document.title, 300), lang: clean(document.documentElement.lang, 35).toLowerCase(),
    blocks: blockList, links, buttons, forms, images, svgTexts, jsonLd, scriptSrcs, iframeSrcs, globals, selectors };
}`;
