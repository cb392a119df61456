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

/**
 * Makes the call in the page; what it answers crossed from the page, so callers check it where it matters.
 *
 * The answer crosses as one JSON text (see `answerAsJson`): handed over as an object, a page's
 * reading (hundreds of blocks, links and boxes) was walked by the browser's serializer, checked
 * field by field by Playwright's protocol validator and walked again to be rebuilt in Node — on a
 * large WordPress page more of Node's time than anything kontaktkoll itself does with the page.
 */
export async function evaluateInPage<R>(page: Page, call: InPage<R>): Promise<Awaited<R>> {
  const text = await page.evaluate(`(${answerAsJson.toString()})(() => ${call.source}, ${JSON.stringify(NOT_FINITE)})`) as unknown;
  return (typeof text === 'string' ? JSON.parse(text, revive) : undefined) as Awaited<R>;
}

/** The key under which the page writes the numbers JSON has no words for (see `answerAsJson`). */
const NOT_FINITE = '__kontaktkollNumber';

function revive(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !(NOT_FINITE in value)) return value;
  return Number((value as Record<string, unknown>)[NOT_FINITE]);
}

/**
 * In-page: the call's answer as JSON text (undefined stays undefined). Self-contained: the browser
 * receives this function's source alone. A `toJSON` a page's library put on a built-in prototype
 * (Prototype.js puts one on arrays, which JSON.stringify would call on every list of the answer) is
 * set aside while the text is written, and NaN and ±Infinity are written as `{ [notFinite]: "NaN" }`, to be read back as numbers.
 */
export async function answerAsJson(call: () => unknown, notFinite: string): Promise<string | undefined> {
  const value = await call();
  if (value === undefined) return undefined;
  const prototypes = [Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype] as unknown as Array<Record<string, unknown>>;
  const own = prototypes.map((prototype) => Object.getOwnPropertyDescriptor(prototype, 'toJSON'));
  own.forEach((descriptor, i) => {
    if (descriptor?.configurable) delete prototypes[i]!.toJSON;
  });
  try {
    return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? { [notFinite]: String(item) } : item));
  } finally {
    own.forEach((descriptor, i) => {
      if (descriptor?.configurable) Object.defineProperty(prototypes[i]!, 'toJSON', descriptor);
    });
  }
}
