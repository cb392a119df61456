import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/util/package-root.js';

/** An HTTPS site on 127.0.0.1 with a certificate nobody vouches for. */
let server: Server;
let url: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kontaktkoll-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="sv"><body><footer><p>Ring oss: 08-123 456 78</p></footer></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const kontaktkoll = (args: string[]) =>
  execa('node', [packagePath('bin', 'kontaktkoll.js'), ...args], { reject: false, env: { NO_COLOR: '1', LANG: 'C' }, timeout: 120_000 });

describe('a self-signed TLS certificate', () => {
  it('is a clear error with exit 3 and a hint', async () => {
    const run = await kontaktkoll(['audit', url, '--timeout', '20']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toMatch(/could not audit .*ERR_CERT_/);
    expect(run.stderr).toMatch(/--ignore-https-errors/);
  });

  it('is passed with --ignore-https-errors', async () => {
    const run = await kontaktkoll(['audit', url, '--ignore-https-errors', '--format', 'json', '--timeout', '20']);
    expect(run.exitCode, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { channels: { phone: { clicks: number } } }).channels.phone.clicks).toBe(0);
  });
});
