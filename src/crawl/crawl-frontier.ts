import { Frontier, type FrontierEntry } from '../clicks/frontier.js';
import type { PageSnapshot } from '../model/page-snapshot.js';
import type { PageAction } from '../interact/page-actions.js';
import { linkPerTarget } from './crawl-links.js';
import { pageKey, slashlessKey } from './normalize-url.js';
import type { Scope } from './scope.js';
import { MAX_ACTION_CHAIN, MAX_ACTIONS_PER_VIEW, type PageState } from './state-interaction.js';

/** Control templates remembered per site: a bound against a hostile site with endless distinct controls. */
const MAX_TEMPLATES = 5_000;

/** Longest label a click path keeps for one step. */
export const MAX_LABEL = 80;

/**
 * What the crawl has yet to examine, and what it has seen: the breadth-first frontier of pages
 * and in-page views, and how each view found is expanded into it (its links, its controls),
 * each one click further than the view.
 */
export class CrawlFrontier {
  private readonly frontier = new Frontier();
  private readonly seen = new Set<string>();
  /** Pages and controls left out for being deeper than `maxDepth`. */
  readonly cutByDepth = new Set<string>();
  /** Distinct pages of the site learnt of: examined, queued, or cut by a budget. */
  readonly known = new Set<string>();
  /** In-page actions of every queued state, by frontier key; a plain page has none. */
  private readonly actionsByKey = new Map<string, PageAction[]>();
  /** Controls already offered per page, so a control seen again in a deeper view is not taken twice. */
  private readonly offered = new Map<string, Set<string>>();
  /** Templates of the controls offered anywhere on the site, with the fewest clicks of the view they open (see `offerActions`). */
  private readonly templates = new Map<string, number>();

  constructor(private readonly maxDepth: number) {}

  get size(): number {
    return this.frontier.size;
  }

  minClicks(): number | null {
    return this.frontier.minClicks();
  }

  /** Every entry at the given depth, taken out; they count as seen from now on, so links to them from their own level are not queued again. */
  takeLevel(clicks: number): Array<[string, FrontierEntry]> {
    const level = this.frontier.takeLevel(clicks);
    this.markSeen(...level.map(([key]) => key));
    return level;
  }

  /**
   * The pages (not views opened by a control) queued so far at `clicks`, in the order the level
   * will be taken: what may be loaded ahead of their turn (see `ReadAhead`).
   */
  upcomingPages(clicks: number): Array<[string, FrontierEntry]> {
    return this.frontier.peekLevel(clicks).filter(([key]) => !this.actionsByKey.has(key));
  }

  actionsOf(key: string): PageAction[] {
    return this.actionsByKey.get(key) ?? [];
  }

  markSeen(...urls: string[]): void {
    for (const url of urls) if (pageKey(url)) this.seen.add(slashlessKey(url));
  }

  hasSeen(url: string): boolean {
    return pageKey(url) !== null && this.seen.has(slashlessKey(url));
  }

  /** A page of the site learnt of, examined or not. */
  markKnown(url: string): void {
    this.known.add(slashlessKey(url));
  }

  /** Each link of a view to a page of the site not yet seen is one more click. */
  offerLinks(snapshot: PageSnapshot, order: number[], scope: Scope): void {
    const childClicks = snapshot.clicks + 1;
    for (const { key, index, label } of linkPerTarget(snapshot.links)) {
      if (!scope.contains(key)) continue;
      // One page under both names (see `slashlessKey`) is one page to examine: the first link to it is the one followed.
      const page = slashlessKey(key);
      this.known.add(page);
      if (this.seen.has(page)) continue;
      if (childClicks > this.maxDepth) {
        this.cutByDepth.add(page);
        continue;
      }
      this.frontier.offer(page, {
        url: key, clicks: childClicks, order: [...order, index],
        path: [...snapshot.path, { action: 'link', label: label.slice(0, MAX_LABEL), url: key }],
      });
    }
  }

  /**
   * Each control a view offers is one more click, queued in the same breadth-first frontier as
   * links. A control whose template was offered on another page already (a site-wide menu, the
   * same launcher) with no more clicks is not taken again: it opens the same content, and opening it
   * here would only show that content beside this page's own, which is read without it.
   */
  offerActions(snapshot: PageSnapshot, order: number[], state: PageState, candidates: PageAction[]): void {
    const base = pageKey(state.url);
    if (!base || state.actions.length >= MAX_ACTION_CHAIN) return;
    const offered = this.offered.get(base) ?? new Set<string>();
    this.offered.set(base, offered);
    // Controls already present in the view before the last action were offered there.
    for (const earlier of state.actions) offered.add(earlier.key);
    const childClicks = snapshot.clicks + 1;
    let taken = 0;
    candidates.forEach((action, index) => {
      if (offered.has(action.key) || taken >= MAX_ACTIONS_PER_VIEW) return;
      offered.add(action.key);
      if (childClicks > this.maxDepth) {
        this.cutByDepth.add(`${base}\u0000${action.key}`);
        return;
      }
      if ((this.templates.get(action.template) ?? Infinity) <= childClicks) return;
      if (this.templates.size < MAX_TEMPLATES) this.templates.set(action.template, childClicks);
      taken++;
      const actions = [...state.actions, action];
      const key = `${base}\u0000${actions.map((a) => a.key).join('\u0001')}`;
      this.actionsByKey.set(key, actions);
      this.frontier.offer(key, {
        url: state.url, clicks: childClicks, order: [...order, snapshot.links.length + index],
        path: [...snapshot.path, { action: action.kind, label: action.label.slice(0, MAX_LABEL), url: snapshot.url }],
      });
    });
  }
}
