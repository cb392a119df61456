import type { PageAction } from '../interact/page-actions.js';
import { comparableLabel } from './http/needs-browser.js';

/**
 * What opening a control added to the view it was opened on (findings, signals and links: see
 * `VerdictJudge.findingsOf`), learnt per control (its kind and label). A theme that writes its
 * menu or its "Contact us" modal anew on every page (its own markup, or among each page's own
 * hero) gives the control another template on every page, so the crawl would open it on every
 * page to be shown the same box again. Once the control has been seen on two pages showing the
 * same (each view adding what its page lacked of it), that is taken as what it does: a view of
 * it from another page, at no fewer clicks, could only show that again beside the page's own
 * content, which is read without it. A control seen adding anything else is never settled, nor
 * one seen adding nothing.
 */
export class ActionEffects {
  private readonly effects = new Map<string, Learnt | 'varies'>();

  /** Learns from a view opened by `action` from the view read as `base`, on the page `page`. */
  learn(action: PageAction, page: string, base: ViewContent, view: ViewContent, clicks: number): void {
    const key = keyOf(action.kind, action.label);
    const known = this.effects.get(key);
    if (known === 'varies' || known?.settled || (!known && this.effects.size >= MAX_CONTROLS)) return;
    const seen = { base, added: new Set([...view].filter((item) => !base.has(item))) };
    if (!known) {
      this.effects.set(key, { seen: [seen], pages: new Set([page]), clicks, settled: false });
      return;
    }
    if (known.pages.has(page)) return;
    known.seen.push(seen);
    known.pages.add(page);
    known.clicks = Math.min(known.clicks, clicks);
    // What the control shows is all it was seen to add; each view added exactly what its page lacked of that.
    const shown = new Set(known.seen.flatMap(({ added }) => [...added]));
    const alike = known.seen.every(({ base: before, added }) => added.size === [...shown].filter((item) => !before.has(item)).length);
    if (!alike) this.effects.set(key, 'varies');
    // A control seen adding nothing may reveal text of each page's own ("Read more"), where one page's may hold a number.
    else known.settled = known.pages.size >= PAGES_TO_SETTLE && shown.size > 0;
  }

  /** Whether a view opened by this action at these clicks could only show what the control is known to add. */
  settled(action: Pick<PageAction, 'kind' | 'label'>, clicks: number): boolean {
    // A chat's sightings are pooled (who answers it may show on one page only): every view of it counts.
    if (action.kind === 'chat') return false;
    const known = this.effects.get(keyOf(action.kind, action.label));
    return known !== undefined && known !== 'varies' && known.settled && known.clicks <= clicks;
  }

  /** As `settled`, for a control of the HTML, whose kind only the browser tells. */
  settledLabel(label: string, clicks: number): boolean {
    return KINDS.some((kind) => this.settled({ kind, label }, clicks));
  }
}

/** What a view holds that a verdict is made of, item by item (see `VerdictJudge.findingsOf`). */
export type ViewContent = ReadonlySet<string>;

interface Learnt {
  /** Each view of it: what its page showed before, and what it added. */
  seen: Array<{ base: ViewContent; added: ReadonlySet<string> }>;
  pages: Set<string>;
  /** The fewest clicks of a view that showed it. */
  clicks: number;
  settled: boolean;
}

const KINDS: ReadonlyArray<PageAction['kind']> = ['reveal', 'menu', 'chat', 'link'];
const PAGES_TO_SETTLE = 2;
/** Controls learnt per site: a bound against a hostile site. */
const MAX_CONTROLS = 2_000;

function keyOf(kind: PageAction['kind'], label: string): string {
  return `${kind}\u0000${comparableLabel(label)}`;
}
