import { sellingSignKindSchema, type Route, type SellingSign, type Signals } from '../../model/signals.js';

const SELLING_SIGN_KINDS = sellingSignKindSchema.options;
import type { PageSignals } from './page-signals.js';

/** Bounds so a hostile site with thousands of pages or images cannot bloat the result. */
const MAX_ORG_NUMBERS = 20;
const MAX_TRUST_MARKS = 20;
const MAX_IMAGE_CONTACTS = 30;
const MAX_PAGES_WITHOUT = 20;

function nearer(current: Route | null, candidate: Route | null): Route | null {
  if (!candidate) return current;
  return current === null || candidate.clicks < current.clicks ? candidate : current;
}

/**
 * Gathers page signals as the crawl delivers pages, keeping for each fact the sighting with
 * the fewest clicks, and counting each URL once for the contact-link coverage.
 */
export class SignalCollector {
  private readonly orgNumbers = new Map<string, Signals['orgNumbers'][number]>();
  private readonly trustMarks = new Map<string, Signals['trustMarks'][number]>();
  private readonly imageContacts = new Map<string, Signals['imageContacts'][number]>();
  private readonly sellingSigns = new Map<string, SellingSign>();
  private complaintRoute: Route | null = null;
  private cancellationRoute: Route | null = null;
  private readonly pagesSeen = new Set<string>();
  private pagesWithRoute = 0;
  private readonly pagesWithout: Array<{ url: string; clicks: number }> = [];

  /** A copy to try a page's signals on without keeping them (see `verdictChange`). */
  copy(): SignalCollector {
    const copy = new SignalCollector();
    copyInto(this.orgNumbers, copy.orgNumbers);
    copyInto(this.trustMarks, copy.trustMarks);
    copyInto(this.imageContacts, copy.imageContacts);
    copyInto(this.sellingSigns, copy.sellingSigns);
    copy.complaintRoute = this.complaintRoute;
    copy.cancellationRoute = this.cancellationRoute;
    for (const url of this.pagesSeen) copy.pagesSeen.add(url);
    copy.pagesWithRoute = this.pagesWithRoute;
    copy.pagesWithout.push(...this.pagesWithout);
    return copy;
  }

  add(page: PageSignals): void {
    keepNearest(this.orgNumbers, page.orgNumbers, (item) => `${item.kind}|${item.value}`, MAX_ORG_NUMBERS);
    keepNearest(this.trustMarks, page.trustMarks, (item) => item.mark, MAX_TRUST_MARKS);
    keepNearest(this.imageContacts, page.imageContacts, (item) => `${item.kind}|${item.value}`, MAX_IMAGE_CONTACTS);
    keepNearest(this.sellingSigns, page.sellingSigns, (item) => item.kind, SELLING_SIGN_KINDS.length);
    this.complaintRoute = nearer(this.complaintRoute, page.routes.complaint);
    this.cancellationRoute = nearer(this.cancellationRoute, page.routes.cancellation);
    if (this.pagesSeen.has(page.url)) return;
    this.pagesSeen.add(page.url);
    if (page.hasContactRoute) this.pagesWithRoute += 1;
    else if (this.pagesWithout.length < MAX_PAGES_WITHOUT) this.pagesWithout.push({ url: page.url, clicks: page.clicks });
  }

  /**
   * Would `add` keep anything of this page beyond counting it for the contact-link coverage?
   * Used to tell which pages can change a verdict.
   */
  improves(page: PageSignals): boolean {
    return improvesNearest(this.orgNumbers, page.orgNumbers, (item) => `${item.kind}|${item.value}`, MAX_ORG_NUMBERS)
      || improvesNearest(this.trustMarks, page.trustMarks, (item) => item.mark, MAX_TRUST_MARKS)
      || improvesNearest(this.imageContacts, page.imageContacts, (item) => `${item.kind}|${item.value}`, MAX_IMAGE_CONTACTS)
      || improvesNearest(this.sellingSigns, page.sellingSigns, (item) => item.kind, SELLING_SIGN_KINDS.length)
      || nearer(this.complaintRoute, page.routes.complaint) !== this.complaintRoute
      || nearer(this.cancellationRoute, page.routes.cancellation) !== this.cancellationRoute;
  }

  signals(): Signals {
    return {
      orgNumbers: [...this.orgNumbers.values()],
      trustMarks: [...this.trustMarks.values()],
      complaintRoute: this.complaintRoute,
      cancellationRoute: this.cancellationRoute,
      imageContacts: [...this.imageContacts.values()],
      contactLinkCoverage: {
        pagesChecked: this.pagesSeen.size,
        pagesWithRoute: this.pagesWithRoute,
        pagesWithout: [...this.pagesWithout].sort((a, b) => a.clicks - b.clicks),
      },
      sellingSigns: [...this.sellingSigns.values()].sort((a, b) => a.clicks - b.clicks),
    };
  }
}

function copyInto<T>(from: ReadonlyMap<string, T>, to: Map<string, T>): void {
  for (const [key, value] of from) to.set(key, value);
}

function keepNearest<T extends { clicks: number }>(kept: Map<string, T>, items: readonly T[], key: (item: T) => string, max: number): void {
  for (const item of items) {
    const id = key(item);
    const previous = kept.get(id);
    if (previous ? previous.clicks <= item.clicks : kept.size >= max) continue;
    kept.set(id, item);
  }
}

function improvesNearest<T extends { clicks: number }>(kept: Map<string, T>, items: readonly T[], key: (item: T) => string, max: number): boolean {
  return items.some((item) => {
    const previous = kept.get(key(item));
    return previous ? previous.clicks > item.clicks : kept.size < max;
  });
}
