/**
 * Source that calls an in-page function with its settings, for `page.evaluate` or for one script
 * composed of several calls (one round trip into the page instead of several). The function is
 * ordinary, type-checked TypeScript; it must be self-contained, as the browser receives its
 * source alone, and its settings must survive JSON.
 */
export function inPageCall<A>(fn: (settings: A) => unknown, settings: A): string {
  return `(${fn.toString()})(${JSON.stringify(settings)})`;
}
