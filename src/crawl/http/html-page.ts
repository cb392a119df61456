import { load, type CheerioAPI } from 'cheerio';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';

/**
 * A page parsed from its HTML (parse5, the same tree a browser builds), with what can be told
 * about visibility without CSS: the `hidden` attribute, inline styles, elements never rendered,
 * closed `<details>` and `<dialog>`. What a stylesheet hides cannot be told here; the engine
 * that uses these readings compares them with the browser's before trusting them.
 */
export class HtmlPage {
  readonly $: CheerioAPI;
  readonly base: string;
  private readonly visibleCache = new Map<Element, boolean>();

  /** `opened`: boxes read as if a person had opened them (see `withOpened`); `only`: nothing else is shown (see `onlyOpened`). */
  constructor(html: string | CheerioAPI, readonly url: string, private readonly opened: ReadonlySet<Element> = new Set(), private readonly only = false) {
    this.$ = typeof html === 'string' ? load(html) : html;
    const baseHref = this.$('base[href]').first().attr('href');
    this.base = baseHref ? this.resolveAgainst(baseHref, url) : url;
  }

  /**
   * The same document with these boxes open, and everything in them, whatever hid them (a closed
   * `<details>`, the `hidden` attribute, an inline `display: none`, a hidden ancestor): what a
   * person sees once every control over them has been pressed.
   */
  withOpened(boxes: Iterable<Element>): HtmlPage {
    return new HtmlPage(this.$, this.url, new Set(boxes));
  }

  /** These boxes opened as `withOpened` opens them, and nothing around them shown: what opening them adds, by itself. */
  onlyOpened(boxes: Iterable<Element>): HtmlPage {
    return new HtmlPage(this.$, this.url, new Set(boxes), true);
  }

  get root(): Element | null {
    const body = this.$('body').get(0);
    return body ?? this.$('html').get(0) ?? null;
  }

  /** The content of the page's first meta refresh, as the browser's `querySelector('meta[http-equiv="refresh" i]')` finds it; null without one. */
  metaRefresh(): string | null {
    const meta = this.elements('meta[http-equiv]').find((element) => (element.attribs['http-equiv'] ?? '').toLowerCase() === 'refresh');
    return meta ? meta.attribs.content ?? '' : null;
  }

  elements(selector: string): Element[] {
    try {
      return this.$(selector).toArray().filter(isTag);
    } catch {
      return [];
    }
  }

  /** An absolute URL as the DOM's `a.href` gives it; an unparsable one is kept as written. */
  resolve(value: string): string {
    return this.resolveAgainst(value, this.base);
  }

  private resolveAgainst(value: string, base: string): string {
    try {
      return new URL(value.trim(), base).href;
    } catch {
      return value;
    }
  }

  /** Rendered, as far as the markup tells: no ancestor is hidden by attribute or inline style. */
  isVisible(el: Element): boolean {
    const cached = this.visibleCache.get(el);
    if (cached !== undefined) return cached;
    const parent = el.parent && isTag(el.parent) ? el.parent : null;
    const visible = this.opened.size > 0 && this.insideOpened(el)
      ? !NEVER_RENDERED.has(el.name) && !isHiddenInput(el)
      : !this.only && !hiddenItself(el) && (parent === null || (this.isVisible(parent) && !hidesChild(parent, el)));
    this.visibleCache.set(el, visible);
    return visible;
  }

  private insideOpened(el: Element): boolean {
    for (let e: Element | null = el; e; e = e.parent && isTag(e.parent) ? e.parent : null) if (this.opened.has(e)) return true;
    return false;
  }

  /** Whether a text node inside this element is drawn (text inside a `<select>` or `<textarea>` is not). */
  drawsText(el: Element): boolean {
    for (let e: Element | null = el; e; e = e.parent && isTag(e.parent) ? e.parent : null) {
      if (TEXTLESS.has(e.name)) return false;
    }
    return this.isVisible(el);
  }

  /** The CSS `display` an element has by default or by its inline style. */
  displayOf(el: Element): string {
    const inline = styleValue(el, 'display');
    if (inline) return inline;
    if (el.name === 'li') return 'list-item';
    if (el.name === 'tr') return 'table-row';
    if (el.name === 'td' || el.name === 'th') return 'table-cell';
    if (el.name === 'table') return 'table';
    if (TABLE_GROUPS.has(el.name)) return 'table-row-group';
    if (BLOCK_TAGS.has(el.name)) return 'block';
    if (INLINE_BLOCK_TAGS.has(el.name)) return 'inline-block';
    return 'inline';
  }

