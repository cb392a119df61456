import { createHash } from 'node:crypto';
import type { PageLink, PageSnapshot } from '../../model/page-snapshot.js';

/**
 * The links of a page's chrome (its header, menu and footer), which every page built from the
 * same template repeats. A stylesheet decides which of them a person sees (a dropdown's items
 * until hovered, a language switcher) and how their labels are drawn (in capitals), and only the
 * browser can tell; so the browser's reading of one page teaches how the same links read on
 * every page, and the `auto` engine need not render each page only to hide the same submenu again.
 */
const CHROME_REGIONS: ReadonlySet<PageLink['region']> = new Set(['header', 'nav', 'footer']);
/** Chrome links learnt per site: a site has a few hundred; a bound keeps a hostile one from growing it. */
const MAX_LINKS = 5_000;

/** What the browser shows of each chrome link of the HTML, in order: its label, or null when hidden. */
type ChromeShown = Array<string | null>;

export function isChrome(link: Pick<PageLink, 'region'>): boolean {
  return CHROME_REGIONS.has(link.region);
}

/**
 * How the browser shows the chrome links of the HTML: each HTML link is matched, in order, with
 * the next browser link of the same target and region, or taken as hidden. Null when the browser
 * shows a chrome link the HTML lacks (a script added it): no reading of the HTML can give that.
 * A link with no words to a target no HTML link of the chrome has is passed over: an icon drawn
 * by a font (`<a href="#"><i class="fa-…"></i></a>`) has a box in the browser and no text in the
 * markup, and names nothing the crawl could take from the HTML either way. So is one to a target
 * the HTML has, when the links match only without it: a worded link to that target follows.
 */
export function chromeShown(http: readonly PageLink[], browser: readonly PageLink[]): ChromeShown | null {
  const targets = new Set(http.filter(isChrome).map((link) => link.href));
  const shown = browser.filter((link) => isChrome(link) && (link.text !== '' || targets.has(link.href)));
  // A logo an image component draws links the start page beside the menu's worded "Home": wordless, it has no box in the markup.
  return matchedInOrder(http, shown) ?? matchedInOrder(http, shown.filter((link) => link.text !== ''));
}

function matchedInOrder(http: readonly PageLink[], shown: readonly PageLink[]): ChromeShown | null {
  let next = 0;
  const out: ChromeShown = [];
  const chrome = http.filter(isChrome);
  const sameTarget = (a: PageLink, b: PageLink) => a.href === b.href && a.region === b.region;
  chrome.forEach((link, index) => {
    const match = shown[next];
    // A hidden dropdown item ("Contact details") ahead of the shown link to the same page ("Find a dealer"): the shown one is the later link with its words.
    const later = match && !sameWords(link, match) && chrome.slice(index + 1).some((other) => sameTarget(other, match) && sameWords(other, match));
    if (match && sameTarget(match, link) && !later) {
      out.push(match.text);
      next++;
    } else {
      out.push(null);
    }
  });
  return next === shown.length ? out : null;
}

function sameWords(a: PageLink, b: PageLink): boolean {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return words(a.text) === words(b.text);
}

/**
 * Each chrome link of a page as the HTML has it, with how many times the same link came before
 * it on the page: a theme that writes its menu twice (one for the desktop, one for the phone)
 * repeats both on every page, and a stylesheet shows one copy and hides the other.
 */
