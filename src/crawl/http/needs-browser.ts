import type { Element } from 'domhandler';
import type { SnapshotProbes } from '../../model/page-snapshot.js';
import type { PageReading } from '../visit-page.js';
import { CONTROL_SELECTOR } from '../../page/find-controls.js';
import { HtmlPage, textContent } from './html-page.js';

/**
 * Why a page's HTML alone cannot stand for what a person sees, so it must be rendered: it is
 * an empty shell that scripts fill, it offers controls a person would press (each a click the
 * crawl must take), it shows a consent dialog, it moves on by itself, or its scripts name a
 * chat widget. Null when the HTML is enough. Findings are judged apart (see the crawl's hooks):
 * a candidate finding is rendered to confirm a person can see it.
 */
export function browserReason(page: HtmlPage, reading: PageReading, probes: SnapshotProbes, inert: InertSet = NONE): string | null {
  if (page.elements('meta[http-equiv]').some((meta) => (meta.attribs['http-equiv'] ?? '').toLowerCase() === 'refresh')) return 'meta refresh';
  const scripts = page.elements('script').filter(isExecutable);
  const textLength = reading.blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (scripts.length > 0 && textLength < SHELL_TEXT) return 'script shell';
  const inline = scripts.map((script) => textContent(script)).join('\n').slice(0, MAX_INLINE);
  if (navigatesByItself(inline)) return 'script navigation';
  const global = probes.globals.find((name) => new RegExp(`(?:^|[^\\w$])${escapeRegExp(name)}(?:[^\\w$]|$)`).test(inline));
  if (global) return `script names ${global}`;
  if (page.elements(CONSENT_BOXES).some((el) => page.isVisible(el))) return 'consent or dialog markup';
  for (const control of controlsOf(page, probes)) {
    if (!inert.has(control.signature)) return `in-page control "${control.label}"`;
  }
  return null;
}

/** Does the page run script written into it (not only scripts loaded by `src`)? */
export function hasInlineScript(page: HtmlPage): boolean {
  return page.elements('script').some((script) => isExecutable(script) && script.attribs.src === undefined && textContent(script).trim() !== '');
}

