import { createHash } from 'node:crypto';
import type { Element } from 'domhandler';
import type { SnapshotProbes } from '../../model/page-snapshot.js';
import type { PageReading } from '../visit-page.js';
import { CONTROL_SELECTOR, CONTROL_WORDS, DISCLOSURE_SELECTOR } from '../../page/find-controls.js';
import type { PageAction } from '../../interact/page-actions.js';
import { MAX_LISTED } from '../state-interaction.js';
import { governedDigest, isInside, openedBox, opensBoxWithText } from './html-control-scope.js';
import { HtmlPage, textContent } from './html-page.js';

/**
 * Why a page's HTML alone cannot stand for what a person sees, so it must be rendered: it is
 * an empty shell that scripts fill, it offers controls a person would press (each a click the
 * crawl must take), it shows a consent dialog, it moves on by itself, or its scripts name a
 * chat widget. Null when the HTML is enough. Findings are judged apart (see the crawl's hooks):
 * a candidate finding is rendered to confirm a person can see it.
 */
export function browserReason(
  page: HtmlPage, reading: PageReading, probes: SnapshotProbes, controls: readonly HtmlControl[], known: KnownSet = NONE,
  opensNothingNew?: (boxes: readonly Element[]) => boolean,
): BrowserReason | null {
  const because = (reason: string, unknown: readonly string[] = []): BrowserReason => ({ reason, unknown });
  if (page.metaRefresh() !== null) return because(REFRESH_REASON);
  const scripts = page.elements('script').filter(isExecutable);
  const textLength = reading.blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (scripts.length > 0 && textLength < SHELL_TEXT) return because('script shell');
  const texts = scriptTexts(scripts);
  if (navigatesByItself(texts.join('\n'))) return because(NAVIGATION_REASON);
  const chat = chatScriptsOf(page, probes, texts).find((script) => !known.has(script.signature));
  if (chat) return because(`script names ${chat.global}`, [chat.signature]);
  const dialogs = dialogsOf(page).filter((signature) => !known.has(signature));
  if (dialogs.length > 0) return because(DIALOG_REASON, dialogs);
  const unknown = controls.filter((control) => !known.has(control.signature) && !known.has(control.overContent));
  if (unknown.length === 0) return null;
  const signatures = unknown.map((control) => control.signature);
  // Without a judge of what the controls open, or for one whose box the HTML does not hold, the first such decides.
  const unboxed = opensNothingNew ? unknown.find((control) => control.box === null) : unknown[0];
  if (unboxed) return because(`${CONTROL_REASON} "${unboxed.label}"`, signatures);
  if (opensNothingNew!(unknown.map((control) => control.box!))) return null;
  return because(`${CONTROL_REASON} "${unknown[0]!.label}"`, signatures);
}

/**
 * The inline scripts of a page that name a chat vendor's global, each with its signature: the
 * global and the script's text. A template writes the same snippet on every page, and it starts
 * the same chat there: once a render showed that chat, the snippet is known (see `learnChat`).
 */
export function chatScriptsOf(
  page: HtmlPage, probes: SnapshotProbes, texts = scriptTexts(page.elements('script').filter(isExecutable)),
): Array<{ global: string; signature: string }> {
  return probes.globals.flatMap((global) => {
    const names = new RegExp(`(?:^|[^\\w$])${escapeRegExp(global)}(?:[^\\w$]|$)`);
    const naming = texts.filter((text) => names.test(text));
    if (naming.length === 0) return [];
    return [{ global, signature: `chat-script:${global}:${createHash('sha256').update(naming.join('\n')).digest('hex').slice(0, 20)}` }];
  });
}

/** The text of these scripts, in order, at most `MAX_INLINE` characters in all (joined by newlines): a bound against a hostile page's megabytes of script. */
function scriptTexts(scripts: readonly Element[]): string[] {
  const texts: string[] = [];
  let left = MAX_INLINE;
  for (const script of scripts) {
    if (left <= 0) break;
    const text = textContent(script).slice(0, left);
    texts.push(text);
    left -= text.length + 1;
  }
  return texts;
}

/**
 * Why a page's markup needs the browser; `unknown` holds the signatures of the dialog boxes or
 * controls not known on the site that make it so (see `KnownControls`), none for any other reason.
 */
