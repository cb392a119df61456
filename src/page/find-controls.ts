import type { PageAction } from '../interact/page-actions.js';

/**
 * In-page code that finds the controls a person could activate without leaving the page by a
 * plain link: navigation toggles, `<details>`, accordions, tabs, "show number" buttons, chat
 * launchers, and elements that navigate by script.
 *
 * `findControls(args)` with `args.mode`:
 * - 'list': returns up to `args.max` candidates `{ kind, label, key, template }` in document order;
 * - 'mark': marks the candidate whose key is `args.key` with `data-kontaktkoll-target` and
 *   returns true, so the crawl can click it with a real (trusted) click.
 *
 * A key is kind + label + ordinal among equal kind and label, so the same control is found
 * again after a reload of the page.
 *
 * Controls inside open shadow roots count like any other (web components); Playwright's CSS
 * locators pierce open shadow roots, so the marked control is clicked the same way.
 */

/** Elements that may be controls: what the finder looks at, and what the HTTP reading takes for one (crawl/http/needs-browser.ts). */
export const CONTROL_SELECTOR = 'button, summary, [role=button], [role=tab], [role=link], [aria-expanded], [aria-controls], [onclick], [data-href], [data-url], [data-link], a[href^="javascript:" i], a[href="#"], a:not([href])';

/** Themes' own disclosures without ARIA, found by their class (a control when a box with text follows it). */
export const DISCLOSURE_SELECTOR = '[class*=toggle i], [class*=accordion i], [class*=collaps i]';

