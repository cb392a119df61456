import type { InPageSteps } from './in-page.js';
/**
 * In-page code for cookie-consent dialogs that no consent-platform rule knows: finds a visible
 * box that talks about cookies and offers buttons, and picks the button a privacy-minded
 * person would press: "only necessary" / "reject" first, then "save choices", then "accept".
 * Words in sv, da, nb, fi, pl, de and en.
 *
 * `consentDialog(args)`: mode 'detect' returns `{ found, covered, platform }`; 'mark' marks the
 * chosen button with `data-kontaktkoll-consent` and returns its label (or '').
 *
 * `platform`: an element matching `platformSelectors` (known consent platforms' containers) is
 * shown, by Playwright's test of visibility (a box with a size, not `visibility: hidden`), so
 * one call into the page answers both questions. `found`: a dialog of either kind is shown.
 *
 * `covered`: some contact detail (tel:/mailto: link, `<address>`, the footer) cannot be seen
 * because the dialog lies over it or blocks the page.
 */

/** What a consent dialog says and what its buttons are called, as regular expression sources (flags `i`). */
export const CONSENT_WORDS = {
  about: /cookie|kakor|kaka|samtycke|consent|evästeet|ciasteczk|pliki\s+cookie|datenschutz|einwilligung|privacy|integritet|personuppgifter|samtykke|informasjonskapsler/i.source,
  necessary: /^(?:endast\s+nödvändiga(?:\s+cookies|\s+kakor)?|bara\s+nödvändiga(?:\s+cookies|\s+kakor)?|använd\s+endast\s+nödvändiga(?:\s+cookies|\s+kakor)?|neka(?:\s+alla)?|avvisa(?:\s+alla)?|avböj(?:\s+alla)?|kun\s+nødvendige(?:\s+cookies)?|kun\s+nødvendige\s+informasjonskapsler|afvis(?:\s+alle)?|avvis(?:\s+alle)?|afslå(?:\s+alle)?|vain\s+välttämättömät(?:\s+evästeet)?|hylkää(?:\s+kaikki)?|kieltäydy|tylko\s+niezbędne(?:\s+pliki\s+cookie)?|odrzuć(?:\s+wszystkie)?|nur\s+notwendige(?:\s+cookies)?|nur\s+essenzielle(?:\s+cookies)?|ablehnen|alle\s+ablehnen|only\s+necessary(?:\s+cookies)?|necessary\s+only|essential\s+only|only\s+essential(?:\s+cookies)?|reject(?:\s+all)?(?:\s+cookies)?|decline(?:\s+all)?|deny(?:\s+all)?|refuse(?:\s+all)?)$/i.source,
  save: /^(?:spara(?:\s+mina)?\s+(?:val|inställningar)|bekräfta\s+(?:mina\s+)?val|gem\s+(?:mine\s+)?valg|lagre\s+(?:mine\s+)?valg|tallenna\s+valinnat|zapisz\s+(?:moje\s+)?wybory|auswahl\s+speichern|save\s+(?:my\s+)?(?:choices|preferences|settings))$/i.source,
  accept: /^(?:acceptera(?:\s+alla)?(?:\s+cookies|\s+kakor)?|godkänn(?:\s+alla)?(?:\s+cookies|\s+kakor)?|jag\s+godkänner|ok|okej|accepter(?:\s+alle)?|tillad\s+alle|godta(?:\s+alle)?|hyväksy(?:\s+kaikki)?|akceptuj(?:\s+wszystkie)?|zgadzam\s+się|alle\s+akzeptieren|akzeptieren|zustimmen|accept(?:\s+all)?(?:\s+cookies)?|allow\s+all|agree|i\s+agree|got\s+it|(?:ok,?\s+)?(?:jag\s+förstår|förstått|jeg\s+forstår|forstået|ymmärrän|rozumiem|verstanden|i\s+understand|understood|i\s+agree|got\s+it))$/i.source,
};

export interface ConsentDialogArgs {
  mode: 'detect' | 'mark';
  /** Known consent platforms' containers, one selector list. */
  platformSelectors: string;
  words: typeof CONSENT_WORDS;
}

