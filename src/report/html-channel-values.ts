import type { ChannelResult } from '../model/audit-result.js';
import { escapeHtml as h, linkHtml } from './escape-html.js';
import type { ReportMessages } from './messages.js';
import type { ReportWords } from './report-words.js';
import { inert } from './terminal-text.js';

type Item = ChannelResult['items'][number];

function valueOf(item: Item): string {
  return 'schedule' in item ? item.schedule : item.display;
}

/**
 * Every value of a channel beyond the nearest one (a second phone number, another address), in
 * a native <details>: closed it keeps the report short, open it hides nothing, and it needs no
 * script. Each value says how many clicks away it is and on which page.
 */
export function otherValuesHtml(items: readonly Item[], shown: Item | undefined, m: ReportMessages, w: ReportWords): string {
  const others = items.filter((item) => item !== shown);
  if (others.length === 0) return '';
  const rows = others.map((item) => `<li><span class="value">${h(inert(valueOf(item), 200))}</span> · ${h(m.clicks(item.clicks))}`
    + `${item.source === 'json-ld' ? ` · ${h(m.structuredOnly)}` : ''}<span class="step-page">${linkHtml(item.pageUrl, inert(item.pageUrl, 120))}</span></li>`);
  return `<details class="more"><summary>+ ${h(w.moreItems(others.length))}</summary><ul class="values">${rows.join('')}</ul></details>`;
}
