import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { WARCRecord } from 'warcio';
import { WARCSerializer } from 'warcio/node';
import type { RecordedPage } from './page-recorder.js';

/**
 * Headers that describe the bytes on the wire, not the body kept: the body is saved decoded
 * (de-chunked, uncompressed), so a reader told it is gzip or chunked would mangle it.
 */
const WIRE_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

/**
 * Writes one WARC (gzip per record) with a `warcinfo` record and a `response` record for
 * every page whose HTML was kept, in crawl order; the record and payload digests are
 * warcio's. A body cut at the size bound carries `WARC-Truncated: length`. Written to a
 * temporary file and renamed, so the bundle never holds half a WARC. Returns the number of
 * response records.
 */
export async function writeWarc(dir: string, path: string, pages: readonly RecordedPage[], software: string): Promise<number> {
  const target = join(dir, path);
  const temporary = `${target}.${process.pid}.tmp`;
  const out = createWriteStream(temporary);
  let records = 0;
  const write = async (record: WARCRecord) => {
    const bytes = await WARCSerializer.serialize(record, { gzip: true });
    if (!out.write(bytes)) await once(out, 'drain');
  };
  try {
    const warcVersion = 'WARC/1.1';
    await write(WARCRecord.createWARCInfo({ filename: path, warcVersion }, {
      software, format: 'WARC File Format 1.1', description: 'pages read by a kontaktkoll audit (see manifest.json)',
    }));
    for (const { page, html, response } of pages) {
      if (!html || !response) continue;
      const body = await readFile(join(dir, html.path));
      const httpHeaders = response.headers.filter(([name]) => !name.startsWith(':') && !WIRE_HEADERS.has(name.toLowerCase()));
      httpHeaders.push(['Content-Length', String(body.length)]);
      await write(WARCRecord.create({
        url: response.url,
        date: page.readAt,
        type: 'response',
        warcVersion,
        statusline: `HTTP/1.1 ${response.status} ${response.statusText}`.trimEnd(),
        httpHeaders,
        warcHeaders: html.truncatedFrom === undefined ? {} : { 'WARC-Truncated': 'length' },
      }, [new Uint8Array(body)]));
      records++;
    }
    out.end();
    await once(out, 'finish');
    await rename(temporary, target);
    return records;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
