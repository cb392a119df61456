/**
 * What a user would write without a browser: Crawlee's CheerioCrawler (plain HTTP and HTML
 * parsing), a full crawl of the site, the same contact extraction on every page. It cannot see
 * links or content that scripts write.
 */
import { CheerioCrawler, Configuration, LogLevel, log } from '@crawlee/cheerio';
import { ChannelDepths } from './contact-extraction.js';
import { printReport, readPeerInput } from './peer-protocol.js';

log.setLevel(LogLevel.OFF);
const input = readPeerInput();
const found = new ChannelDepths();
let done = 0;
let failed = 0;
let budgetHit = false;
const started = performance.now();

const crawler = new CheerioCrawler({
  minConcurrency: input.concurrency,
  maxConcurrency: input.concurrency,
  maxRequestRetries: 1,
  async requestHandler({ body, request, enqueueLinks }) {
    const depth = Number(request.userData.depth ?? 0);
    found.add(typeof body === 'string' ? body : body.toString('utf8'), depth);
    done++;
    await enqueueLinks({ strategy: 'same-hostname', userData: { depth: depth + 1 } });
  },
  failedRequestHandler() {
    failed++;
  },
}, new Configuration({ storageClientOptions: { localDataDirectory: input.storageDir }, persistStorage: false }));

const budget = setTimeout(() => {
  budgetHit = true;
  crawler.stop('time budget');
}, input.budgetMs);
await crawler.run([{ url: input.startUrl, userData: { depth: 0 } }]);
clearTimeout(budget);
printReport({
  peer: 'crawlee-cheerio', pagesDone: done, pagesFailed: failed, complete: !budgetHit,
  elapsedMs: performance.now() - started, channels: found.result(),
});