/** Less visible text than this, with scripts, is a page its scripts build. */
const SHELL_TEXT = 200;
const MAX_INLINE = 500_000;
const NAVIGATES = /\blocation\s*(?:\.\s*(?:href\s*=(?!=)|replace\s*\(|assign\s*\()|=(?!=))|\bdocument\s*\.\s*write(?:ln)?\s*\(/;
const CONSENT_BOXES = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true], [id*=cookie i], [class*=cookie i], [id*=consent i], '
  + '[class*=consent i], [id*=gdpr i], [class*=gdpr i], #onetrust-banner-sdk, #CybotCookiebotDialog, #usercentrics-root, #didomi-host';
const JS_TYPES = /^(?:|text\/javascript|application\/javascript|module|text\/ecmascript|application\/ecmascript|text\/jscript)$/i;

/**
 * Events that follow only from filling in or sending a form, which the crawl never does: the
 * form events, and form plugins' own "sent" events (Contact Form 7's `wpcf7mailsent`). A click
 * handler is not among them: the crawl presses controls, and a script link is one.
 */
const FORM_EVENT = /^(?:submit|reset|invalid|change|input)$|(?:sent|submit|submitted|success)$/i;
/** A handler registered for an event: `addEventListener('x', function (…) {`, `.on('x', (…) => {`, `$(…).submit(function () {`. */
const HANDLER = /(?:addEventListener\s*\(\s*|\.on\s*\(\s*)['"]([\w.:-]+)['"]\s*,\s*(?:function\b[^{]*|\([^)]*\)\s*=>\s*|\w+\s*=>\s*)\{|\.(submit|change)\s*\(\s*function\b[^{]*\{/g;

/**
 * Does the page's own script move it elsewhere on a visit (a redirect, a `document.write`)? A
 * navigation inside a handler of a form being sent (Contact Form 7's "sent, go to the thank-you
 * page") does not happen to someone who reads the page and presses its controls.
 */
export function navigatesByItself(inline: string): boolean {
  const nav = new RegExp(NAVIGATES.source, 'g');
  const handlers: Array<[number, number]> = [];
  for (const match of inline.matchAll(HANDLER)) {
    if (!FORM_EVENT.test(match[1] ?? match[2] ?? '')) continue;
    const open = match.index + match[0].length - 1;
    handlers.push([open, closingBrace(inline, open)]);
  }
  for (const match of inline.matchAll(nav)) {
    if (!handlers.some(([from, to]) => match.index > from && match.index < to)) return true;
  }
  return false;
}

/** Where the block opened at `open` ends (braces counted, strings and comments not told apart: a near reading is enough here). */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

function isExecutable(script: Element): boolean {
  return JS_TYPES.test((script.attribs.type ?? '').trim());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NONE: InertSet = new Set();

/** Signatures of controls known to be inert on this site. */
type InertSet = Pick<ReadonlySet<string>, 'has'>;

/**
 * Controls of the HTML (by signature) on a page the browser rendered and offered no control on:
 * whatever there looked like one (a menu button a stylesheet hides on this device, an element
 * carrying settings in `onclick`) is inert, and no reason to render another page of the
 * template that has it too.
 */
export class InertControls implements InertSet {
  private readonly signatures = new Set<string>();

  learn(controls: Iterable<HtmlControl>): void {
    for (const control of controls) {
      if (this.signatures.size >= MAX_INERT) return;
      this.signatures.add(control.signature);
    }
  }

  has(signature: string): boolean {
    return this.signatures.has(signature);
  }
}
const MAX_INERT = 2_000;

/** An element the action finder could offer as a click, and what tells it apart from the same control on other pages of the template. */
export interface HtmlControl {
  label: string;
  /** Tag, classes, role and labels: the same for the same control wherever the template repeats it. */
  signature: string;
}

/**
 * The elements the action finder could offer as a click, more generously than it does (it also
 * weighs labels and classes): rendering a page needlessly costs time, missing a control would
 * cost a verdict. A control the browser showed inert on a page of the site (see `inert` above)
 * is passed over where it comes again.
 */
export function* controlsOf(page: HtmlPage, probes: SnapshotProbes): Generator<HtmlControl> {
  const chatSelectors = probes.selectors.filter((selector) => !/^(?:script|iframe)\b/i.test(selector));
  let given = 0;
  for (const el of page.elements([CONTROL_SELECTOR, ...chatSelectors].join(', '))) {
    if (given >= MAX_CONTROLS) return;
    if (el.name !== 'summary' && insideForm(el)) continue;
    if ('disabled' in el.attribs || el.attribs['aria-disabled'] === 'true') continue;
    if (el.name === 'summary' && el.parent && 'open' in ((el.parent as Element).attribs ?? {})) continue;
    const href = el.attribs.href;
    if (el.name === 'a' && href && !/^(?:javascript:|#$)/i.test(href.trim()) && !('onclick' in el.attribs) && el.attribs['aria-expanded'] === undefined) continue;
    if (!page.isVisible(el)) continue;
    const label = [page.innerText(el), el.attribs['aria-label'], el.attribs.title, el.attribs.value]
      .map((text) => (text ?? '').replace(/\s+/g, ' ').trim()).find(Boolean) ?? '';
    if (!label && el.name === 'a') continue;
    const { class: classes = '', role = '', id = '' } = el.attribs;
    given++;
    // One at a time: deciding whether a page must be rendered needs only the first control not known to be inert.
    yield { label: label.slice(0, 60) || el.name, signature: JSON.stringify([el.name, classes.trim(), role, id, label.slice(0, 60)]) };
  }
}
const MAX_CONTROLS = 500;

function insideForm(el: Element): boolean {
  for (let e = el.parent as Element | null; e && 'name' in e; e = e.parent as Element | null) {
    if (e.name === 'form' || e.attribs['aria-modal'] === 'true' || e.attribs.role === 'alertdialog') return true;
  }
  return false;
}
