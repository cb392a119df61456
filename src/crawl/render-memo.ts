import type { StateOutcome } from './page-reader.js';
import type { PageState } from './state-interaction.js';

/**
 * The browser's readings of the views of one audit, kept across its attempts: when `auto` is
 * started over in the browser, the views it already rendered are read as they were rendered, not
 * loaded again. A reading is the same whichever engine asked for it; only readings that
 * succeeded are kept (a failed one may have been the site's or the machine's passing trouble).
 */
export class RenderMemo {
  private readonly outcomes = new Map<string, Extract<StateOutcome, { ok: true }>>();

  get(state: PageState): StateOutcome | undefined {
    return this.outcomes.get(keyOf(state));
  }

  keep(state: PageState, outcome: StateOutcome): void {
    if (outcome.ok && this.outcomes.size < MAX_VIEWS) this.outcomes.set(keyOf(state), outcome);
  }
}

/** Views kept per audit: the page budget's few dozen, with a bound against a site of endless controls. */
const MAX_VIEWS = 2_000;

function keyOf(state: PageState): string {
  return JSON.stringify([state.url, state.actions.map((action) => action.key)]);
}
