/**
 * summary.html's only styling, inline so the file makes no requests (its CSP allows nothing
 * else). As the single-audit report's (`report/html-style.ts`): colours are variables, so dark
 * mode and paper swap them in one place; the page stays within a 360 px phone, each table
 * scrolling sideways in its own box rather than widening the page; print gives A4 with no dark
 * fills and every column on the page, whatever the screen's colour scheme.
 */
export const SUMMARY_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --link: #0969da;
  --bar: #4a8fe7; --cell: #eef2f6; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --soft: #161b22; --link: #58a6ff; --bar: #2a62c9; --cell: #21262d; }
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; padding: 2rem; color: var(--fg); background: var(--bg); max-width: 80rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
p { overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); } .n { text-align: right; }
caption { text-align: left; font-weight: 600; margin-bottom: .3rem; }
.scroll { max-width: 100%; overflow-x: auto; margin: 1rem 0; }
.scroll:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem 3rem; }
figure.chart { margin: 0; flex: 1 1 30rem; max-width: 36rem; min-width: 0; } figcaption { font-weight: 600; margin-bottom: .3rem; }
svg { display: block; height: auto; font: 13px system-ui, sans-serif; fill: var(--fg); }
svg .bar { fill: var(--bar); } svg .cell { fill: var(--cell); stroke: var(--line); } svg .head { font-weight: 600; }
.note { color: var(--muted); font-size: .9rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { color: var(--muted); } dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
a { color: var(--link); overflow-wrap: anywhere; } td a { overflow-wrap: break-word; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem; }
  h1 { font-size: 1.25rem; }
  .charts { gap: 1.5rem; }
  dl { grid-template-columns: 1fr; } dd { margin-bottom: .4rem; }
  /* A table in its box may be wider than the phone: words get room, not a column a word wide. */
  .scroll td:not(.n) { min-width: 7rem; }
}
@page { size: A4; margin: 15mm 14mm; }
@media print {
  :root { color-scheme: light; --fg: #000; --bg: #fff; --muted: #444; --line: #bbb; --soft: #fff; --link: #0550ae; --bar: #4a8fe7; --cell: #fff; }
  body { padding: 0; max-width: none; font-size: 9.5pt; }
  /* Paper cannot scroll: every column is on the page, the cells wrap instead. */
  .scroll { overflow: visible; } .scroll td:not(.n) { min-width: 0; }
  table { width: 100%; } th, td { padding: .15rem .3rem; overflow-wrap: anywhere; }
  .charts { display: block; } figure.chart { max-width: 16cm; margin-bottom: 1rem; }
  tr, figure, dl { break-inside: avoid; } h2, caption, figcaption { break-after: avoid; }
  #methodology { break-before: page; }
  a { text-decoration: none; }
}
`;
