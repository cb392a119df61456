import { z } from 'zod';
import { siteRowSchema } from './site-row.js';

export const failureReasonSchema = z.enum(['unreachable', 'timeout', 'robots', 'crashed-browser', 'refused', 'error']);
export type FailureReason = z.infer<typeof failureReasonSchema>;

const common = {
  key: z.string().regex(/^[0-9a-f]{16}$/),
  url: z.string(),
  name: z.string(),
  sector: z.string(),
  country: z.string(),
  finishedAt: z.string(),
  durationMs: z.number().nonnegative(),
  /** Which run or worker wrote it, for tracing duplicates. */
  by: z.string(),
};

/** One line of results.jsonl: a site finished, either audited or failed with a reason. */
export const journalRecordSchema = z.discriminatedUnion('status', [
  z.strictObject({ ...common, status: z.literal('done'), file: z.string(), row: siteRowSchema }),
  z.strictObject({ ...common, status: z.literal('failed'), reason: failureReasonSchema, message: z.string() }),
]);
export type JournalRecord = z.infer<typeof journalRecordSchema>;
export type DoneRecord = Extract<JournalRecord, { status: 'done' }>;
