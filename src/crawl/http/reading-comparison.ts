import type { PageSnapshot } from '../../model/page-snapshot.js';
import { linkDifference } from '../crawl-links.js';
import { slashlessKey } from '../normalize-url.js';
import type { VerdictJudge } from '../page-reader.js';
import { scopeOf } from '../scope.js';
import type { StateResult } from '../state-interaction.js';
import { isChrome } from './chrome-template.js';
import { comparableLabel, WORDLESS } from './needs-browser.js';
import type { ScriptEvidence } from './script-evidence.js';

/** What comparing two readings needs of the site so far. */
export interface ComparisonContext {
  scripts: ScriptEvidence;
  /**
   * Templates of the controls the browser offered on pages rendered before (see
   * `PageAction.template`): a page taken from HTTP alone for want of a control not known on the
   * site would have lacked no other.
   */
  controls: ReadonlySet<string>;
  judge?: VerdictJudge;
  maxLabel: number;
  /** The start page as it was read: examined before any other, so a link to it steers nothing (see `linkDifference`). */
  startPage?: string;
}

/** What is known of the page besides its two readings. */
export interface ComparedPage {
  /** Why its HTML alone could not stand (it was rendered for that); null when it could. */
  structural: string | null;
  /** It writes script of its own, which could stand anywhere. */
  inlineScript: boolean;
  /** Compare only the links of its chrome (the start page: see below). */
  chromeOnly?: boolean;
  /** Its HTML's controls by label (see `controlLabels`): a control the browser offers among them was seen in the HTML. */
  controls?: ReadonlySet<string>;
}

/**
 * How the two readings of a page differ in what the crawl and the verdict take from them; null
 * when the HTTP reading could stand for the browser's. On the start page (`chromeOnly`) only its
 * chrome's links are compared: its own content (sliders, tabs, teasers) is the one page of its
 * kind, always taken as rendered, and says nothing of how other pages read; a page read over
 * HTTP alone is still rendered and compared before a finding behind it counts.
 */
export function readingsDiffer(http: PageSnapshot, browser: PageSnapshot, extra: StateResult, page: ComparedPage, ctx: ComparisonContext): string | null {
  if (!samePage(browser.url, http.url)) return `the browser ended on ${browser.url}`;
  // Read as at one address, so that a link to the page itself is one in both readings.
  browser = { ...browser, url: http.url };
  // A consent dialog passed is no disagreement in itself: consent is kept for the rest of the crawl, so the
  // pages after it read as their HTML does, and what consent lets scripts add is compared like any script's.
  // Content only the browser shows was added by script (a stylesheet can only take away): it is
  // no reason to distrust the site when this page's own scripts explain it (see ScriptEvidence).
  const unknown = extra.candidates.filter((candidate) => !ctx.controls.has(candidate.template) && !seenInHtml(candidate.label, page.controls));
  if (unknown.length > 0 && page.structural === null && !ctx.scripts.explain(http.scriptSrcs, page.inlineScript)) {
    return `in-page control "${unknown[0]!.label}" not seen in the HTML`;
  }
  const steering = (snapshot: PageSnapshot) => (page.chromeOnly ? { ...snapshot, links: snapshot.links.filter(isChrome) } : snapshot);
  const links = linkDifference(steering(http), steering(browser), ctx.maxLabel, scopeOf(browser.url), ctx.startPage);
  if (links !== null) return links;
  const judged = ctx.judge?.disagreement(http, browser) ?? null;
  if (judged?.onlyInBrowser && ctx.scripts.explain(http.scriptSrcs, page.inlineScript)) return null;
  return judged?.reason ?? null;
}

/**
 * Whether two addresses name the same page, but for a trailing slash: a site's router rewrites
 * the address in the browser (`/contact/`, where the server redirected, shown as `/contact`)
 * without loading another document. What the two readings hold is compared next either way.
 */
function samePage(a: string, b: string): boolean {
  return slashlessKey(a) === slashlessKey(b);
}

/** A browser's control the page's HTML writes too: by its label, or one named by a sign alone where the HTML has a control without words. */
function seenInHtml(label: string, controls: ReadonlySet<string> | undefined): boolean {
  if (!controls) return false;
  return controls.has(comparableLabel(label)) || (controls.has(WORDLESS) && !/[\p{L}\p{N}]/u.test(label));
}
