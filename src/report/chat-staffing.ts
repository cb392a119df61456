import type { ChannelItem, ChatItem } from '../model/channel-items.js';
import type { ReportMessages } from './messages.js';

export function isChatItem(item: ChannelItem | undefined): item is ChatItem {
  return item !== undefined && 'staffing' in item;
}

/**
 * Who answers a chat, in the report's words: "bot with hand-over to people (a person from
 * 1 click)" when the hand-over shows only deeper than the chat itself. Plain text: each
 * renderer escapes it for its format.
 */
export function staffingText(item: ChatItem, m: ReportMessages): string {
  const label = m.staffing[item.staffing];
  return item.humanClicks !== null && item.humanClicks > item.clicks ? `${label} (${m.personFrom(item.humanClicks)})` : label;
}
