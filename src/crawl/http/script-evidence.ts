/**
 * Which scripts of the site may have changed a page unseen. What a script added to a rendered
 * page says nothing about the pages read over HTTP alone when none of them loads any script of
 * that page (and the page writes no script of its own, which could stand anywhere): the page's
 * scripts are then marked, and a later page that loads one is rendered. A chat widget loaded
 * only on the contact page no longer costs the site.
 */
export class ScriptEvidence {
  /** Scripts (by URL) of the pages taken from HTTP alone: what could have changed them unseen. */
  private readonly httpOnly = new Set<string>();
  /** Scripts seen adding content or in-page controls (a chat launcher): a page that loads one is rendered. */
  private readonly adding = new Set<string>();

  /** A page is taken from its HTML alone: its scripts ran unseen. */
  takenFromHttp(scriptSrcs: readonly string[]): void {
    for (const src of scriptSrcs) this.httpOnly.add(src);
  }

  /** Why a page must be rendered: it loads a script seen adding to a page; null when it loads none. */
  loadsAddingScript(scriptSrcs: readonly string[]): string | null {
    const src = scriptSrcs.find((candidate) => this.adding.has(candidate));
    return src === undefined ? null : `loads ${src}, which adds in-page controls`;
  }

  /** Do this rendered page's own scripts explain what only the browser shows on it? If so they are marked. */
  explain(scriptSrcs: readonly string[], inlineScript: boolean): boolean {
    if (inlineScript || scriptSrcs.length === 0) return false;
    if (scriptSrcs.some((src) => this.httpOnly.has(src))) return false;
    for (const src of scriptSrcs) this.adding.add(src);
    return true;
  }
}
