import { z } from 'zod';
import type { AuditResult } from '../model/audit-result.js';

/** The figures of one audited site that the ranked table and the sector statistics need. */
export const siteRowSchema = z.strictObject({
  score: z.number(),
  grade: z.string(),
  humanContactClicks: z.number().int().nullable(),
  phoneClicks: z.number().int().nullable(),
  hoursStated: z.boolean(),
  premiumRate: z.boolean(),
  chatbotOnly: z.boolean(),
  channelChoice: z.number().int(),
  barriers: z.array(z.string()),
  finalUrl: z.string(),
  pagesVisited: z.number().int(),
});
export type SiteRow = z.infer<typeof siteRowSchema>;

export function siteRowOf(result: AuditResult): SiteRow {
  const { channels } = result;
  return {
    score: result.score,
    grade: result.grade,
    humanContactClicks: result.humanContactClicks,
    phoneClicks: channels.phone.clicks,
    hoursStated: channels.hours.found,
    premiumRate: channels.phone.items.some((item) => item.premiumRate),
    // A chat that is not known to be staffed, and no phone, e-mail or staffed chat anywhere.
    chatbotOnly: channels.chat.found && !channels.chat.items.some((item) => item.human === true) && result.humanContactClicks === null,
    channelChoice: result.channelChoice,
    barriers: [...new Set(result.barriers.map((barrier) => barrier.kind))].sort(),
    finalUrl: result.finalUrl,
    pagesVisited: result.crawl.pagesVisited,
  };
}