  /** The element's `innerText`, as far as the markup tells (newlines between blocks, `<br>` as a newline). */
  innerText(el: Element): string {
    if (!this.isVisible(el)) return textContent(el).slice(0, MAX_INNER_TEXT);
    const parts: string[] = [];
    let visited = 0;
    let length = 0;
    // Labels are cut to a few hundred characters: a link wrapping a whole hostile page is not walked to its end.
    const walk = (node: AnyNode) => {
      if (++visited > MAX_INNER_NODES || length > MAX_INNER_TEXT) return;
      if (isText(node)) {
        if (node.parent && isTag(node.parent) && this.drawsText(node.parent)) {
          parts.push(node.data);
          length += node.data.length;
        }
        return;
      }
      if (!isTag(node) || REJECTED.has(node.name) || !this.isVisible(node)) return;
      if (node.name === 'br') {
        parts.push('\n');
        return;
      }
      const display = this.displayOf(node);
      const inline = isInlineDisplay(display);
      if (!inline) parts.push('\n');
      for (const child of node.children) walk(child);
      if (display === 'table-cell') parts.push('\t');
      else if (!inline) parts.push('\n');
    };
    for (const child of el.children) walk(child);
    return parts.join('');
  }
}

const MAX_INNER_NODES = 20_000;
const MAX_INNER_TEXT = 4_000;

const MAX_DEPTH = 600;
const MAX_TAGS = 200_000;
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Markup too deeply nested or too large to parse and walk quickly (parsing cost grows with the
 * depth of open elements): such a page is left to the browser, whose reading has a time limit.
 * A rough count of tags, not a parse.
 */
export function tooComplexForHttp(html: string): boolean {
  let depth = 0;
  let tags = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (++tags > MAX_TAGS) return true;
    const name = match[2]!.toLowerCase();
    if (VOID_TAGS.has(name) || match[3]) continue;
    depth += match[1] ? -1 : 1;
    if (depth > MAX_DEPTH) return true;
    if (depth < 0) depth = 0;
  }
  return false;
}

/** Subtrees the snapshot's tree walker never enters. */
export const REJECTED = new Set(['script', 'style', 'noscript', 'template', 'svg']);
/** Elements with no box of their own (and so nothing inside them is seen). */
const NEVER_RENDERED = new Set(['head', 'title', 'meta', 'link', 'base', 'datalist', 'area', 'param', 'source', 'track', 'template', 'script', 'style', 'noscript']);
/** Elements drawn, but whose child text is not (replaced or form controls). */
const TEXTLESS = new Set(['select', 'textarea', 'option', 'optgroup', 'iframe', 'video', 'audio', 'canvas', 'object', 'embed', 'map']);
const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend',
  'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'ul', 'xmp', 'caption', 'optgroup', 'option',
]);
const TABLE_GROUPS = new Set(['thead', 'tbody', 'tfoot', 'colgroup', 'col']);
const INLINE_BLOCK_TAGS = new Set(['button', 'input', 'select', 'textarea', 'meter', 'progress', 'img', 'video', 'iframe', 'canvas', 'embed', 'object', 'marquee']);

export function isInlineDisplay(display: string): boolean {
  return display.startsWith('inline') || display === 'contents' || display === 'ruby' || display === 'ruby-text';
}

function styleValue(el: Element, property: string): string | null {
  const style = el.attribs.style;
  if (!style) return null;
  let value: string | null = null;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    if (declaration.slice(0, colon).trim().toLowerCase() === property) value = declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
  }
  return value;
}

function hiddenItself(el: Element): boolean {
  if (NEVER_RENDERED.has(el.name)) return true;
  if ('hidden' in el.attribs) return true;
  if (isHiddenInput(el)) return true;
  if (el.name === 'dialog' && !('open' in el.attribs)) return true;
  if (styleValue(el, 'display') === 'none') return true;
  const visibility = styleValue(el, 'visibility');
  if (visibility === 'hidden' || visibility === 'collapse') return true;
  const opacity = styleValue(el, 'opacity');
  if (opacity !== null && Number.parseFloat(opacity) === 0 && !fadesIn(el)) return true;
  return styleValue(el, 'content-visibility') === 'hidden';
}

/**
 * A transparent element written as an entrance's first frame: moved aside (`transform`) or set to
 * fade (a `transition` of its opacity, an `animation`), as a framework writes what it reveals on coming
 * into view (Framer Motion's `initial`, a theme's scroll reveal). A person sees it once scrolled
 * to, as the browser's reading does (see page/scroll-reveal.ts); one kept out of reach says so
 * otherwise (`visibility: hidden`, `display: none`).
 */
function fadesIn(el: Element): boolean {
  const transform = styleValue(el, 'transform');
  if (transform !== null && transform !== 'none') return true;
  const animation = styleValue(el, 'animation') ?? styleValue(el, 'animation-name');
  if (animation !== null && animation !== 'none') return true;
  const transition = styleValue(el, 'transition') ?? styleValue(el, 'transition-property');
  return transition !== null && /\b(?:opacity|all)\b/.test(transition);
}

function isHiddenInput(el: Element): boolean {
  return el.name === 'input' && (el.attribs.type ?? '').toLowerCase() === 'hidden';
}

/** A closed `<details>` shows only its first `<summary>`. */
function hidesChild(parent: Element, child: Element): boolean {
  if (parent.name !== 'details' || 'open' in parent.attribs) return false;
  const summary = parent.children.find((node) => isTag(node) && node.name === 'summary');
  return summary !== child;
}

export function textContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node)) return '';
  return node.children.map(textContent).join('');
}

export function parentElement(el: AnyNode): Element | null {
  return el.parent && isTag(el.parent) ? el.parent : null;
}
