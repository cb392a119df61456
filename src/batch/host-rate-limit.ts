/**
 * Spaces out requests to one host (host:port), whichever site or worker makes them: at most
 * `perSecond` starts a second. Zero means no limit.
 */
export class HostRateLimit {
  private readonly nextSlot = new Map<string, number>();

  constructor(private readonly perSecond: number) {}

  async wait(rawUrl: string): Promise<void> {
    if (this.perSecond <= 0) return;
    let host: string;
    try {
      host = new URL(rawUrl).host;
    } catch {
      return;
    }
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + 1000 / this.perSecond);
    if (this.nextSlot.size > 10_000) this.forgetPast(now);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }

  private forgetPast(now: number): void {
    for (const [host, at] of this.nextSlot) if (at < now) this.nextSlot.delete(host);
  }
}
