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
   * Waits for the renders of all these keys when each has one (settled or in flight). When any
   * has none, or none is asked for, the page renders itself: the keys are held for it at once,
   * before another page of its depth asks (each would otherwise find none and render too), until
   * `done` is called once it is rendered.
   */
  claim(keys: readonly string[]): Promise<{ waited: true } | { waited: false; done: () => void }> {
    const pending = keys.map((key) => this.renders.get(key));
    if (pending.length === 0 || pending.some((render) => render === undefined)) return Promise.resolve({ waited: false, done: this.start(keys) });
    return Promise.all(pending).then(() => ({ waited: true }));
  }

  /** Those of these keys no render has yet are held until the returned call. */
  private start(keys: readonly string[]): () => void {
    const fresh = keys.filter((key) => !this.renders.has(key));
    if (fresh.length === 0) return () => {};
    let done = () => {};
    const pending = new Promise<void>((resolve) => { done = resolve; });
    // Past the bound (a hostile site with endless distinct boxes) pages simply render side by side.
    for (const key of fresh) if (this.renders.size < this.max) this.renders.set(key, pending);
    return done;
  }
}
