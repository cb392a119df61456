import type { PageLink, TextBlock } from '../../model/page-snapshot.js';
import type { PageReading } from '../visit-page.js';
import { isChrome } from './chrome-template.js';

/**
 * A header, menu and footer that a script writes into every page (an include loader that fetches
 * `navigation.html` into an empty `<div>`, a `navbar.js` that sets a `<nav>`'s `innerHTML`): the
 * HTML of each page has none of it, the browser shows the same on each. Learnt from a page
 * rendered, it stands for the pages whose HTML has no chrome either and that load every script
 * the pages it was learnt from have in common; any other page is rendered as before. The links
 * it writes may be relative, so it stands for the pages of the folder it was learnt in, and for
 * the whole site once pages of two folders showed the same. A page taken from its HTML this way
 * is still rendered and compared before a finding behind it counts, like any other.
 */
export class ScriptChromes {
  private readonly byFolder = new Map<string, Learnt | 'varies'>();
  /** The chrome two folders showed alike (so its links name the same pages from anywhere); 'varies' once two differed. */
  private anywhere: Learnt | 'varies' | null = null;

  /**
   * Learns from a page read both ways, when its HTML has no chrome and the browser's chrome comes
   * before and after all else it shows. A folder whose pages showed two different chromes is
   * never taken from its HTML again for it.
   */
  learn(html: PageReading, browser: PageReading): void {
    const folder = folderOf(html.url);
    if (folder === null || hasChrome(html) || this.byFolder.get(folder) === 'varies' || !ownContentInHtml(html, browser)) return;
    const chrome = chromeOf(browser);
    if (chrome === null) return;
    const seen: Learnt = { chrome, digest: digestOf(chrome), scripts: new Set(html.scriptSrcs) };
    const known = this.byFolder.get(folder) as Learnt | undefined;
    if (known && known.digest !== seen.digest) {
      this.byFolder.set(folder, 'varies');
      return;
    }
    if (known) narrow(known, seen);
    else if (this.byFolder.size < MAX_FOLDERS) this.byFolder.set(folder, seen);
    const elsewhere = [...this.byFolder].find(([other, learnt]) => other !== folder && learnt !== 'varies');
    if (this.anywhere === 'varies' || !elsewhere) return;
    if (this.anywhere === null) {
      const other = elsewhere[1] as Learnt;
      if (other.digest === seen.digest) this.anywhere = { ...seen, scripts: new Set([...seen.scripts].filter((src) => other.scripts.has(src))) };
    } else if (this.anywhere.digest === seen.digest) {
      narrow(this.anywhere, seen);
    } else {
      this.anywhere = 'varies';
    }
  }

  /** The page's reading with the chrome a script writes into it, when one learnt stands for the page (see above). */
  apply(html: PageReading): PageReading {
    const folder = folderOf(html.url);
    const known = folder === null ? null : this.byFolder.get(folder) ?? this.anywhere;
    if (!known || known === 'varies' || known.scripts.size === 0 || hasChrome(html)) return html;
    if (![...known.scripts].every((src) => html.scriptSrcs.includes(src))) return html;
    const { links, blocks } = known.chrome;
    return {
      ...html,
      links: [...links.before, ...html.links, ...links.after],
      blocks: [...blocks.before, ...html.blocks, ...blocks.after],
    };
  }
}

/** Only the scripts every page showing a chrome loads can have written it. */
function narrow(known: Learnt, seen: Learnt): void {
  for (const src of known.scripts) if (!seen.scripts.has(src)) known.scripts.delete(src);
}

interface Around<T> {
  before: T[];
  after: T[];
}

interface Chrome {
  links: Around<PageLink>;
  blocks: Around<TextBlock>;
}

interface Learnt {
  chrome: Chrome;
  digest: string;
  /** The scripts every page it was learnt from loads. */
  scripts: Set<string>;
}

/** Folders learnt per site: a bound against a hostile site. */
const MAX_FOLDERS = 1_000;

function hasChrome(reading: Pick<PageReading, 'links' | 'blocks'>): boolean {
  return reading.links.some(isChrome) || reading.blocks.some(isChrome);
}

/**
 * The page's own content (all but the chrome) is in its HTML: every page it links to, and at
 * least half its text. A single-page app's shell, whose script draws the content too, teaches
 * nothing: a page read with its chrome alone would lack what only the browser shows.
 */
function ownContentInHtml(html: PageReading, browser: PageReading): boolean {
  const linked = new Set(html.links.map((link) => link.href));
  if (browser.links.some((link) => !isChrome(link) && !linked.has(link.href))) return false;
  const textOf = (blocks: readonly TextBlock[]) => blocks.filter((block) => !isChrome(block)).reduce((sum, block) => sum + block.text.length, 0);
  return textOf(html.blocks) * 2 >= textOf(browser.blocks);
}

/** The browser's chrome as what comes before and after the rest; null when there is none, or some of it stands among the rest. */
function chromeOf(browser: PageReading): Chrome | null {
  const links = around(browser.links);
  const blocks = around(browser.blocks);
  if (!links || !blocks || links.before.length + links.after.length + blocks.before.length + blocks.after.length === 0) return null;
  return { links, blocks };
}

/**
 * Header and menu, then the rest, then the footer, by region rather than by what stands beside
 * them: a page with nothing between (a contact page whose only links are the chrome's) splits
 * as one with a body does. Null when they stand in another order.
 */
function around<T extends Pick<PageLink, 'region'>>(items: readonly T[]): Around<T> | null {
  const rank = (item: T) => (item.region === 'footer' ? 2 : isChrome(item) ? 0 : 1);
  if (items.some((item, index) => index > 0 && rank(item) < rank(items[index - 1]!))) return null;
  return { before: items.filter((item) => rank(item) === 0), after: items.filter((item) => rank(item) === 2) };
}

function digestOf(chrome: Chrome): string {
  return JSON.stringify(chrome);
}

/** The folder a page's relative links resolve in: its URL up to the last slash of its path. */
function folderOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.origin + parsed.pathname.replace(/[^/]*$/, '');
  } catch {
    return null;
  }
}
