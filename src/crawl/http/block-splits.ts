import type { TextBlock } from '../../model/page-snapshot.js';

/**
 * Text the HTML reads as one block that the browser shows as several: a stylesheet lays a bar's
 * pieces out side by side (`display: flex` on `<div class="topbar"><span>Open weekdays 8–15</span>
 * <span>044 991 6035</span></div>` makes each piece a block of its own), which no reading of the
 * markup can tell. Run together, the hours read as the phone line's, or a number runs into an
 * address. A template repeats the bar on every page, word for word: learnt from a page rendered,
 * the same text on a page read from its HTML is read as the browser showed it.
 */
export class BlockSplits {
  /** By the HTML block's text: the browser's blocks it stood for. */
  private readonly splits = new Map<string, TextBlock[]>();

  /** Learns from a page read both ways: each HTML block the browser showed as a run of blocks whose letters, joined, are its letters. */
  learn(html: readonly TextBlock[], browser: readonly TextBlock[]): void {
    if (html.length > MAX_BLOCKS || browser.length > MAX_BLOCKS) return;
    const shown = new Set(browser.map((block) => block.text));
    for (const block of html) {
      if (this.splits.size >= MAX_SPLITS) return;
      if (shown.has(block.text) || block.text.length > MAX_TEXT || this.splits.has(block.text)) continue;
      const run = runSpelling(block.text, browser);
      if (run) this.splits.set(block.text, run);
    }
  }

  /** The HTML's blocks with each one learnt replaced by the browser's run of blocks. */
  apply(blocks: TextBlock[]): TextBlock[] {
    if (this.splits.size === 0) return blocks;
    return blocks.flatMap((block) => this.splits.get(block.text) ?? [block]);
  }
}

/** Blocks compared per page, and the longest text split: a bar or a footer, not a page's article. */
const MAX_BLOCKS = 2_000;
const MAX_TEXT = 500;
/** Splits learnt per site: a template has a few; a bound keeps a hostile site from growing it. */
const MAX_SPLITS = 500;

/** A block's letters without its spaces: where the markup has none between two pieces, the HTML reading runs them together ("8–16Ring"). */
const letters = (text: string) => text.replace(/\s+/g, '');

/** The run of two or more consecutive browser blocks whose letters, in order, are all of `text`'s; null when there is none. */
function runSpelling(text: string, browser: readonly TextBlock[]): TextBlock[] | null {
  const target = letters(text);
  for (let start = 0; start < browser.length; start++) {
    let joined = letters(browser[start]!.text);
    if (joined === '' || !target.startsWith(joined)) continue;
    for (let end = start + 1; end < browser.length && joined.length < target.length; end++) {
      joined += letters(browser[end]!.text);
      if (!target.startsWith(joined)) break;
      if (joined === target) return browser.slice(start, end + 1);
    }
  }
  return null;
}
