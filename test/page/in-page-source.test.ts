import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inPage, inPageWith, type InPageSteps } from '../../src/page/in-page.js';
import { scrollReveal } from '../../src/page/scroll-reveal.js';
import { packagePath } from '../../src/util/package-root.js';

/**
 * Every function src/page/ exports runs in the page (in-page.ts holds the calls that carry them
 * there). The browser receives each one's source alone: whatever a compiler adds around them
 * (helpers for names, async functions or spreads) would not exist in the page.
 */
const PAGE_DIR = packagePath('src', 'page');
const IN_PAGE: Array<[string, (...args: never[]) => unknown]> = [];
for (const file of readdirSync(PAGE_DIR).filter((name) => name.endsWith('.ts') && name !== 'in-page.ts')) {
  const module = await import(pathToFileURL(join(PAGE_DIR, file)).href) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') IN_PAGE.push([`${file} ${name}`, value as (...args: never[]) => unknown]);
  }
}
const COMPILER_HELPERS = /\b(?:__name|__awaiter|__generator|__rest|__spreadArray|__assign|_ts_\w+|_async_to_generator|_define_property|require|import)\s*\(/;

describe('in-page functions are self-contained', () => {
  it('finds the in-page functions', () => {
    expect(IN_PAGE.map(([name]) => name)).toEqual(expect.arrayContaining(['read-snapshot.ts readSnapshot', 'settle-page.ts settlePage', 'read-when-clear.ts readWhenClear']));
  });

  for (const [name, fn] of IN_PAGE) {
    it(`${name}: its source alone is a function, and calls no compiler helper or module`, () => {
      const source = fn.toString();
      expect(source).not.toMatch(COMPILER_HELPERS);
      const rebuilt = new Function(`"use strict"; return (${source});`)() as unknown;
      expect(typeof rebuilt).toBe('function');
    });
  }

  it('inPage passes the settings as JSON to the function\'s own source', () => {
    const call = inPage(scrollReveal, { maxMs: 5, revealed: 'x', maxSteps: 1, stepMs: 1, maxScanned: 1, maxCandidates: 1, afterScrollMs: 1 });
    expect(call.source.startsWith(`(${scrollReveal.toString()})(`)).toBe(true);
    expect(call.source.endsWith('"afterScrollMs":1})')).toBe(true);
  });

  it('inPage with helpers hands the function each helper, sent as its own source', () => {
    const twice = (n: number) => n * 2;
    const useHelper = (settings: { n: number }, helpers: { twice: (n: number) => number }) => helpers.twice(settings.n) + 1;
    const call = inPage(useHelper, { n: 20 }, { twice });
    expect(call.source).toContain(twice.toString());
    expect(new Function(`"use strict"; return ${call.source};`)()).toBe(41);
  });

  it('inPageWith hands each step to the composing function as a call it makes when it chooses, in order', () => {
    const record = (settings: { name: string; answer: number }) => {
      const log = ((globalThis as Record<string, unknown>).__inPageLog ??= []) as string[];
      log.push(settings.name);
      return settings.answer;
    };
    const firstUnlessZero = (steps: InPageSteps<{ first: number; second: number }>) => (steps.first() === 0 ? -1 : steps.first() + steps.second());
    const run = (first: number) => {
      (globalThis as Record<string, unknown>).__inPageLog = [];
      const call = inPageWith(firstUnlessZero, { first: inPage(record, { name: 'first', answer: first }), second: inPage(record, { name: 'second', answer: 10 }) });
      const answer = new Function(`"use strict"; return ${call.source};`)() as number;
      return { answer, log: (globalThis as Record<string, unknown>).__inPageLog };
    };
    expect(run(2)).toEqual({ answer: 12, log: ['first', 'first', 'second'] });
    expect(run(0)).toEqual({ answer: -1, log: ['first'] });
  });
});
