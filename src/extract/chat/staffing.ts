import type { ChatItem, Staffing } from '../../model/channel-items.js';

export type StaffingCues = ChatItem['staffingCues'];
export type StaffingVerdict = Pick<ChatItem, 'staffing' | 'humanClicks' | 'human' | 'basis'>;

/**
 * Who answers, from the vendor's design and the page's own words. The page outranks the
 * product: a "human" live-chat product whose greeting says "I am a virtual assistant" is judged
 * by its greeting. Bot wording and a hand-over phrase together make a bot with hand-over; a
 * hand-over phrase on a bot-first (hybrid) or bot product is one too, since the product
 * answers first. A hybrid product with no words either way stays unknown: such products run
 * staffed by people, as a bot alone, or both.
 *
 * `humanClicks` is where a person is *known* to be reachable: for a human product that the page
 * does not call a bot, wherever the chat is (`clicks`); otherwise only where the hand-over phrase
 * was seen. A launcher at 0 clicks that says "virtuell assistent" and shows "prata med en
 * handläggare" only once opened is a chat at 0 clicks but a human at 1 click — counting it at 0
 * would claim a person is there before the customer could know.
 */
export function judgeStaffing(cues: StaffingCues, clicks: number): StaffingVerdict {
  const { vendorKind, bot, handover } = cues;
  const quoted = (cue: { text: string; clicks: number }) => `"${cue.text}" (${cue.clicks} click${cue.clicks === 1 ? '' : 's'})`;
  const vendorBasis = cues.vendorBasis;
  let staffing: Staffing;
  let humanClicks: number | null;
  let basis: string;
  if (vendorKind === 'human' && bot === null) {
    staffing = 'human';
    humanClicks = clicks;
    basis = handover ? `the page offers a person: ${quoted(handover)}; ${vendorBasis}` : vendorBasis;
  } else if (handover !== null) {
    staffing = bot !== null || vendorKind === 'bot' || vendorKind === 'hybrid' ? 'bot-with-handover' : 'human';
    humanClicks = Math.max(clicks, handover.clicks);
    basis = bot
      ? `the page presents the chat as a bot: ${quoted(bot)}, and offers a person: ${quoted(handover)}`
      : `the page offers a person: ${quoted(handover)}; ${vendorBasis}`;
  } else if (bot !== null) {
    staffing = 'bot-only';
    humanClicks = null;
    basis = `the page presents the chat as a bot: ${quoted(bot)}, and offers no person`;
  } else {
    staffing = vendorKind === 'bot' ? 'bot-only' : 'unknown';
    humanClicks = null;
    basis = vendorBasis;
  }
  return { staffing, humanClicks, human: humanOf(staffing), basis };
}

/** The older yes/no/unknown reading of `staffing`: a bot that hands over still reaches a person. */
export function humanOf(staffing: Staffing): boolean | null {
  if (staffing === 'unknown') return null;
  return staffing !== 'bot-only';
}

function earlier<T extends { clicks: number }>(a: T | null, b: T | null): T | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.clicks < a.clicks ? b : a;
}

/**
 * One chat seen twice (another view of the same page after a launcher was opened, or another
 * page): the sighting with fewer clicks gives place and path, the cues of both are pooled, and
 * the verdict is judged again. A later, better-informed view thus changes the verdict without
 * moving the chat deeper.
 */
export function mergeChatSightings(kept: ChatItem, seen: ChatItem): ChatItem {
  const base = seen.clicks < kept.clicks ? seen : kept;
  const cues: StaffingCues = {
    vendorKind: base.staffingCues.vendorKind,
    vendorBasis: base.staffingCues.vendorBasis,
    bot: earlier(kept.staffingCues.bot, seen.staffingCues.bot),
    handover: earlier(kept.staffingCues.handover, seen.staffingCues.handover),
  };
  return { ...base, staffingCues: cues, ...judgeStaffing(cues, base.clicks) };
}
