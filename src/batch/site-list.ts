import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { parseStartUrl } from '../audit/start-url.js';
import { UsageError } from '../errors.js';
import { siteKeyOf } from './site-key.js';
import { firstLineOf } from '../util/first-line.js';

/** One company to audit, as the list gives it. */
export const siteEntrySchema = z.strictObject({
  /** Stable id from the normalised URL: the journal, shards and queue all key on it. */
  key: z.string(),
  url: z.string(),
  name: z.string(),
  sector: z.string(),
  country: z.string(),
  rules: z.string().optional(),
  /** Line in the list file, for messages. */
  line: z.number().int().positive(),
});
export type SiteEntry = z.infer<typeof siteEntrySchema>;

export interface ListProblem {
  line: number;
  message: string;
}

export interface SiteList {
  sites: SiteEntry[];
  problems: ListProblem[];
}

const MAX_LIST_BYTES = 20 * 1024 * 1024;
const MAX_FIELD = 300;
const COLUMNS = ['url', 'name', 'sector', 'country', 'rules'] as const;

const rowSchema = z.object({
  url: z.string().trim().min(1, 'the url is empty'),
  name: z.string().trim().max(MAX_FIELD).optional(),
  sector: z.string().trim().max(MAX_FIELD).optional(),
  country: z.string().trim().max(MAX_FIELD).optional(),
  rules: z.string().trim().max(MAX_FIELD).optional(),
});

export async function readSiteList(file: string): Promise<SiteList> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the list ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  if (text.length > MAX_LIST_BYTES) throw new UsageError(`the list ${file} is larger than 20 MB`);
  return parseSiteList(text, file);
}

/**
 * A CSV with a header row naming `url` (plus optional name, sector, country, rules), or plain
 * text with one URL a line (`#` starts a comment). Bad rows are reported by line; the rest run.
 */
export function parseSiteList(text: string, file = 'list'): SiteList {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  return looksLikeCsv(firstLine, file) ? parseCsv(body) : parseText(body);
}

function looksLikeCsv(firstLine: string, file: string): boolean {
  if (/\.csv$/i.test(file)) return true;
  return /(^|[,;])\s*"?url"?\s*([,;]|$)/i.test(firstLine);
}

function parseText(body: string): SiteList {
  const list = new Collector();
  body.split(/\r?\n/).forEach((raw, index) => {
    const value = raw.replace(/#.*$/, '').trim();
    if (value) list.add({ url: value }, index + 1);
  });
  return list.result();
}

function parseCsv(body: string): SiteList {
  const list = new Collector();
  const delimiter = (body.split(/\r?\n/, 1)[0] ?? '').includes(';') && !(body.split(/\r?\n/, 1)[0] ?? '').includes(',') ? ';' : ',';
  let records: { record: Record<string, string>; info: { lines: number; invalid_field_length: number } }[];
  try {
    records = parse(body, {
      columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()),
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      info: true,
      comment: '#',
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new UsageError(`the list is not valid CSV at line ${line}: ${firstLineOf(error)}`);
  }
  const header = Object.keys(records[0]?.record ?? {});
  if (records.length > 0 && !header.includes('url')) throw new UsageError('the CSV list needs a "url" column', `columns: ${COLUMNS.join(', ')}`);
  for (const { record, info } of records) {
    const picked: Record<string, string> = { url: record.url ?? '' };
    for (const column of COLUMNS) if (record[column]) picked[column] = record[column];
    list.add(picked, info.lines);
  }
  return list.result();
}

class Collector {
  private readonly sites: SiteEntry[] = [];
  private readonly problems: ListProblem[] = [];
  private readonly seen = new Map<string, number>();

  add(raw: Record<string, string>, line: number): void {
    const row = rowSchema.safeParse(raw);
    if (!row.success) {
      this.problems.push({ line, message: row.error.issues[0]?.message ?? 'bad row' });
      return;
    }
    let url: string;
    try {
      url = parseStartUrl(row.data.url);
    } catch (error) {
      this.problems.push({ line, message: (error as Error).message });
      return;
    }
    const key = siteKeyOf(url);
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      this.problems.push({ line, message: `${url} is already listed on line ${earlier}` });
      return;
    }
    this.seen.set(key, line);
    this.sites.push({
      key,
      url,
      name: row.data.name || new URL(url).host,
      sector: row.data.sector || '',
      country: row.data.country || '',
      ...(row.data.rules ? { rules: row.data.rules } : {}),
      line,
    });
  }

  result(): SiteList {
    return { sites: this.sites, problems: this.problems };
  }
}
