import type { Page } from 'playwright-core';

/**
 * A call into the page, typed by what the page answers. In-page functions are ordinary,
 * type-checked TypeScript; the browser receives a function's source alone, so each must be
 * self-contained, and its settings must survive JSON.
 */
export interface InPage<R> {
  /** A JavaScript expression that makes the call. */
  readonly source: string;
  /** Never set: carries the answer's type. */
  readonly answers?: R;
}

/** The calls an in-page function receives as functions to call (see `inPageWith`). */
export type InPageSteps<S> = { readonly [K in keyof S]: () => S[K] };

/**
 * `fn(settings)` in the page; with `helpers`, `fn(settings, helpers)`, where each helper is
 * another self-contained function sent along with it: code the page shares with Node.
 */
export function inPage<A, R>(fn: (settings: A) => R, settings: A): InPage<R>;
export function inPage<A, H extends Record<string, (...args: never[]) => unknown>, R>(fn: (settings: A, helpers: H) => R, settings: A, helpers: H): InPage<R>;
export function inPage<A, R>(fn: (settings: A, helpers?: never) => R, settings: A, helpers?: Record<string, (...args: never[]) => unknown>): InPage<R> {
  const sent = helpers ? `, { ${Object.entries(helpers).map(([name, helper]) => `${JSON.stringify(name)}: (${helper.toString()})`).join(', ')} }` : '';
  return { source: `(${fn.toString()})(${JSON.stringify(settings)}${sent})` };
}

/**
 * `fn(steps)` in the page, where each step is another call made when `fn` calls it: several
 * in-page functions composed into one round trip, the composition itself typed TypeScript too.
 */
export function inPageWith<S, R>(fn: (steps: InPageSteps<S>) => R, steps: { readonly [K in keyof S]: InPage<S[K]> }): InPage<R> {
  const entries = Object.entries(steps as Record<string, InPage<unknown>>)
    .map(([name, call]) => `${JSON.stringify(name)}: () => ${call.source}`);
  return { source: `(${fn.toString()})({ ${entries.join(', ')} })` };
}

/** Makes the call in the page; what it answers crossed from the page, so callers check it where it matters. */
export function evaluateInPage<R>(page: Page, call: InPage<R>): Promise<Awaited<R>> {
  return page.evaluate(call.source) as Promise<Awaited<R>>;
}
