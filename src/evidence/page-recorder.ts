import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CrawlCapture } from '../crawl/crawl-site.js';
import type { ReadFacts } from '../crawl/read-facts.js';
import { deviceSchema, type CrawledPage, type Device } from '../model/audit-result.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { SavedDocument } from './manifest.js';
import { sha256 } from './sha256.js';

/** A page's saved documents and what a WARC record needs of its response. */
export interface RecordedPage {
  page: CrawledPage;
  device: Device;
  html: SavedDocument | null;
  dom: SavedDocument | null;
  response: { url: string; status: number; statusText: string; headers: Array<[string, string]> } | null;
}

/** A page can be far larger than anything a person reads; past this the saved copy is cut, and says so. */
export const MAX_SAVED_BYTES = 5 * 1024 * 1024;

/**
 * Keeps, as the crawl reads them, every page's documents in the bundle folder. Each device's
 * crawl is one session; an audit started over in the browser replaces its device's session,
 * and the files of the one given up are removed. Writes go one after the other through one
 * queue, so a replaced file is never removed after its successor was written.
 */
export class PageRecorder {
  private readonly sessions = new Map<Device, RecordedPage[]>();
  private queue: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  private harCount = 0;
  readonly harFiles: string[] = [];

  constructor(private readonly dir: string, private readonly maxBytes = MAX_SAVED_BYTES) {
    mkdirSync(join(dir, 'pages'), { recursive: true });
  }

  /** A fresh record for one crawl of `device` (see `AuditRuntime.capture`). */
  readonly capture = (device: Device): CrawlCapture => {
    const previous = this.sessions.get(device);
    if (previous) this.enqueue(() => this.remove(previous));
    const session: RecordedPage[] = [];
    this.sessions.set(device, session);
    return {
      onPage: (page, facts) => this.onPage(session, device, page, facts),
      harPath: () => {
        const file = `har/${device}-${++this.harCount}.har`;
        mkdirSync(join(this.dir, 'har'), { recursive: true });
        this.harFiles.push(file);
        return join(this.dir, file);
      },
    };
  };

  /** Every page recorded, desktop first, once every write has finished. */
  async pages(): Promise<RecordedPage[]> {
    await this.queue;
    if (this.failure) throw this.failure;
    return deviceSchema.options.flatMap((device) => this.sessions.get(device) ?? []);
  }

  private onPage(session: RecordedPage[], device: Device, page: CrawledPage, facts: ReadFacts | undefined): void {
    const base = `pages/${device}-${String(session.length + 1).padStart(4, '0')}`;
    const recorded: RecordedPage = { page, device, html: null, dom: null, response: null };
    session.push(recorded);
    const response = facts?.response;
    const dom = facts?.dom;
    if (response) {
      const { body, ...head } = response;
      recorded.response = head;
      this.enqueue(async () => {
        recorded.html = await this.save(`${base}.html`, body);
      });
    }
    if (dom !== undefined) {
      this.enqueue(async () => {
        recorded.dom = await this.save(`${base}.dom.html`, Buffer.from(dom, 'utf8'));
      });
    }
  }

  private async save(path: string, content: Buffer): Promise<SavedDocument> {
    const cut = content.length > this.maxBytes;
    const kept = cut ? content.subarray(0, this.maxBytes) : content;
    await writeFileAtomic(join(this.dir, path), kept);
    return {
      path, sha256: sha256(kept), bytes: kept.length,
      ...(cut ? { truncatedFrom: content.length, originalSha256: sha256(content) } : {}),
    };
  }

  private async remove(session: RecordedPage[]): Promise<void> {
    for (const { html, dom } of session) {
      for (const document of [html, dom]) if (document) await rm(join(this.dir, document.path), { force: true });
    }
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(step).catch((error: Error) => {
      this.failure ??= error;
    });
  }
}
