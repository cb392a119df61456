/**
 * The README's "What kontaktkoll survives" table, row by row. Each row names the test that
 * proves it; `survival-table.test.ts` checks the README says exactly this.
 */
export const SURVIVAL_TABLE: ReadonlyArray<{ hostile: string; outcome: string }> = [
  { hostile: 'redirect loop behind a link', outcome: 'recorded in `crawl.errors` (ERR_TOO_MANY_REDIRECTS); the rest of the site is audited' },
  { hostile: 'redirect loop at the start URL', outcome: 'exit 3: the site could not be audited' },
  { hostile: 'redirect chain of 30', outcome: 'cut by the browser after 20 hops and recorded' },
  { hostile: 'calendar trap with infinite links', outcome: 'bounded by `--max-depth` and `--max-pages`; the report says how many pages were not examined' },
  { hostile: 'page with 20,000 links', outcome: 'at most 3,000 links read per page; the page budget holds' },
  { hostile: '6 MB HTML page (over the 5 MB limit of a page read over HTTP)', outcome: 'read in the browser within bounds (text nodes, blocks, lengths capped); the audit finishes' },
  { hostile: 'page whose load never finishes', outcome: 'read after a bounded wait; contact details on it count' },
  { hostile: 'script in an endless loop', outcome: 'that page is given up after 10 s (stretched up to 6× on a busy machine) and its tab replaced; the audit goes on' },
  { hostile: '`alert` / `confirm` / `prompt` / `beforeunload`', outcome: 'dismissed; the page is read' },
  { hostile: 'download link, `Content-Disposition: attachment`', outcome: 'refused (downloads are off), recorded' },
  { hostile: '`window.open` popups, `target=_blank`', outcome: 'popups a script opens refused (`window.open` answers null), any other closed; `target=_blank` links followed as ordinary links' },
  { hostile: 'PDF and other non-HTML types', outcome: 'not read as pages; recorded' },
  { hostile: '404 / 500 / 503 with `Retry-After`', outcome: 'recorded as `HTTP 404` etc.; the audit goes on' },
  { hostile: 'server dripping one byte a second', outcome: 'ends within `--timeout`, with what was found before' },
  { hostile: 'meta refresh', outcome: 'followed (up to 3 hops of at most 5 s) like a person is taken along, wherever the browser\'s own refresh has got to; no click counted' },
  { hostile: 'contact details inside a same-origin iframe', outcome: 'read when the iframe itself is visible; they count at the clicks of the page around it (cross-origin iframes are listed, not read)' },
  { hostile: 'contact details inside shadow DOM', outcome: 'open shadow roots read like the page, controls inside them clicked; hidden hosts and hidden parts do not count' },
  { hostile: 'ISO-8859-1 Swedish text', outcome: 'decoded; hours and numbers read' },
  { hostile: 'robots.txt disallowing everything', outcome: 'exit 3: robots.txt disallows the start page' },
  { hostile: 'links to `file:` and browser-internal pages', outcome: 'never in scope: not followed, framed or refreshed to' },
  { hostile: 'self-signed TLS certificate', outcome: 'exit 3 with the certificate error and a hint; `--ignore-https-errors` proceeds' },
  { hostile: 'unreachable start URL', outcome: 'exit 3 with the network reason' },
  { hostile: 'Chromium killed mid-audit', outcome: 'a fresh browser is started and the page read again (recorded in `crawl.errors`); after 3 restarts the audit stops with `browser-crashed`, exit 3, keeping what was found; a batch records `crashed-browser` and goes on, without trying the site again' },
  { hostile: 'malformed URL, bad option, broken rule pack or config, unwritable output', outcome: 'one-line error, exit 2 (`--debug` for the stack); a pack or config error names the file, the path in it and what was expected; a computed result is still printed' },
];
