import { escapeHtml } from '../report/escape-html.js';

export interface ShareGrid {
  columns: readonly string[];
  /** One row per group; a null share means the group has nothing to take a share of ("–"). */
  rows: ReadonlyArray<{ label: string; shares: ReadonlyArray<number | null> }>;
}

const LABEL_WIDTH = 140;
const CELL = 64;
const ROW = 30;
const HEAD = 26;

/**
 * A grid of shares (rows × columns) as inline SVG, each cell a bar filled to its share with the
 * percentage written in it: many groups by several channels in one glance, still exact when read.
 * Labels may come from a list (sector names): they are escaped.
 */
export function svgShareGrid(title: string, grid: ShareGrid, id: string, note: string): string {
  const width = LABEL_WIDTH + grid.columns.length * CELL;
  const height = HEAD + grid.rows.length * ROW + 4;
  const head = grid.columns.map((column, index) => `<text x="${LABEL_WIDTH + index * CELL + CELL / 2}" y="17" text-anchor="middle" class="head">${escapeHtml(column)}</text>`).join('');
  const rows = grid.rows.map((row, rowIndex) => {
    const y = HEAD + rowIndex * ROW;
    const cells = row.shares.map((share, index) => {
      const x = LABEL_WIDTH + index * CELL + 3;
      const text = share === null ? '–' : `${Math.round(share * 100)} %`;
      const fill = share === null ? '' : `<rect x="${x}" y="${y + 3}" width="${Math.round((CELL - 6) * share)}" height="${ROW - 6}" class="bar"/>`;
      return `<rect x="${x}" y="${y + 3}" width="${CELL - 6}" height="${ROW - 6}" class="cell"><title>${escapeHtml(`${row.label} · ${grid.columns[index] ?? ''}: ${text}`)}</title></rect>${fill}`
        + `<text x="${x + (CELL - 6) / 2}" y="${y + 19}" text-anchor="middle" class="share">${text}</text>`;
    }).join('');
    return `<g><text x="${LABEL_WIDTH - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(row.label)}</text>${cells}</g>`;
  });
  return `<figure class="chart"><figcaption id="${escapeHtml(id)}">${escapeHtml(title)}</figcaption>`
    + `<svg role="img" aria-labelledby="${escapeHtml(id)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg">`
    + `${head}${rows.join('')}</svg><p class="note">${escapeHtml(note)}</p></figure>`;
}
