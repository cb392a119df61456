import type { PageFindings } from '../model/channel-items.js';
import type { PageSnapshot, SnapshotProbes } from '../model/page-snapshot.js';
import { extractAddresses } from './address.js';
import { extractChats } from './chat/index.js';
import { chatProbes } from './chat/probes.js';
import { extractEmails } from './email.js';
import type { ExtractContext } from './extract-context.js';
import { extractContactForms } from './form.js';
import { extractHours } from './hours/index.js';
import { extractPhones } from './phone/index.js';

export { detectRegion } from './region.js';
export { extractSignals, SignalCollector, type PageSignals } from './signals/index.js';

/** Every extractor over one page: pure, so saved snapshots can be re-extracted offline. */
export function extractPage(page: PageSnapshot, ctx: ExtractContext): PageFindings {
  return {
    phone: extractPhones(page, ctx),
    email: extractEmails(page, ctx),
    form: extractContactForms(page, ctx),
    chat: extractChats(page, ctx),
    address: extractAddresses(page, ctx),
    hours: extractHours(page, ctx),
  };
}

/** What the crawl must ask each page for so the extractors can work (chat vendors' globals and DOM). */
export function extractionProbes(): SnapshotProbes {
  return chatProbes();
}
