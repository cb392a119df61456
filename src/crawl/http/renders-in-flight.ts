/**
 * Renders a page is waiting on, by what they are to settle (a dialog box's or a control's
 * signature, a chrome's digest): pages of one click depth are read at once, and ten pages with
 * the same unknown "Book now" button should wait for one render of it, not render ten times.
 *
 * A key is waited for at most once: its entry stays once settled, so a render that taught
 * nothing (it failed, or the control is still unknown) lets every later page render at once,
 * side by side, rather than queue them one behind another each waiting for the last.
 */
export class RendersInFlight {
  private readonly renders = new Map<string, Promise<void>>();

  constructor(private readonly max: number) {}

  /**
   * Waits for the renders of all these keys and returns true when each had one (settled or in
   * flight); false at once when any has none, or none is asked for: the page renders itself.
   */
  async awaitAll(keys: readonly string[]): Promise<boolean> {
    const pending = keys.map((key) => this.renders.get(key));
    if (pending.length === 0 || pending.some((render) => render === undefined)) return false;
    await Promise.all(pending);
    return true;
  }

  /** A page is rendered for these keys: those no render has yet are held until the returned call. */
  start(keys: readonly string[]): () => void {
    const fresh = keys.filter((key) => !this.renders.has(key));
    if (fresh.length === 0) return () => {};
    let done = () => {};
    const pending = new Promise<void>((resolve) => { done = resolve; });
    // Past the bound (a hostile site with endless distinct boxes) pages simply render side by side.
    for (const key of fresh) if (this.renders.size < this.max) this.renders.set(key, pending);
    return done;
  }
}
