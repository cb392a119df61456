import type { PageLink } from '../../model/page-snapshot.js';

/**
 * The links of a page's chrome (its header, menu and footer), which every page built from the
 * same template repeats. A stylesheet decides which of them a person sees (a dropdown's items
 * until hovered, a language switcher), and only the browser can tell; so the browser's reading
 * of one page teaches how the HTML of every page with that same chrome reads, and the `auto`
 * engine need not render each page only to hide the same submenu again.
 */
const CHROME_REGIONS: ReadonlySet<PageLink['region']> = new Set(['header', 'nav', 'footer']);
/** Templates learnt per site: a site has a handful; a bound keeps a hostile one from growing it. */
const MAX_TEMPLATES = 50;

/** What the browser shows of each chrome link of the HTML, in order: its label, or null when hidden. */
type ChromeShown = Array<string | null>;

export function isChrome(link: PageLink): boolean {
  return CHROME_REGIONS.has(link.region);
}

/** The chrome as the HTML has it, as a key: two pages with the same key share their template's chrome. */
function chromeKey(links: readonly PageLink[]): string | null {
  const chrome = links.filter(isChrome);
  return chrome.length === 0 ? null : JSON.stringify(chrome.map((link) => [link.region, link.href, link.text]));
}

/**
 * How the browser shows the chrome links of the HTML: each HTML link is matched, in order, with
 * the next browser link of the same target and region, or taken as hidden. Null when the browser
 * shows a chrome link the HTML lacks (a script added it): no reading of the HTML can give that.
 */
export function chromeShown(http: readonly PageLink[], browser: readonly PageLink[]): ChromeShown | null {
  const shown = browser.filter(isChrome);
  let next = 0;
  const out: ChromeShown = [];
  for (const link of http.filter(isChrome)) {
    const match = shown[next];
    if (match && match.href === link.href && match.region === link.region) {
      out.push(match.text);
      next++;
    } else {
      out.push(null);
    }
  }
  return next === shown.length ? out : null;
}

/** The chrome of each template the browser has read on this site, and how it showed it. */
export class ChromeTemplates {
  private readonly learnt = new Map<string, ChromeShown>();

  /**
   * Learns from a page read both ways. Only a view that offered no in-page control teaches: a
   * menu a person opens (a hamburger) is an action the HTML cannot offer, so its links are no
   * stylesheet's matter.
   */
  learn(http: readonly PageLink[], browser: readonly PageLink[], offeredControls: boolean): void {
    if (offeredControls || this.learnt.size >= MAX_TEMPLATES) return;
    const key = chromeKey(http);
    if (key === null || this.learnt.has(key)) return;
    const shown = chromeShown(http, browser);
    if (shown && shown.some((label, index) => label !== http.filter(isChrome)[index]!.text)) this.learnt.set(key, shown);
  }

  /** The HTML's links as the browser would show them, where the page's chrome is one already learnt. */
  apply(links: PageLink[]): PageLink[] {
    const key = chromeKey(links);
    const shown = key === null ? undefined : this.learnt.get(key);
    if (!shown) return links;
    let index = 0;
    const out: PageLink[] = [];
    for (const link of links) {
      if (!isChrome(link)) {
        out.push(link);
        continue;
      }
      const label = shown[index++];
      if (label !== null && label !== undefined) out.push({ ...link, text: label });
    }
    return out;
  }
}
