import type { BrowserContext, Page } from 'playwright-core';

/**
 * A fixed set of tabs reused for every page of an audit: a new context or tab per page costs
 * several times the render itself. A tab that misbehaved is thrown away and replaced.
 */
export class PagePool {
  private readonly idle: Page[] = [];
  private readonly owned = new Set<Page>();
  private created = 0;

  constructor(private readonly context: BrowserContext, private readonly size: number) {}

  async acquire(): Promise<Page> {
    const page = this.idle.pop();
    if (page && !page.isClosed()) return page;
    this.created++;
    const fresh = await this.context.newPage();
    this.owned.add(fresh);
    fresh.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    return fresh;
  }

  release(page: Page, healthy: boolean): void {
    if (healthy && !page.isClosed() && this.idle.length < this.size) {
      this.idle.push(page);
      return;
    }
    this.owned.delete(page);
    void page.close().catch(() => undefined);
  }

  get tabsCreated(): number {
    return this.created;
  }
}
