import { escapeHtml } from '../report/escape-html.js';

export interface Bar {
  label: string;
  value: number;
}

const ROW = 26;
const LABEL_WIDTH = 130;
const BAR_WIDTH = 300;
const VALUE_WIDTH = 50;

/**
 * A horizontal bar chart as inline SVG: no script, no font or file to fetch, so the summary
 * stays one self-contained file. It scales to its box (viewBox, width 100 %), and carries its
 * title for screen readers (role="img"); each bar's number is also written beside it, so the
 * chart reads without telling lengths apart. Labels may come from a list: they are escaped.
 */
export function svgBarChart(title: string, bars: readonly Bar[], id: string): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const rows = bars.map((bar, index) => {
    const y = 4 + index * ROW;
    const length = Math.round((bar.value / max) * BAR_WIDTH);
    return `<g><text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(bar.label)}</text>`
      + `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length}" height="${ROW - 8}" rx="3" class="bar"><title>${escapeHtml(`${bar.label}: ${bar.value}`)}</title></rect>`
      + `<text x="${LABEL_WIDTH + length + 6}" y="${y + 17}">${bar.value}</text></g>`;
  });
  return `<figure class="chart"><figcaption id="${escapeHtml(id)}">${escapeHtml(title)}</figcaption>`
    + `<svg role="img" aria-labelledby="${escapeHtml(id)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg">`
    + `${rows.join('')}</svg></figure>`;
}
