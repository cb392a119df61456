import type { ChannelResult, Channels } from '../model/audit-result.js';
import { CHANNEL_NAMES, type ChannelItem, type ChannelName, type ChatItem, type PageFindings } from '../model/channel-items.js';
import { mergeChatSightings } from '../extract/chat/staffing.js';

/** Bound per channel so a hostile site listing 10,000 numbers cannot bloat the result. */
const MAX_ITEMS_PER_CHANNEL = 50;

/** What makes two items the same contact way, so the one with the fewest clicks is kept. */
export function identityOf(channel: ChannelName, item: ChannelItem): string {
  if (channel === 'hours' && 'schedule' in item) return `${item.schedule}|${item.appliesTo}|${item.source === 'json-ld'}`;
  return `${item.value.toLowerCase()}|${item.source === 'json-ld'}`;
}

/** What `item` makes of the kept sighting of its contact way; null when it changes nothing. */
function keptAfter(channel: ChannelName, kept: Map<string, ChannelItem>, item: ChannelItem): ChannelItem | null {
  const previous = kept.get(identityOf(channel, item));
  // A chat seen again keeps its fewest clicks, but what the later view says about who
  // answers (an opened launcher's "prata med en handläggare") is pooled into the verdict.
  if (previous && channel === 'chat') {
    const merged = mergeChatSightings(previous as ChatItem, item as ChatItem);
    return JSON.stringify(merged) === JSON.stringify(previous) ? null : merged;
  }
  if (previous) return previous.clicks > item.clicks ? item : null;
  return kept.size < MAX_ITEMS_PER_CHANNEL ? item : null;
}

/** A person sees it: structured data (JSON-LD) is read but not shown on the page. */
export function isVisibleItem(item: ChannelItem): boolean {
  return item.source !== 'json-ld';
}

/**
 * Accumulates findings page by page and keeps, for every contact way, the sighting with the
 * fewest clicks. Because pages arrive in breadth-first order, the first sighting is already
 * the minimum; the comparison guards the order anyway. Chats are the one merge: see
 * `mergeChatSightings`.
 */
export class ChannelMinimum {
  private readonly best = new Map<ChannelName, Map<string, ChannelItem>>(
    CHANNEL_NAMES.map((name) => [name, new Map<string, ChannelItem>()]),
  );

  /** A copy to try findings on without keeping them (see `verdictChange`). */
  copy(): ChannelMinimum {
    const copy = new ChannelMinimum();
    for (const [channel, kept] of this.best) copy.best.set(channel, new Map(kept));
    return copy;
  }

  add(findings: PageFindings): void {
    for (const channel of CHANNEL_NAMES) {
      const kept = this.best.get(channel)!;
      for (const item of findings[channel] as ChannelItem[]) {
        const next = keptAfter(channel, kept, item);
        if (next) kept.set(identityOf(channel, item), next);
      }
    }
  }

  /** Would `add` keep anything of these findings? (Findings it would drop cannot change the result.) */
  improves(findings: PageFindings): boolean {
    return CHANNEL_NAMES.some((channel) =>
      (findings[channel] as ChannelItem[]).some((item) => keptAfter(channel, this.best.get(channel)!, item) !== null));
  }

  /** Minimum clicks of a channel's visible items, or null when none is visible. */
  clicksOf(channel: ChannelName): number | null {
    let min: number | null = null;
    for (const item of this.best.get(channel)!.values()) {
      if (isVisibleItem(item) && (min === null || item.clicks < min)) min = item.clicks;
    }
    return min;
  }

  /**
   * Minimum clicks to a human: phone, e-mail, or a chat at the clicks where a person is known
   * to answer it (`humanClicks`), which for a bot that hands over may lie deeper than the chat.
   */
  humanClicks(): number | null {
    const chats = [...this.best.get('chat')!.values()] as ChatItem[];
    const chat = minOf(chats.filter(isVisibleItem).map((item) => item.humanClicks));
    return minOf([this.clicksOf('phone'), this.clicksOf('email'), chat]);
  }

  channels(): Channels {
    const result = {} as Record<ChannelName, ChannelResult>;
    for (const channel of CHANNEL_NAMES) {
      const items = [...this.best.get(channel)!.values()].sort(
        (a, b) => Number(isVisibleItem(b)) - Number(isVisibleItem(a)) || a.clicks - b.clicks || a.value.localeCompare(b.value),
      );
      const nearest = items.find(isVisibleItem);
      result[channel] = {
        found: nearest !== undefined,
        clicks: nearest?.clicks ?? null,
        path: nearest?.path ?? [],
        structuredDataOnly: items.length > 0 && nearest === undefined,
        items,
      } as ChannelResult;
    }
    return result as Channels;
  }
}

export function minOf(values: Array<number | null>): number | null {
  return values.reduce<number | null>((min, value) => (value !== null && (min === null || value < min) ? value : min), null);
}

/** Distinct human channels (phone, e-mail, form, staffed chat, visiting address) within `within` clicks. */
export function channelChoice(channels: Channels, within = 2): number {
  const near = (clicks: number | null) => clicks !== null && clicks <= within;
  const humanChat = channels.chat.items.some((item) => isVisibleItem(item) && item.humanClicks !== null && item.humanClicks <= within);
  return [near(channels.phone.clicks), near(channels.email.clicks), near(channels.form.clicks), humanChat, near(channels.address.clicks)]
    .filter(Boolean).length;
}
