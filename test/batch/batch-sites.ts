import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServedSite } from '../../src/serve/static-site-server.js';
import { serveTempSite, page } from '../helpers/temp-site.js';
import { closedPort } from '../helpers/closed-port.js';

export const SECTORS = ['telecom', 'energy', 'retail', 'travel', 'banking'] as const;

export interface BatchSites {
  /** CSV text of the list: url,name,sector,country. */
  csv: string;
  urls: string[];
  /** URLs expected to fail, with the reason. */
  failing: Map<string, string>;
  close(): Promise<void>;
}

/**
 * One small company site, its contact details placed by `index` so that scores, clicks to a
 * human and sector statistics vary across a batch: the phone on the start page, one click away,
 * two clicks away or nowhere; the e-mail and a form on some. Plain HTML with no scripts, so
 * every site's verdict is the same however busy the machine is (what a batch test compares).
 */
function companySite(index: number): Record<string, string> {
  const phone = `08-${String(100 + index).padStart(3, '0')} ${String(10 + (index % 90)).padStart(2, '0')} 00`;
  const phoneAt = index % 4;
  const email = index % 3 === 0 ? '' : `<p>E-post: <a href="mailto:info${index}@example.se">info${index}@example.se</a></p>`;
  const form = index % 5 === 0
    ? '<form action="/tack/" method="post"><label>Namn <input name="namn"></label><label>Meddelande <textarea name="meddelande"></textarea></label><button>Skicka</button></form>'
    : '';
  const call = (where: number) => (phoneAt === where ? `<p>Kundtjänst: ${phone}</p>` : '');
  return {
    'index.html': page(`<nav><a href="/om/">Om oss</a> <a href="/kontakt/">Kontakt</a></nav><main><h1>Företag ${index}</h1>${call(0)}</main>`),
    'om/index.html': page(`<nav><a href="/">Hem</a></nav><main><h1>Om oss</h1><p>Sedan ${1950 + index}.</p></main>`),
    'kontakt/index.html': page(`<nav><a href="/">Hem</a> <a href="/kontakt/kundtjanst/">Kundtjänst</a></nav><main><h1>Kontakt</h1>${call(1)}${email}${form}</main>`),
    'kontakt/kundtjanst/index.html': page(`<main><h1>Kundtjänst</h1>${call(2)}</main>`),
  };
}

/**
 * `count` small company sites, each on its own port (so each is its own origin and its own
 * company), plus one site whose robots.txt forbids everything and one port nobody listens on.
 * A hostile company name checks escaping on the way.
 */
export async function serveBatchSites(count: number): Promise<BatchSites> {
  const servers: ServedSite[] = [];
  const rows: string[][] = [];
  for (let index = 0; index < count; index++) {
    const served = await serveTempSite(companySite(index));
    servers.push(served);
    const company = index === 0 ? '<script>alert(1)</script> & "Co"' : `Företag ${index} AB`;
    rows.push([served.url, company, SECTORS[index % SECTORS.length]!, 'SE']);
  }
  const robots = await serveTempSite({ 'robots.txt': 'User-agent: *\nDisallow: /\n', 'index.html': page('<p>Ring 08-123 456 78</p>') });
  servers.push(robots);
  const closed = `http://127.0.0.1:${await closedPort()}/`;
  rows.push([robots.url, 'Robots Says No AB', 'retail', 'SE'], [closed, 'Nobody Home AB', 'energy', 'SE']);
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return {
    csv: `url,name,sector,country\n${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`,
    urls: rows.map((row) => row[0]!),
    failing: new Map([[robots.url, 'robots'], [closed, 'unreachable']]),
    close: async () => {
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

export function writeList(csv: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kontaktkoll-list-')), 'sites.csv');
  writeFileSync(file, csv);
  return file;
}
