import { z } from 'zod';
import type { AuditResult } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';

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
  // Optional: journals written before the summary had charts and a failure table lack them.
  /** Clicks to each channel, null where it was not found (the availability chart). */
  channelClicks: z.record(z.enum(CHANNEL_NAMES), z.number().int().nullable()).optional(),
  /** Rules this site failed, with their titles in the site's report language (the most-common-failures table). */
  failedRules: z.array(z.strictObject({ id: z.string(), title: z.string() })).optional(),
  /** The rule pack the site was judged under (the methodology section). */
  rulePack: z.string().optional(),
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
    channelClicks: Object.fromEntries(CHANNEL_NAMES.map((name) => [name, channels[name].found ? channels[name].clicks : null])) as SiteRow['channelClicks'],
    failedRules: result.rules.filter((rule) => rule.status === 'fail').map((rule) => ({ id: rule.id, title: rule.title })),
    rulePack: result.rulePack.id,
  };
}
