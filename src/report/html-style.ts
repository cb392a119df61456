/** The report's only styling, inline so the file works offline and makes no requests. */
export const HTML_STYLE = `
:root { --ok: #1a7f37; --bad: #c62828; --warn: #9a6700; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0; padding: 2rem; max-width: 72rem; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.site { color: var(--muted); word-break: break-all; }
.verdict { display: flex; gap: 1.5rem; align-items: center; padding: 1rem 1.25rem; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); margin: 1rem 0; }
.grade { font-size: 2.6rem; font-weight: 700; width: 4.5rem; height: 4.5rem; border-radius: 50%; display: flex; align-items: center; justify-content: center; color: #fff; flex: none; }
.grade-A, .grade-B { background: var(--ok); } .grade-C, .grade-D { background: var(--warn); } .grade-E, .grade-F { background: var(--bad); }
.verdict p { margin: .1rem 0; } .score { font-size: 1.2rem; font-weight: 600; }
.channel { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
.channel h3 { margin: 0 0 .5rem; font-size: 1rem; display: flex; gap: .75rem; align-items: baseline; }
.channel.missing h3 { color: var(--bad); } .channel .clicks { font-weight: 400; color: var(--muted); }
ol.path { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem; padding: 0; margin: .25rem 0; }
ol.path li { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .2rem .55rem; max-width: 22rem; overflow-wrap: anywhere; }
ol.path li + li::before { content: "→ "; color: var(--muted); }
ol.path li.here { border-color: var(--ok); background: #dafbe1; }
.step-page { display: block; font-size: .8rem; color: var(--muted); }
blockquote.evidence { margin: .4rem 0; padding: .3rem .75rem; border-left: 3px solid var(--line); color: #424a53; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
th { background: var(--soft); font-weight: 600; }
.status-pass { color: var(--ok); } .status-fail { color: var(--bad); font-weight: 600; } .status-warn { color: var(--warn); font-weight: 600; } .status-not-applicable { color: var(--muted); }
.kind { display: inline-block; border-radius: 999px; padding: 0 .5rem; font-size: .8rem; border: 1px solid; }
.kind-law { color: #0550ae; } .kind-guidance { color: #8250df; } .kind-principle { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
img.screenshot { max-width: 100%; max-height: 28rem; object-fit: contain; object-position: top left; border: 1px solid var(--line); border-radius: 6px; margin-top: .5rem; }
table.devices tr.differs td { background: #fff8c5; } ul.differences { padding-left: 1rem; list-style: none; } ul.differences li { color: var(--warn); font-weight: 600; }
.staffing { margin: .25rem 0; color: #424a53; overflow-wrap: anywhere; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
a { color: #0969da; overflow-wrap: anywhere; }
`;
