/**
 * The report's only styling, inline so the file works offline and makes no requests. Colours are
 * variables so dark mode swaps them in one place; the narrow-screen rules keep the page within a
 * 360 px phone (tables scroll in their own box or stack); print gives A4 pages, a new page per
 * section and no dark backgrounds, whatever the screen's colour scheme.
 */
export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --ok: #1a7f37; --bad: #c62828; --warn: #9a6700; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa;
  --here: #dafbe1; --differs: #fff8c5; --quote: #424a53; --link: #0969da; --law: #0550ae; --guidance: #8250df; --grade-fg: #fff; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --ok: #3fb950; --bad: #ff7b72; --warn: #d29922; --muted: #9198a1; --line: #3d444d; --soft: #161b22;
    --here: #0f2d1a; --differs: #3b2e05; --quote: #c9d1d9; --link: #58a6ff; --law: #79c0ff; --guidance: #d2a8ff; --grade-fg: #0d1117; }
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 0; padding: 2rem; max-width: 72rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.site { color: var(--muted); word-break: break-all; }
.verdict { display: flex; gap: 1.5rem; align-items: center; padding: 1rem 1.25rem; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); margin: 1rem 0; }
.grade { font-size: 2.6rem; font-weight: 700; width: 4.5rem; height: 4.5rem; border-radius: 50%; display: flex; align-items: center; justify-content: center; color: var(--grade-fg); flex: none; }
.grade-A, .grade-B { background: var(--ok); } .grade-C, .grade-D { background: var(--warn); } .grade-E, .grade-F { background: var(--bad); }
.verdict p { margin: .1rem 0; } .score { font-size: 1.2rem; font-weight: 600; }
.channel { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
.channel h3 { margin: 0 0 .5rem; font-size: 1rem; display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.channel h3 .value { overflow-wrap: anywhere; min-width: 0; }
.channel.missing h3 { color: var(--bad); } .channel .clicks { font-weight: 400; color: var(--muted); }
ol.path { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; margin: .25rem 0; }
ol.path li { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .2rem .55rem; max-width: 22rem; min-width: 0; overflow-wrap: anywhere; }
ol.path li + li::before { content: "→ "; color: var(--muted); }
ol.path li.here { border-color: var(--ok); background: var(--here); }
.step-page { display: block; font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; }
td .step-page { overflow-wrap: break-word; }
blockquote.evidence { margin: .4rem 0; padding: .3rem .75rem; border-left: 3px solid var(--line); color: var(--quote); overflow-wrap: anywhere; }
details.more { margin: .4rem 0; } details.more summary { cursor: pointer; color: var(--link); }
ul.values { margin: .3rem 0; padding-left: 1.2rem; } ul.values li { margin: .2rem 0; overflow-wrap: anywhere; }
.table-box { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
th { background: var(--soft); font-weight: 600; }
.status-pass { color: var(--ok); } .status-fail { color: var(--bad); font-weight: 600; } .status-warn { color: var(--warn); font-weight: 600; } .status-not-applicable { color: var(--muted); }
.kind { display: inline-block; border-radius: 999px; padding: 0 .5rem; font-size: .8rem; border: 1px solid; white-space: nowrap; }
.kind-law { color: var(--law); } .kind-guidance { color: var(--guidance); } .kind-principle { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; min-width: 0; }
img.screenshot { display: block; max-width: 100%; height: auto; max-height: 28rem; object-fit: contain; object-position: top left; border: 1px solid var(--line); border-radius: 6px; margin-top: .5rem; }
table.devices tr.differs td { background: var(--differs); } ul.differences { padding-left: 1rem; list-style: none; } ul.differences li { color: var(--warn); font-weight: 600; }
.staffing { margin: .25rem 0; color: var(--quote); overflow-wrap: anywhere; }
#barriers li { overflow-wrap: anywhere; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
a { color: var(--link); overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem; }
  .verdict { gap: 1rem; padding: .75rem; }
  .grade { font-size: 2rem; width: 3.5rem; height: 3.5rem; }
  dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: .4rem; }
  /* The rules table stacks: one card per rule, each cell labelled, so nothing needs sideways scrolling. */
  table.rules thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.rules, table.rules tbody, table.rules tr, table.rules td { display: block; width: 100%; }
  table.rules tr { border-bottom: 2px solid var(--line); padding: .4rem 0; }
  table.rules td { border: 0; padding: .15rem .25rem; }
  table.rules td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); }
}
@page { size: A4; margin: 15mm 14mm; }
@media print {
  :root { color-scheme: light; --fg: #000; --bg: #fff; --ok: #1a7f37; --bad: #b71c1c; --warn: #7a5200; --muted: #444; --line: #bbb; --soft: #fff;
    --here: #fff; --differs: #fff; --quote: #222; --link: #0550ae; --law: #0550ae; --guidance: #6639ba; --grade-fg: #000; }
  body { padding: 0; max-width: none; font-size: 10.5pt; }
  /* No dark fills on paper: the grade is a ringed letter, not a filled disc. */
  .grade { background: none !important; border: 3px solid var(--fg); }
  .verdict { background: none; }
  /* The verdict and the channels share the first page; every later section starts a page of its own. */
  #devices, #barriers, #rules, #crawl { break-before: page; }
  .channel, tr, img.screenshot, .verdict { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-box { overflow: visible; }
  /* Paper cannot be clicked open: every value is printed. */
  details.more::details-content { content-visibility: visible; display: block; }
  details.more > summary { list-style: none; }
  a { color: var(--link); text-decoration: none; }
}
`;
