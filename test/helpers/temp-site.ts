import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serveStaticSite, type ServedSite } from '../../src/serve/static-site-server.js';

/** Serves a site written inline in a test: `{ 'index.html': '…', 'kontakt/index.html': '…' }`. */
export async function serveTempSite(files: Record<string, string>): Promise<ServedSite> {
  const root = mkdtempSync(join(tmpdir(), 'kontaktkoll-site-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return serveStaticSite(root);
}

export function page(body: string, lang = 'sv'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;
}