function keysOf(links: readonly PageLink[], named: (link: PageLink) => unknown[] = (link) => [link.region, link.href, link.text]): string[] {
  const seen = new Map<string, number>();
  return links.map((link) => {
    const base = JSON.stringify(named(link));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
}

/**
 * Each chrome link of a page by its words and place alone, whatever its target: a language
 * switcher names each page's own translation (`/en/sample` on one page, `/en/contact` on the
 * next), so its links are new to `keysOf` on every page, though the template and its stylesheet
 * are the same.
 */
function placesOf(links: readonly PageLink[]): string[] {
  return keysOf(links, (link) => [link.region, link.text]);
}

/** Different targets a chrome link must have been seen hidden with, in one place, before its place alone hides it (see `ChromeTemplates.hiddenPlaces`). */
const PLACE_HIDDEN_AFTER = 2;

/** How the browser showed each chrome link of the site's templates, learnt link by link from the pages it rendered. */
export class ChromeTemplates {
  /** By `keyOf`: the label the browser drew, or null for hidden. */
  private readonly shown = new Map<string, string | null>();
  /** Links the browser showed one way on one page (or in one place) and another way elsewhere: left as the HTML has them. */
  private readonly ambiguous = new Set<string>();
  /**
   * By `placesOf`: the targets of the links the browser hid there. A place hidden with two
   * targets is a link the template writes per page (a language switcher in a dropdown), and hides
   * on a page not rendered yet. Never a place where any page showed a link.
   */
  private readonly hiddenPlaces = new Map<string, Set<string>>();
  private readonly shownPlaces = new Set<string>();

  /**
   * Learns from a page read both ways. A view that offers controls teaches too: a page whose HTML
   * has a control (a menu button) is rendered in any case (see needs-browser.ts), so what is
   * learnt here only ever stands for pages a person reads without pressing anything.
   */
  learn(http: readonly PageLink[], browser: readonly PageLink[]): void {
    const shown = chromeShown(http, browser);
    if (!shown) return;
    const chrome = http.filter(isChrome);
    placesOf(chrome).forEach((place, index) => this.learnPlace(place, chrome[index]!.href, shown[index]!));
    keysOf(chrome).forEach((key, index) => {
      if (this.ambiguous.has(key)) return;
      const label = shown[index]!;
      const known = this.shown.get(key);
      if (known !== undefined && known !== label) {
        this.shown.delete(key);
        this.ambiguous.add(key);
      } else if (known === undefined && this.shown.size < MAX_LINKS) {
        this.shown.set(key, label);
      }
    });
  }

  private learnPlace(place: string, href: string, label: string | null): void {
    if (this.shownPlaces.has(place)) return;
    if (label !== null) {
      this.hiddenPlaces.delete(place);
      if (this.shownPlaces.size < MAX_LINKS) this.shownPlaces.add(place);
      return;
    }
    const targets = this.hiddenPlaces.get(place) ?? new Set<string>();
    if (!this.hiddenPlaces.has(place) && this.hiddenPlaces.size >= MAX_LINKS) return;
    if (targets.size < PLACE_HIDDEN_AFTER) targets.add(href);
    this.hiddenPlaces.set(place, targets);
  }

  /** The HTML's links with each chrome link already learnt as the browser showed it (hidden ones left out). */
  apply(links: PageLink[]): PageLink[] {
    if (this.shown.size === 0) return links;
    const out: PageLink[] = [];
    const chrome = links.filter(isChrome);
    const keys = new Map(keysOf(chrome).map((key, index) => [chrome[index]!, key]));
    const places = new Map(placesOf(chrome).map((place, index) => [chrome[index]!, place]));
    for (const link of links) {
      const key = keys.get(link);
      const learnt = key === undefined ? undefined : this.shown.get(key);
      const label = key === undefined || learnt !== undefined ? learnt : this.hiddenByPlace(key, places.get(link)!);
      if (label === undefined) out.push(link);
      else if (label !== null) out.push(label === link.text ? link : { ...link, text: label });
    }
    return out;
  }

  /**
   * The places (as signatures) of this page's chrome links, not learnt by target, where the
   * browser hid a link with one other target so far: one render more tells whether the template
   * hides that place on every page (see `hiddenPlaces`).
   */
  unsettled(links: readonly PageLink[]): string[] {
    const chrome = links.filter(isChrome);
    const keys = keysOf(chrome);
    return placesOf(chrome).filter((place, index) => {
      const key = keys[index]!;
      const targets = this.hiddenPlaces.get(place);
      return !this.shown.has(key) && !this.ambiguous.has(key) && targets?.size === 1 && !targets.has(chrome[index]!.href);
    }).map((place) => `chrome-place:${place}`);
  }

  /** Null (hidden) for a link not learnt by its target whose place the browser hid with several targets; else undefined, not known. */
  private hiddenByPlace(key: string, place: string): null | undefined {
    if (this.ambiguous.has(key)) return undefined;
    return (this.hiddenPlaces.get(place)?.size ?? 0) >= PLACE_HIDDEN_AFTER ? null : undefined;
  }
}

/**
 * The chromes (header, menu and footer: their links and text, as the HTML reads them with the
 * templates learnt) of the pages whose two readings agreed, contact route in them included. A
 * page whose HTML writes the same chrome shows a person what that page showed: the browser need
 * not read it again only to see that its menu lacks a contact route, as the template's does.
 */
export class AgreedChromes {
  private readonly digests = new Set<string>();

  /** Adds a chrome, by `chromeDigest`. */
  add(digest: string): void {
    if (this.digests.size < MAX_CHROMES) this.digests.add(digest);
  }

  has(digest: string): boolean {
    return this.digests.has(digest);
  }
}
type ChromeOf = Pick<PageSnapshot, 'links' | 'blocks'>;
/** Chromes kept per site: a site has a few templates; a bound keeps a hostile one from growing it. */
const MAX_CHROMES = 1_000;
const HEADING = /^h[1-6]$/i;

/**
 * A page's chrome (its header, menu and footer links and text), as one digest. Headings are left
 * out: a template that writes each page's own title into its header (a hand-made site's legal
 * pages, a theme's title bar) is one chrome, whose links and text are the same on every page.
 * Links count by where they lead, not by their words: a hand-made site copies its menu into every
 * page and edits a logo's alt text on some ("", "Logo Natural Beauty"), which is the same template
 * to a stylesheet; whether a page's chrome has a contact route is read from its own words.
 */
export function chromeDigest({ links, blocks }: ChromeOf): string {
  const hash = createHash('sha1');
  for (const link of links) if (isChrome(link)) hash.update(JSON.stringify(['link', link.region, link.href]));
  for (const block of blocks) if (CHROME_REGIONS.has(block.region) && !HEADING.test(block.tag)) hash.update(JSON.stringify(['block', block.region, block.text]));
  return hash.digest('base64url');
}