/** The words and class names that tell a control's kind, as regular expression sources (flags `i`). */
export const CONTROL_WORDS = {
  reveal: /^(?:visa|vis|se|näytä|pokaż|pokaz|zeige|zeigen|show|reveal|view|display)\s+(?:hela\s+|mer\s+|full\s+|the\s+)?(?:telefon\S*|nummer|numret|nummeret|number|phone\S*|numer\S*|puhelinnumero|tel\.?|kontakt\S*|contact\S*|e-?post\S*|e-?mail\S*|sähköposti\S*|adress\S*|address|öppettider|åbningstider|åpningstider|opening\s+hours)|^(?:ring\s+oss|call\s+us|zadzwoń|soita\s+meille|rufen\s+sie\s+uns\s+an)$/i.source,
  menuLabel: /^(?:meny|menu|menü|valikko|menyn|huvudmeny|main\s+menu|öppna\s+meny(?:n)?|open\s+menu|åbn\s+menu|åpne\s+meny(?:en)?|otwórz\s+menu|avaa\s+valikko|navigation|toggle\s+navigation)$/i.source,
  menuClass: /(?:hamburger|burger|nav-?toggle|menu-?toggle|navbar-toggler|menu-?button|menu-?trigger|mobile-?menu|offcanvas-?toggle|menu-?icon)/i.source,
  chatLabel: /^(?:chatta(?:\s+med\s+\S+(?:\s+\S+)?)?|chatt(?:en)?(?:\s+med\s+oss)?|starta\s+chatt(?:en)?|öppna\s+chatt(?:en)?|chat(?:te)?(?:\s+med\s+(?:os|oss))?|start\s+(?:a\s+)?chat|open\s+chat|live\s?chat|chat(?:\s+with\s+us|\s+now)?|czat(?:\s+z\s+nami)?|rozpocznij\s+czat|chattaa\s+kanssamme|avaa\s+chat|jetzt\s+chatten|chatte\s+mit\s+uns)$/i.source,
  chatClass: /(?:chat-?launcher|chat-?button|chat-?bubble|chat-?toggle|launcher|messenger-?button|intercom-launcher|widget-?launcher)/i.source,
  disclosureClass: /(?:toggle|accordion|collaps|expand|disclosure)/i.source,
  /** A carousel's or gallery's step to its previous, next or n-th slide, by words, an icon font's glyph name or a drawn arrow. */
  stepLabel: /^(?:(?:go\s+to\s+)?(?:prev|previous|next)(?:\s+(?:slide|image|picture|item|photo))?|vorherige[sr]?(?:\s+(?:bild|folie|foto))?|nächste[sr]?(?:\s+(?:bild|folie|foto))?|zurück|weiter|föregående(?:\s+bild)?|nästa(?:\s+bild)?|forrige(?:\s+billede|\s+bilde)?|næste(?:\s+billede)?|neste(?:\s+bilde)?|edellinen(?:\s+kuva)?|seuraava(?:\s+kuva)?|poprzedni[ae]?(?:\s+zdjęcie|\s+slajd)?|następn[ey](?:\s+zdjęcie|\s+slajd)?|anterior|siguiente|vorige|volgende|chevron_(?:left|right)|arrow_(?:back|forward)(?:_ios)?|navigate_(?:before|next)|[‹›«»<>←→❮❯⟨⟩]|(?:go\s+to\s+)?(?:slide|bild|image|folie|foto|kuva|billede|bilde|zdjęcie|slajd|dia|diapositiva)\s*\d+(?:\s+(?:of|von|av|af|z|de|van)\s+\d+)?)$/i.source,
  stepClass: /(?:carousel|slider|swiper|slick|splide|glide|owl-|slide|galleri|gallery)/i.source,
  contactRoute: /^(?:kontakt\S*(?:\s+oss|\s+os)?|kundtjänst|kundservice|kundeservice|kundesenter|asiakaspalvelu|yhteystiedot|obsługa\s+klienta|pomoc|hjälp|hjælp|hjelp|support|help|contact(?:\s+us)?|customer\s+service|impressum)$/i.source,
  /** An `href` that names a page (not `javascript:`, not a place on this one): a link to it leads there from every page. */
  writtenAddress: /^\s*(?!javascript:|#)\S/i.source,
  /**
   * An `onclick` that only tells an analytics or advertising pixel of the click (`fbq('track', …)`,
   * `gtag('event', …)`, `dataLayer.push(…)`), and neither returns a value nor stops the click: a
   * link with it still goes where its `href` says, so it is that link and nothing to press.
   */
  trackerOnclick: /^(?:\s*(?:window\.)?(?:fbq|gtag|ga|_gaq\.push|dataLayer\.push|_paq\.push|_hsq\.push|uetq\.push|plausible|umami\.track|ttq\.track|lintrk|twq|pintrk|rdt|snaptr|ym|clarity|mixpanel\.track|analytics\.track|gtag_report_conversion|goog_report_conversion)\s*\((?:[^()]|\([^()]*\))*\)\s*;?)+\s*$/i.source,
  /** Script in an `onclick` that takes the page elsewhere: a picture with it is a link, not a lightbox. */
  navigates: /\b(?:location|href|open|navigate|assign|replace)\b/i.source,
  avoid: /(?:logga\s+in|log\s*in|sign\s*in|logg\s+inn|kirjaudu|zaloguj|anmelden|köp|buy|kjøb|osta|kup|kaufen|varukorg|kundvagn|cart|basket|kurv|handlekurv|ostoskori|koszyk|warenkorb|kassa|checkout|betala|pay|sök|search|søg|søk|hae|szukaj|suche|skriv\s+ut|print|dela|share|stäng|close|luk|lukk|sulje|zamknij|schließen|acceptera|accept|akzeptier|aceptar|hyväksy|godta|zaakceptuj|godkänn|neka|reject|avvisa|cookie|språk|language|english|svenska|dansk|norsk|suomi|polski|deutsch|logout|logga\s+ut|radera|delete|ta\s+bort|remove|prenumerera|subscribe|skicka|send|wyślij|lähetä|senden)/i.source,
};

export type ControlWords = typeof CONTROL_WORDS;

export type FindControlsArgs =
  | { mode: 'list'; max: number; chatSelectors: readonly string[]; words: ControlWords; selector: string; disclosureSelector: string }
  | { mode: 'mark'; key: string; chatSelectors: readonly string[]; words: ControlWords; selector: string; disclosureSelector: string };

/** The args for `findControls` but what the call asks. */
export const CONTROL_VOCABULARY = { words: CONTROL_WORDS, selector: CONTROL_SELECTOR, disclosureSelector: DISCLOSURE_SELECTOR };

type Kind = PageAction['kind'];

/** In-page: see above. Self-contained: the browser receives this function's source, nothing it closes over. */
export function findControls(args: FindControlsArgs): PageAction[] | boolean {
  const MAX_SCAN = 1500;
  const MAX_WALK = 20000;
  const MAX_SHADOW_ROOTS = 200;
  const words = args.words;
  const REVEAL = new RegExp(words.reveal, 'i');
  const MENU_LABEL = new RegExp(words.menuLabel, 'i');
  const MENU_CLASS = new RegExp(words.menuClass, 'i');
  const CHAT_LABEL = new RegExp(words.chatLabel, 'i');
  const CHAT_CLASS = new RegExp(words.chatClass, 'i');
  // A theme's own disclosure with no ARIA at all: the class says what it is, the hidden box after it what it opens.
  const DISCLOSURE_CLASS = new RegExp(words.disclosureClass, 'i');
  const CONTACT_ROUTE = new RegExp(words.contactRoute, 'i');
  const AVOID = new RegExp(words.avoid, 'i');
  const NAVIGATES = new RegExp(words.navigates, 'i');
  const WRITTEN_ADDRESS = new RegExp(words.writtenAddress, 'i');
  const TRACKER_ONCLICK = new RegExp(words.trackerOnclick, 'i');
  const clean = (text: unknown) => String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);

  const isVisible = (el: Element) => {
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return false;
    if (rect.right <= 0 || rect.bottom + window.scrollY <= 0) return false;
    return true;
  };
  // An icon-only control ("☰") is named by its aria-label, as a screen reader would name it.
  const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);
  const labelOf = (el: HTMLElement) => (hasWords(clean(el.innerText)) ? clean(el.innerText) : '') || clean(el.getAttribute('aria-label')) || clean(el.getAttribute('title'))
    || clean(Array.from(el.querySelectorAll('img[alt]')).map((img) => (img as HTMLImageElement).alt).join(' '))
    || clean(el.querySelector('svg title')?.textContent);
  const classWords = (el: Element) => String(el.id || '') + ' ' + String(typeof (el as HTMLElement).className === 'string' ? (el as HTMLElement).className : (el.getAttribute('class') ?? ''));
  const controlsTargetHidden = (el: Element) => {
    const ids = (el.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
    const root = el.getRootNode() as Document | ShadowRoot;
    return ids.some((id) => {
      const target = ('getElementById' in root ? root : document).getElementById(id);
      return target !== null && !isVisible(target);
    });
  };
  const opensHiddenNext = (el: Element) => {
    const next = el.nextElementSibling;
    return !!next && !isVisible(next) && /\S/.test(next.textContent ?? '');
  };
  // Element.closest, out of shadow roots to their hosts.
  const closestAcross = (el: Element, selector: string): Element | null => {
    let e: Element | null = el;
    for (let hops = 0; e && hops < 20; hops++) {
      const hit = e.closest(selector);
      if (hit) return hit;
      e = (e.getRootNode() as ShadowRoot).host ?? null;
    }
    return null;
  };
  const inNav = (el: Element) => !!closestAcross(el, 'nav, [role=navigation], header, [role=banner]');
  const MAX_SCOPE_TEXT = 4000;
  const MAX_SCOPE_LINKS = 200;
  // FNV-1a over UTF-16 code units: a short name for a long text, the same in every tab.
  const digest = (text: string) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0).toString(16).padStart(8, '0') + text.length.toString(36);
  };
  // What a control governs: the panels it names, else the landmark it sits in (a site menu), else its parent.
  const governed = (el: Element): Element[] => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const named = (el.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean)
      .map((id) => ('getElementById' in root ? root : document).getElementById(id)).filter((target): target is HTMLElement => target !== null);
    if (named.length > 0) return named;
    const landmark = closestAcross(el, 'nav, [role=navigation], header, [role=banner], footer, [role=contentinfo], aside');
    return [landmark ?? el.parentElement ?? el];
  };
  // A link's target as every page of the template has it: one within the page ("#top") is the same on each.
  const targetOf = (a: HTMLAnchorElement) => {
    const written = (a.getAttribute('href') ?? '').trim();
    return written.startsWith('#') ? written : a.href;
  };
  const templateOf = (el: HTMLElement, kind: Kind, label: string) => {
    // Not its classes: a theme marks the current section's item ("active") on one page and not the next.
    const parts = [kind, label, el.tagName, ...['onclick', 'href', 'data-href', 'data-url', 'data-link', 'aria-controls'].map((name) => el.getAttribute(name) ?? '')];
    // A script link to an address written in it ("Book now" with a tracker's onclick) leads there from every
    // page: what it stands among (a menu whose language link names this page) does not tell it apart.
    if (kind === 'link' && el.tagName === 'A' && WRITTEN_ADDRESS.test(el.getAttribute('href') ?? '')) {
      return digest([kind, label, el.tagName, el.getAttribute('onclick') ?? '', (el as HTMLAnchorElement).href].join('\u0001'));
    }
    for (const scope of governed(el)) {
      parts.push(String(scope.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SCOPE_TEXT));
      for (const a of Array.from(scope.querySelectorAll('a[href]')).slice(0, MAX_SCOPE_LINKS)) parts.push(targetOf(a as HTMLAnchorElement));
    }
    return digest(parts.join('\u0001'));
  };
  // The page and every open shadow root in it (bounded), in document order of their hosts.
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length && roots.length < MAX_SHADOW_ROOTS; i++) {
    const walker = document.createTreeWalker(roots[i]!, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode() as Element | null, walked = 0; n && walked < MAX_WALK && roots.length < MAX_SHADOW_ROOTS; n = walker.nextNode() as Element | null, walked++) {
      if (n.shadowRoot) roots.push(n.shadowRoot);
    }
  }
  const queryAll = (sel: string) => roots.flatMap((root) => Array.from(root.querySelectorAll<HTMLElement>(sel)));
  const probeSelectors = args.chatSelectors.filter((sel) => !/^(?:script|iframe)\b/i.test(sel));

  const imageOnly = (el: HTMLElement) => !hasWords(clean(el.innerText)) && el.querySelector('img, picture') !== null;
  const leadsElsewhere = (el: HTMLElement) => el.hasAttribute('data-href') || el.hasAttribute('data-url') || el.hasAttribute('data-link')
    || NAVIGATES.test(el.getAttribute('onclick') ?? '');
  const kindOf = (el: HTMLElement, label: string): Kind | null => {
    const tag = el.tagName;
    if (tag === 'SUMMARY') return 'reveal';
    const words = classWords(el);
    if (CHAT_LABEL.test(label) || (CHAT_CLASS.test(words) && /chat|messenger|intercom|launcher/i.test(words))) return 'chat';
    for (const sel of probeSelectors) {
      try {
        if (el.matches(sel) || el.closest(sel)) return 'chat';
      } catch {
        // A bad selector is skipped.
      }
    }
    if (REVEAL.test(label)) return 'reveal';
    if (el.getAttribute('role') === 'tab') return el.getAttribute('aria-selected') === 'true' ? null : 'reveal';
    const expanded = el.getAttribute('aria-expanded');
    if (MENU_LABEL.test(label) || MENU_CLASS.test(words)) return 'menu';
    if (expanded === 'false' || controlsTargetHidden(el)) return inNav(el) ? 'menu' : 'reveal';
    if (DISCLOSURE_CLASS.test(words) && opensHiddenNext(el)) return inNav(el) ? 'menu' : 'reveal';
    const href = tag === 'A' ? (el.getAttribute('href') ?? '') : null;
    const scripted = el.hasAttribute('onclick') || el.hasAttribute('data-href') || el.hasAttribute('data-url') || el.hasAttribute('data-link')
      || (href !== null && (/^javascript:/i.test(href) || href === '#' || href === ''))
      || (el.getAttribute('role') === 'link' && href === null);
    // A picture that is a script link and leads nowhere by its markup opens itself larger (a lightbox,
    // a gallery): what it shows is the picture, whose words (its alt text) are read already.
    if (scripted && imageOnly(el) && !leadsElsewhere(el)) return null;
    // Listeners added by script leave no trace in the DOM: a button named like a contact route is worth a click.
    const isButton = tag === 'BUTTON' || el.getAttribute('role') === 'button';
    return scripted || (isButton && CONTACT_ROUTE.test(label)) ? 'link' : null;
  };

  const seen = new Set<Element>();
  const candidates: PageAction[] = [];
  const counts = new Map<string, number>();
  // Theme disclosures without ARIA are found by their class.
  const selector = args.selector + ', ' + args.disclosureSelector
    + (probeSelectors.length ? ', ' + probeSelectors.join(', ') : '');
  let nodes: HTMLElement[] = [];
  try {
    nodes = queryAll(selector).slice(0, MAX_SCAN);
  } catch {
    nodes = queryAll('button, summary, [role=button], [aria-expanded], [onclick]').slice(0, MAX_SCAN);
  }
  for (const el of nodes) {
    if (seen.has(el)) continue;
    seen.add(el);
    // The control just pressed to open this view: pressed again it closes what it opened, whatever its label now says ("Read less").
    if (args.mode === 'list' && el.hasAttribute('data-kontaktkoll-target')) continue;
    if (closestAcross(el, 'form, [aria-modal=true], [role=alertdialog]') && el.tagName !== 'SUMMARY') continue;
    if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') continue;
    if (el.tagName === 'SUMMARY' && el.parentElement && (el.parentElement as HTMLDetailsElement).open) continue;
    const href = el.getAttribute('href');
    // A link to a written address is read as a link, unless a script on it may do something else.
    const onclick = el.getAttribute('onclick');
    if (el.tagName === 'A' && href && !/^(?:javascript:|#$)/i.test(href) && (onclick === null || TRACKER_ONCLICK.test(onclick)) && el.getAttribute('aria-expanded') === null) continue;
    if (!isVisible(el)) continue;
    // An icon-only disclosure ("+") is named by what a person sees on it.
    const label = labelOf(el) || (DISCLOSURE_CLASS.test(classWords(el)) && opensHiddenNext(el) ? '+' : '');
    if (!label || AVOID.test(label)) continue;
    const kind = kindOf(el, label);
    if (!kind) continue;
    const base = kind + '|' + label.toLowerCase();
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    const key = base + '|' + n;
    if (args.mode === 'mark') {
      if (key === args.key) {
        queryAll('[data-kontaktkoll-target]').forEach((old) => old.removeAttribute('data-kontaktkoll-target'));
        el.setAttribute('data-kontaktkoll-target', '1');
        // Remember that the click arrived, so a fallback never clicks a second time (and closes what the first opened).
        el.addEventListener('click', () => {
          (el as HTMLElement & { __kontaktkollClicked?: boolean }).__kontaktkollClicked = true;
        }, { capture: true, once: true });
        return true;
      }
      continue;
    }
    candidates.push({ kind, label, key, template: templateOf(el, kind, label) });
  }
  if (args.mode === 'mark') return false;
  const rank: Record<Kind, number> = { reveal: 0, menu: 1, chat: 2, link: 3 };
  return candidates.map((c, i) => ({ c, i })).sort((a, b) => rank[a.c.kind] - rank[b.c.kind] || a.i - b.i).slice(0, args.max).map((x) => x.c);
}
