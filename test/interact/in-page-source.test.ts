import { describe, expect, it } from 'vitest';
import { findControls } from '../../src/interact/action-script.js';
import { consentDialog } from '../../src/interact/consent-script.js';
import { eagerIntersection } from '../../src/interact/eager-intersection.js';
import { inPageCall } from '../../src/interact/in-page.js';
import { scrollReveal } from '../../src/interact/scroll-reveal.js';
import { highlightFinding } from '../../src/crawl/screenshots.js';
import { readSnapshot } from '../../src/crawl/snapshot-script.js';
import { settlePage, watchScripts } from '../../src/interact/settle.js';

// The browser receives these functions' source alone: whatever a compiler adds around them (helpers for
// names, async functions or spreads) would not exist in the page.
const IN_PAGE = { findControls, consentDialog, eagerIntersection, scrollReveal, settlePage, watchScripts, readSnapshot, highlightFinding };
const COMPILER_HELPERS = /\b(?:__name|__awaiter|__generator|__rest|__spreadArray|__assign|_ts_\w+|_async_to_generator|_define_property|require|import)\s*\(/;

describe('in-page functions are self-contained', () => {
  for (const [name, fn] of Object.entries(IN_PAGE)) {
    it(`${name}: its source alone is a function, and calls no compiler helper or module`, () => {
      const source = fn.toString();
      expect(source).not.toMatch(COMPILER_HELPERS);
      const rebuilt = new Function(`"use strict"; return (${source});`)() as unknown;
      expect(typeof rebuilt).toBe('function');
    });
  }

  it('inPageCall passes the settings as JSON to the function\'s own source', () => {
    const call = inPageCall(scrollReveal, { maxMs: 5, revealed: 'x', maxSteps: 1, stepMs: 1, maxScanned: 1, maxCandidates: 1, afterScrollMs: 1 });
    expect(call.startsWith(`(${scrollReveal.toString()})(`)).toBe(true);
    expect(call.endsWith('"afterScrollMs":1})')).toBe(true);
  });
});
