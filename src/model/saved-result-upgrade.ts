/**
 * Results saved before chats were classed in four (staffing) carry only `human`. They are
 * still evidence someone keeps: `report`, `rescore` and `--compare` read them by deriving the
 * newer fields from what was recorded, claiming nothing the old result did not.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function staffingOf(human: unknown): string {
  if (human === true) return 'human';
  if (human === false) return 'bot-only';
  return 'unknown';
}

function upgradeChatItem(item: unknown): unknown {
  if (!isObject(item) || 'staffing' in item) return item;
  const clicks = typeof item.clicks === 'number' ? item.clicks : null;
  return {
    ...item,
    staffing: staffingOf(item.human),
    humanClicks: item.human === true ? clicks : null,
    staffingCues: { vendorKind: 'unknown', vendorBasis: typeof item.basis === 'string' ? item.basis : '', bot: null, handover: null },
  };
}

function upgradeChannels(channels: unknown): unknown {
  if (!isObject(channels) || !isObject(channels.chat) || !Array.isArray(channels.chat.items)) return channels;
  return { ...channels, chat: { ...channels.chat, items: channels.chat.items.map(upgradeChatItem) } };
}

/** The saved JSON with fields added by later versions of the same schema derived from older ones. */
export function upgradeSavedResult(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  return { ...raw, channels: upgradeChannels(raw.channels) };
}
