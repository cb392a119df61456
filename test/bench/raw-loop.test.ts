import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewToShow } from '../../bench/contenders/kontaktkoll-runner.js';
import { kontaktkollView } from '../../bench/contenders/peer-protocol.js';
import { rawLoop } from '../../bench/contenders/raw-loop.js';
import { contextOptionsFor } from '../../src/crawl/device-profile.js';
import { findBrowser } from '../../src/crawl/find-browser.js';

/**
 * A page that writes a phone number only in the window it is told of, for a visitor who asked for
 * less motion; its script holds the number in pieces, so only what it wrote shows it.
 */
const page = (width: number, height: number) => `<!doctype html><title>Window</title><body><script>
  if (innerWidth === ${width} && innerHeight === ${height} && matchMedia('(prefers-reduced-motion: reduce)').matches) {
    document.body.insertAdjacentHTML('beforeend', '<p>Ring oss: ' + ['08-123', '45', '67'].join(' ') + '</p>');
  }
</script></body>`;

/** An FAQ whose answer, with the number, is written only when its question is pressed. */
const FAQ = `<!doctype html><meta charset="utf-8"><title>FAQ</title><body>
  <h3><button aria-expanded="false" onclick="this.setAttribute('aria-expanded', 'true'); document.getElementById('a').textContent = 'Ring oss: ' + ['08-765', '43', '21'].join(' ')">Hur når jag er?</button></h3>
  <div id="a"></div>
  <p style="display:none">Hur når jag er?</p>
</body>`;

describe('the raw loop the benches measure kontaktkoll against', () => {
  let server: Server;
  let url: string;
  const desktop = contextOptionsFor('desktop');
  beforeAll(async () => {
    server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(req.url === '/faq' ? FAQ : page(desktop.viewport!.width, desktop.viewport!.height)));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('renders each page in the window and motion setting of kontaktkoll\'s desktop audit', async () => {
    expect(kontaktkollView()).toEqual({ width: desktop.viewport!.width, height: desktop.viewport!.height, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const report = await rawLoop({ startUrl: url, views: [{ url, presses: [] }, { url, presses: [] }], executablePath: findBrowser().executablePath, concurrency: 2, budgetMs: 60_000, view: kontaktkollView() });
    expect(report).toMatchObject({ pagesDone: 2, pagesFailed: 0, viewsPressed: 0, complete: true });
    expect(report.channels.phone).toBe(0);
  });

  it('sees another page in Playwright\'s default window', async () => {
    const report = await rawLoop({ startUrl: url, executablePath: findBrowser().executablePath, concurrency: 1, budgetMs: 60_000, view: { width: 1280, height: 720, deviceScaleFactor: 1, reducedMotion: 'no-preference' } });
    expect(report.pagesDone).toBe(1);
    expect(report.channels.phone).toBeNull();
  });

  it('shows a view kontaktkoll opened by pressing a control as plain Playwright does: the page loaded, the control clicked by its name', async () => {
    const faq = new URL('/faq', url).href;
    const path = [{ action: 'start', label: 'Hem', url }, { action: 'link', label: 'FAQ', url: faq }, { action: 'reveal', label: 'Hur når jag er?', url: faq }];
    const view = viewToShow({ url: faq, path });
    expect(view).toEqual({ url: faq, presses: ['Hur når jag er?'] });
    const run = (views: Array<typeof view>) => rawLoop({ startUrl: url, views, executablePath: findBrowser().executablePath, concurrency: 1, budgetMs: 60_000, view: kontaktkollView() });
    const pressed = await run([view]);
    expect(pressed).toMatchObject({ pagesDone: 1, pagesFailed: 0, viewsPressed: 1 });
    expect(pressed.channels.phone).toBe(0);
    // The page as it loads does not show the answer; a control that is not on the page fails its view.
    expect((await run([viewToShow({ url: faq, path: path.slice(0, 2) })])).channels.phone).toBeNull();
    expect(await run([{ url: faq, presses: ['Finns inte'] }])).toMatchObject({ pagesDone: 0, pagesFailed: 1 });
  });
});

