import { escapeHtml as h } from './escape-html.js';

/**
 * A table in its own scrolling box, so a table wider than a phone scrolls inside the box and the
 * page itself never gets wider than the screen. The box is a labelled, focusable region, so a
 * keyboard can scroll it too (axe's scrollable-region-focusable).
 */
export function scrollBox(label: string, table: string): string {
  return `<div class="table-box" role="region" tabindex="0" aria-label="${h(label)}">${table}</div>`;
}
