/**
 * The contact extraction every peer runs on each page's HTML: what a person writing their own
 * crawler would match. Deliberately simple; the peers are measured for crawling, not judged
 * for extraction.
 */
export const PEER_CHANNELS = ['phone', 'email', 'form', 'chat', 'address', 'hours'] as const;
export type PeerChannel = (typeof PEER_CHANNELS)[number];

const PATTERNS: Record<PeerChannel, RegExp> = {
  phone: /href="tel:|\b0\d{1,3}-\d{2,3} ?\d{2} ?\d{2}\b/,
  email: /href="mailto:|\b[\w.+-]+@[\w-]+\.[\w.]+\b/,
  form: /<form\b[\s\S]*?(?:<textarea\b|type="email")[\s\S]*?<\/form>/i,
  chat: /\bchat[-/]?(?:widget|launcher)\b|zdassets\.com|intercom|livechat/i,
  address: /\b\d{3} ?\d{2} [A-ZÅÄÖ][a-zåäö]+\b/,
  hours: /öppettider[^<]{0,80}\d{1,2}[.:]\d{2}/i,
};

export function contactChannelsIn(html: string): PeerChannel[] {
  return PEER_CHANNELS.filter((channel) => PATTERNS[channel].test(html));
}

/** Smallest link depth at which each channel was seen, over a crawl. */
export class ChannelDepths {
  private readonly depths = new Map<PeerChannel, number>();

  add(html: string, depth: number): void {
    for (const channel of contactChannelsIn(html)) {
      const known = this.depths.get(channel);
      if (known === undefined || depth < known) this.depths.set(channel, depth);
    }
  }

  result(): Record<PeerChannel, number | null> {
    return Object.fromEntries(PEER_CHANNELS.map((channel) => [channel, this.depths.get(channel) ?? null])) as Record<PeerChannel, number | null>;
  }
}