export interface ConsentSeen {
  found: boolean;
  covered: boolean;
  platform: boolean;
}

/** In-page: see above. Self-contained: the browser receives this function's source, nothing it closes over. */
export function consentDialog({ mode, platformSelectors, words }: ConsentDialogArgs): ConsentSeen | string {
  const ABOUT = new RegExp(words.about, 'i');
  const NECESSARY = new RegExp(words.necessary, 'i');
  const SAVE = new RegExp(words.save, 'i');
  const ACCEPT = new RegExp(words.accept, 'i');
  const clean = (text: unknown) => String(text ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => {
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1;
  };
  const labelOf = (button: HTMLElement) => clean(button.innerText || (button as HTMLInputElement).value || button.getAttribute('aria-label'));
  const boxes: Array<{ el: HTMLElement; buttons: HTMLElement[] }> = [];
  const seen = new Set<Element>();
  const candidates = document.querySelectorAll<HTMLElement>('dialog, [role=dialog], [role=alertdialog], [aria-modal=true], [id*=cookie i], [class*=cookie i], [id*=consent i], [class*=consent i], [id*=gdpr i], [class*=gdpr i], body > div, body > section, body > aside');
  for (const el of Array.from(candidates).slice(0, 400)) {
    if (seen.has(el) || !visible(el)) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const floating = style.position === 'fixed' || style.position === 'sticky' || el.matches('dialog, [role=dialog], [role=alertdialog], [aria-modal=true]');
    if (!floating) continue;
    const text = clean(el.innerText).slice(0, 3000);
    if (!ABOUT.test(text)) continue;
    // A banner script's own "button" is often a span or div named so ("cookieBar-agreeBtn"); its label still decides.
    const buttons = Array.from(el.querySelectorAll<HTMLElement>('button, [role=button], a, input[type=button], input[type=submit], [id*=btn i], [class*=btn i], [id*=button i], [class*=button i], [id*=agree i], [class*=agree i], [id*=accept i], [class*=accept i], [onclick]')).filter(visible).slice(0, 40);
    if (buttons.length === 0) continue;
    boxes.push({ el, buttons });
  }
  if (mode === 'mark') {
    for (const pattern of [NECESSARY, SAVE, ACCEPT]) {
      for (const box of boxes) {
        const button = box.buttons.find((b) => pattern.test(labelOf(b)));
        if (button) {
          button.setAttribute('data-kontaktkoll-consent', '1');
          return labelOf(button).slice(0, 80);
        }
      }
    }
    return '';
  }
  const shown = (el: Element): boolean => {
    const style = getComputedStyle(el);
    if (style.display === 'contents') return Array.from(el.children).some(shown);
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return false;
    if (style.visibility !== 'visible') return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  let platform = false;
  try {
    platform = Boolean(platformSelectors) && Array.from(document.querySelectorAll(platformSelectors)).slice(0, 50).some(shown);
  } catch {
    platform = false;
  }
  if (boxes.length === 0) return { found: platform, covered: false, platform };
  const inBox = (node: Element) => boxes.some((box) => box.el.contains(node));
  let covered = false;
  const contacts = Array.from(document.querySelectorAll('a[href^="tel:" i], a[href^="mailto:" i], address, footer, [role=contentinfo]')).filter(visible).slice(0, 20);
  const x0 = window.scrollX;
  const y0 = window.scrollY;
  for (const el of contacts) {
    if (inBox(el)) continue;
    // 'instant': a page's `scroll-behavior: smooth` would still be on its way when the point is tested.
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 40), 1), innerWidth - 1);
    const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 20), 1), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit && !el.contains(hit) && !hit.contains(el)) {
      covered = true;
      break;
    }
  }
  window.scrollTo({ left: x0, top: y0, behavior: 'instant' });
  return { found: true, covered, platform };
}

/**
 * In-page: true when `consentDialog` sees no dialog, of a known platform
 * or any other. Self-contained: the browser receives this function's source alone.
 */
export function noDialogSeen(steps: InPageSteps<{ seen: ConsentSeen | string }>): boolean {
  const seen = steps.seen();
  return typeof seen === 'object' && !seen.found;
}