export interface BrowserReason {
  reason: string;
  unknown: readonly string[];
}

/** Why a page with a control not known on the site is rendered (the control's label follows). */
const CONTROL_REASON = 'in-page control';
const REFRESH_REASON = 'meta refresh';
const NAVIGATION_REASON = 'script navigation';
/** Reasons of a page that moves on by itself: where the browser ends, its HTML says nothing of (see `browserReason`). */
export const MOVES_ON_REASONS: ReadonlySet<string> = new Set([REFRESH_REASON, NAVIGATION_REASON]);

/** Why a page whose dialog boxes are not known on the site is rendered. */
const DIALOG_REASON = 'consent or dialog markup';

/**
 * The consent and dialog boxes of the HTML a person may see, by signature (tag, classes, id,
 * role and the start of their text): the same box wherever the template repeats it. A box the
 * browser showed no differently from the HTML (consent already given on the site, or a dialog
 * that stays shut) is learnt as known, like a control.
 */
export function dialogsOf(page: HtmlPage): string[] {
  return page.elements(CONSENT_BOXES).filter((el) => page.isVisible(el) && !notABox(el)).slice(0, MAX_DIALOGS).map((el) => {
    const { class: classes = '', role = '', id = '' } = el.attribs;
    return JSON.stringify(['dialog', el.name, classes.trim(), id, role, textContent(el).replace(/\s+/g, ' ').trim().slice(0, 200)]);
  });
}
const MAX_DIALOGS = 50;
const CONTROL_TAGS = new Set(['a', 'button', 'input', 'label', 'select', 'textarea', 'option']);

/**
 * A name with "cookie" or "consent" in it that is no box a dialog could be drawn in: a control
 * (the footer's "cookie settings" button) or a part of a form (a contact form's consent checkbox
 * and its wrapper). A consent box that is itself a form is still one.
 */
function notABox(el: Element): boolean {
  if (CONTROL_TAGS.has(el.name)) return true;
  for (let parent = el.parent; parent; parent = parent.parent) if ('name' in parent && parent.name === 'form') return true;
  return false;
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
  // A function the page's script never calls runs only from a handler in the markup (Google Ads'
  // `gtag_report_conversion(url)`, called by a link's `onclick`): a click, which the crawl takes as one.
  for (const match of inline.matchAll(DECLARED)) {
    const name = match[1]!;
    const open = match.index + match[0].length - 1;
    const close = closingBrace(inline, open);
    const uses = inline.slice(0, match.index) + inline.slice(close);
    if (!new RegExp(`(?:^|[^\\w$.])${escapeRegExp(name)}(?:[^\\w$]|$)`).test(uses)) handlers.push([open, close]);
  }
  for (const match of inline.matchAll(nav)) {
    if (!handlers.some(([from, to]) => match.index > from && match.index < to)) return true;
  }
  return false;
}

