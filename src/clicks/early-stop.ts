import { CHANNEL_NAMES, type ChannelName } from '../model/channel-items.js';

/**
 * The crawl may stop before its budget when every channel has been found and no page left
 * could show one in fewer clicks: every page still to come has at least `nextClicks` clicks.
 */
export function canStopEarly(clicksOf: (channel: ChannelName) => number | null, nextClicks: number): boolean {
  return CHANNEL_NAMES.every((channel) => {
    const clicks = clicksOf(channel);
    return clicks !== null && clicks <= nextClicks;
  });
}
