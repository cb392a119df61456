import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';
import { fixtureNames, FIXTURES_DIR } from '../helpers/fixture-sites.js';
import { serveTempSite, page } from '../helpers/temp-site.js';

export const SECTORS = ['telecom', 'energy', 'retail', 'travel', 'banking'] as const;

export interface BatchSites {
  /** CSV text of the list: url,name,sector,country. */
  csv: string;
  urls: string[];
  /** URLs expected to fail, with the reason. */
  failing: Map<string, string>;
  close(): Promise<void>;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * `count` servers cycling through the fixture sites, each on its own port (so each is its own
 * origin and its own company), plus one site whose robots.txt forbids everything and one port nobody
 * listens on. A hostile company name checks escaping on the way.
 */
export async function serveBatchSites(count: number): Promise<BatchSites> {
  const servers: ServedSite[] = [];
  const rows: string[][] = [];
  const names = fixtureNames();
  for (let index = 0; index < count; index++) {
    const name = names[index % names.length]!;
    const copy = Math.floor(index / names.length);
    const served = await serveStaticSite(join(FIXTURES_DIR, name));
    servers.push(served);
    const company = index === 0 ? '<script>alert(1)</script> & "Co"' : `${name} ${copy + 1}`;
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