/** A function declaration, up to its body's opening brace: `function name(…) {`. */
const DECLARED = /\bfunction\s+([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{/g;

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

const NONE: KnownSet = new Set();

/** Signatures of the controls and dialog boxes known on this site. */
type KnownSet = Pick<ReadonlySet<string>, 'has'>;

/**
 * Controls of the HTML on pages the browser rendered, each known one of two ways. Inert, by
 * `signature`: the browser offered nothing by its label (a menu button a stylesheet hides on this
 * device, an element carrying settings in `onclick`), wherever the template repeats it. Offered,
 * by `overContent`: the crawl takes it from that page and not again from another page where it
 * governs the same content (see CrawlFrontier.offerActions); over other content it is new.
 * Either way it is no reason to render another page that has it too. Dialog boxes (see
 * `dialogsOf`) are learnt like inert controls.
 */
export class KnownControls implements KnownSet {
  private readonly signatures = new Set<string>();
  /** The templates (`PageAction.template`) of the controls the browser offered on rendered pages. */
  readonly templates = new Set<string>();

  /** Learns the controls of a rendered page's HTML, given the controls the browser offered on it. */
  learn(controls: readonly HtmlControl[], offered: readonly PageAction[]): void {
    const labels = new Set(offered.map((action) => comparableLabel(action.label)));
    for (const control of controls) {
      if (labels.has(comparableLabel(control.label))) this.add(control.overContent);
      // A list cut at its bound may have left this one out: it is not known inert.
      else if (offered.length < MAX_LISTED) this.add(control.signature);
    }
    for (const action of offered) if (this.templates.size < MAX_KNOWN) this.templates.add(action.template);
  }

  learnDialogs(signatures: readonly string[]): void {
    for (const signature of signatures) this.add(signature);
  }

  /**
   * Learns a rendered page's chat snippets whose vendor object the browser showed: the chat they
   * start is found by then, at no more clicks than any page read after it (the crawl goes by
   * depth), so a later page with the same snippet need not be rendered for it.
   */
  learnChat(scripts: ReadonlyArray<{ global: string; signature: string }>, shownGlobals: readonly string[]): void {
    for (const script of scripts) if (shownGlobals.includes(script.global)) this.add(script.signature);
  }

  private add(signature: string): void {
    if (this.signatures.size < MAX_KNOWN) this.signatures.add(signature);
  }

  has(signature: string): boolean {
    return this.signatures.has(signature);
  }
}
const MAX_KNOWN = 2_000;

/** A label as both readings can agree on it: a stylesheet may draw it in capitals; the HTML's is kept to 60 characters. */
export function comparableLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().slice(0, MAX_CONTROL_LABEL).toLowerCase();
}

/**
 * The boxes the page's controls open, by label (see `comparableLabel`), as the HTML holds them;
 * null for a label one of whose controls has no box written. A label several controls share is
 * all of their boxes: a `<summary>` and its `<details>` (a class naming it a toggle) are named
 * alike, and which of them the browser offers the HTML cannot tell; opening every box shows all
 * any of them could.
 */
export function boxesByLabel(controls: readonly HtmlControl[]): Map<string, Element[] | null> {
  const boxes = new Map<string, Element[] | null>();
  for (const control of controls) {
    const label = comparableLabel(control.label);
    const known = boxes.get(label);
    if (known === null) continue;
    if (control.box === null) boxes.set(label, null);
    else if (known === undefined) boxes.set(label, [control.box]);
    else if (!known.includes(control.box)) known.push(control.box);
  }
  return boxes;
}

/**
 * The labels of a page's controls as the HTML holds them, comparable with the browser's (see
 * `comparableLabel`); `WORDLESS` among them when one has no words in the HTML (a theme's toggle
 * whose "+" a stylesheet draws), which a browser's control named by a sign alone may be.
 */
export function controlLabels(controls: readonly HtmlControl[]): Set<string> {
  return new Set(controls.map((control) => (control.wordless ? WORDLESS : comparableLabel(control.label))));
}
export const WORDLESS = '\u0000wordless';

/** An element the action finder could offer as a click, and what tells it apart from the same control on other pages of the template. */
export interface HtmlControl {
  /** Its words; its tag's name when it has none in the HTML (`wordless`). */
  label: string;
  wordless: boolean;
  /** Tag, classes, role, id and label: the same for the same control wherever the template repeats it. */
  signature: string;
  /** The signature and what the control governs (see `governedDigest`): the same only where it opens the same content. */
  overContent: string;
  /** The box it opens, as the HTML holds it (see `openedBox`); null when it names none, or it is a chat widget or a "show number" button. */
  box: Element | null;
}

/**
 * The elements the action finder could offer as a click, more generously than it does (it also
 * weighs labels and classes): rendering a page needlessly costs time, missing a control would
 * cost a verdict. A control already known on the site (see `KnownControls` above)
 * is passed over where it comes again. Listed once per page: each box found is a walk of the tree.
 */
export function controlsOf(page: HtmlPage, probes: SnapshotProbes): HtmlControl[] {
  const chatSelectors = probes.selectors.filter((selector) => !/^(?:script|iframe)\b/i.test(selector));
  const controls = page.elements([CONTROL_SELECTOR, ...chatSelectors].join(', '));
  const taken = new Set(controls);
  // A theme's disclosure the action finder knows by its class alone (`span.toggle_header` before its box), as it does.
  const disclosures = page.elements(DISCLOSURE_SELECTOR).filter((el) => !taken.has(el) && opensBoxWithText(el));
  const images = page.elements('img, picture');
  const chats = new Set(chatSelectors.length > 0 ? page.elements(chatSelectors.join(', ')) : []);
  const listed: HtmlControl[] = [];
  for (const el of [...controls, ...disclosures]) {
    if (listed.length >= MAX_CONTROLS) break;
    if (el.name !== 'summary' && insideForm(el)) continue;
    if ('disabled' in el.attribs || el.attribs['aria-disabled'] === 'true') continue;
    if (el.name === 'summary' && el.parent && 'open' in ((el.parent as Element).attribs ?? {})) continue;
    const href = el.attribs.href;
    const { onclick } = el.attribs;
    if (el.name === 'a' && href && !/^(?:javascript:|#$)/i.test(href.trim()) && (onclick === undefined || TRACKER_ONCLICK.test(onclick)) && el.attribs['aria-expanded'] === undefined) continue;
    if (!page.isVisible(el)) continue;
    const inside = images.filter((img) => isInside(img, el));
    // Named as the action finder names it: its words, else its aria-label, title, or its images' alt text.
    const alts = inside.map((img) => img.attribs.alt ?? '').filter(Boolean).join(' ');
    const label = [page.innerText(el), el.attribs['aria-label'], el.attribs.title, el.attribs.value, alts]
      .map((text) => (text ?? '').replace(/\s+/g, ' ').trim()).find(Boolean) ?? '';
    if (inside.length > 0 && isPictureLink(el, label, page.innerText(el))) continue;
    // What the action finder never presses (cookie settings, share, print, log in): no view of it to read.
    if (AVOIDED.test(label)) continue;
    if (!label && el.name === 'a') continue;
    const { class: classes = '', role = '', id = '' } = el.attribs;
    const signature = JSON.stringify([el.name, classes.trim(), role, id, label.slice(0, MAX_CONTROL_LABEL)]);
    // A "show number" button's box may hold a placeholder its script replaces: only the browser can tell.
    const box = chats.has(el) || REVEALS_CONTACT.test(label) ? null : openedBox(page, el, label);
    listed.push({ label: label.slice(0, MAX_CONTROL_LABEL) || el.name, wordless: label === '', signature, overContent: `${signature}${governedDigest(page, el)}`, box });
  }
  return listed;
}
const MAX_CONTROLS = 500;
const REVEALS_CONTACT = new RegExp(CONTROL_WORDS.reveal, 'i');
const AVOIDED = new RegExp(CONTROL_WORDS.avoid, 'i');
const MAX_CONTROL_LABEL = 60;
const PICTURE_LINK_NOT = new RegExp([CONTROL_WORDS.reveal, CONTROL_WORDS.menuLabel, CONTROL_WORDS.chatLabel].map((source) => `(?:${source})`).join('|'), 'i');
const ONCLICK_NAVIGATES = new RegExp(CONTROL_WORDS.navigates, 'i');
const TRACKER_ONCLICK = new RegExp(CONTROL_WORDS.trackerOnclick, 'i');
const CONTROL_CLASS = /menu|toggle|burger|nav|chat|launcher|accordion|collaps|expand|disclosure|tab/i;

/**
 * A picture that is a script link leading nowhere by its markup (a lightbox, a gallery's image),
 * which the action finder passes over: no words of its own, a link or `onclick` only (no button,
 * tab or disclosure by role, ARIA or class), not named as a reveal, menu or chat.
 */
function isPictureLink(el: Element, label: string, words: string): boolean {
  const { attribs } = el;
  if (/[\p{L}\p{N}]/u.test(words) || leadsElsewhere(el) || PICTURE_LINK_NOT.test(label)) return false;
  if (el.name !== 'a' && !('onclick' in attribs)) return false;
  if ('aria-expanded' in attribs || 'aria-controls' in attribs || ['button', 'tab'].includes(attribs.role ?? '')) return false;
  return !CONTROL_CLASS.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
}

/** Markup that takes a script link to another page (see the action finder's own test). */
function leadsElsewhere(el: Element): boolean {
  const { attribs } = el;
  return 'data-href' in attribs || 'data-url' in attribs || 'data-link' in attribs
    || ONCLICK_NAVIGATES.test(attribs.onclick ?? '');
}

function insideForm(el: Element): boolean {
  for (let e = el.parent as Element | null; e && 'name' in e; e = e.parent as Element | null) {
    if (e.name === 'form' || e.attribs['aria-modal'] === 'true' || e.attribs.role === 'alertdialog') return true;
  }
  return false;
}
