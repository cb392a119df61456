import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/run-audit.js';
import type { NetworkPolicy } from '../../src/audit/audit-browser.js';
import type { AuditResult } from '../../src/model/audit-result.js';

const HIDDEN_PHONE = '08-765 43 21';
const page = (body: string) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Butik</title></head><body>${body}</body></html>`;
const PAGES: Record<string, string> = {
  '/': page('<nav><a href="/kontakt/">Kontakt</a> <a href="/om/">Om oss</a></nav><main><h1>Välkommen</h1><p>Vi säljer cyklar.</p></main>'),
  '/om/': page('<main><h1>Om oss</h1><script src="/skript-hemlig.js"></script><p>Sedan 1952.</p></main>'),
  '/hemligt/': page(`<main><h1>Kontakt</h1><p>Ring ${HIDDEN_PHONE}</p></main>`),
};

let server: Server;
let url: string;
const requested: string[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requested.push(path);
    // The contact page moved somewhere the policy refuses: only a redirect leads there.
    if (path === '/kontakt/') {
      response.writeHead(302, { location: '/hemligt/' });
      response.end();
      return;
    }
    const body = PAGES[path];
    response.writeHead(body ? 200 : 404, { 'content-type': path === '/robots.txt' ? 'text/plain' : 'text/html; charset=utf-8' });
    response.end(path === '/robots.txt' ? 'User-agent: *\nAllow: /\n' : (body ?? 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const phones = (result: AuditResult) => result.channels.phone.items.map((item) => ('value' in item ? item.value : ''));

describe('one network policy, applied by the audit to both engines', () => {
  for (const engine of ['browser', 'auto', 'http'] as const) {
    it(`--engine ${engine}: a refused address is never requested, not even as a redirect's next hop or a page's script`, async () => {
      requested.length = 0;
      const refusedAsked: string[] = [];
      const waited: string[] = [];
      const network: NetworkPolicy = {
        check: async (target) => {
          const refused = new URL(target).pathname.includes('hemlig');
          if (refused) refusedAsked.push(new URL(target).pathname);
          return refused ? { ok: false, reason: 'refused by the test policy' } : { ok: true };
        },
        wait: async (target) => {
          waited.push(new URL(target).pathname);
        },
      };
      const result = await audit({ url, engine, timeoutSeconds: 60, maxPages: 10, concurrency: 2 }, {}, undefined, { network });
      expect(requested.filter((path) => path.includes('hemlig'))).toEqual([]);
      expect(refusedAsked).toContain('/hemligt/');
      if (engine !== 'http') expect(refusedAsked).toContain('/skript-hemlig.js');
      expect(waited).toEqual(expect.arrayContaining(['/', '/om/']));
      expect(phones(result).some((phone) => phone.replace(/\D/g, '').endsWith('87654321'))).toBe(false);
    });
  }

  it('without a policy the same site shows the phone behind the redirect (the site itself is sound)', async () => {
    const result = await audit({ url, engine: 'browser', timeoutSeconds: 60, maxPages: 10, concurrency: 2 });
    expect(phones(result).some((phone) => phone.replace(/\D/g, '').endsWith('87654321'))).toBe(true);
  });
});
