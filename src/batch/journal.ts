import { open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import { KontaktkollError, EXIT } from '../errors.js';
import { journalRecordSchema, type JournalRecord } from './journal-record.js';

export const JOURNAL_FILE = 'results.jsonl';

export interface JournalContents {
  records: JournalRecord[];
  /** Lines that were not a whole record: a torn last line after a kill, or damage. */
  ignoredLines: number[];
  /** Byte length of the whole lines; anything after it is a torn tail. */
  wholeBytes: number;
}

/**
 * Reads the journal. A line without its newline was cut short by a crash mid-write and is
 * ignored; so is any line that is not a valid record.
 */
export async function readJournal(file: string): Promise<JournalContents> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], ignoredLines: [], wholeBytes: 0 };
    throw error;
  }
  const wholeBytes = buffer.lastIndexOf(0x0a) + 1;
  const lines = buffer.subarray(0, wholeBytes).toString('utf8').split('\n').slice(0, -1);
  const records: JournalRecord[] = [];
  const ignoredLines: number[] = [];
  lines.forEach((line, index) => {
    const parsed = safeJson(line);
    const record = parsed === undefined ? null : journalRecordSchema.safeParse(parsed);
    if (record?.success) records.push(record.data);
    else if (line.trim()) ignoredLines.push(index + 1);
  });
  if (wholeBytes < buffer.length) ignoredLines.push(lines.length + 1);
  return { records, ignoredLines, wholeBytes };
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** The latest record per site, where a success is never replaced by a later failure. */
export function latestBySite(records: readonly JournalRecord[]): Map<string, JournalRecord> {
  const latest = new Map<string, JournalRecord>();
  for (const record of records) {
    const earlier = latest.get(record.key);
    if (earlier?.status === 'done' && record.status === 'failed') continue;
    latest.set(record.key, record);
  }
  return latest;
}

/**
 * An append-only JSONL file where each record is one write of one whole line followed by
 * fsync: after a crash the file holds every acknowledged record and at most one torn line.
 */
export class JournalWriter {
  private chain: Promise<void> = Promise.resolve();

  private constructor(private readonly handle: FileHandle, readonly file: string) {}

  /** Opens for appending, first cutting off a torn tail so the next record starts on its own line. */
  static async open(file: string): Promise<JournalWriter> {
    try {
      const { wholeBytes } = await readJournal(file);
      const handle = await open(file, 'a');
      const { size } = await handle.stat();
      if (size > wholeBytes) {
        await truncate(file, wholeBytes);
      }
      return new JournalWriter(handle, file);
    } catch (error) {
      throw new KontaktkollError(`cannot open the journal ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
    }
  }

  append(record: JournalRecord): Promise<void> {
    const line = `${JSON.stringify(journalRecordSchema.parse(record))}\n`;
    // Serialised so two workers never interleave bytes of their lines.
    const next = this.chain.then(async () => {
      await this.handle.write(line);
      await this.handle.sync();
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.chain;
    await this.handle.close();
  }
}
