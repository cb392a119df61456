import { createRequire } from 'node:module';

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
}
/** robots-parser is CommonJS with ESM-style typings; require() gives the function itself. */
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

export const USER_AGENT_TOKEN = 'kontaktkoll';
const MAX_ROBOTS_BYTES = 512 * 1024;


/**
 * robots.txt per origin, fetched once. A missing or unreadable file allows everything,
 * as the robots exclusion standard says (RFC 9309 §2.3.1.3–4, except 5xx which we treat as allow too
 * rather than blocking an audit on a flaky server).
 */
export class RobotsRules {
  private readonly byOrigin = new Map<string, Promise<Robots | null>>();

  /** `userAgent`: sent with each robots.txt request, as with every other request of the audit. */
  constructor(private readonly userAgent = '', private readonly timeoutMs = 5_000) {}

  async isAllowed(url: string): Promise<boolean> {
    const origin = new URL(url).origin;
    let robots = this.byOrigin.get(origin);
    if (!robots) {
      robots = this.fetchRobots(origin);
      this.byOrigin.set(origin, robots);
    }
    const parsed = await robots;
    return parsed ? parsed.isAllowed(url, USER_AGENT_TOKEN) !== false : true;
  }

  private async fetchRobots(origin: string): Promise<Robots | null> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const headers = this.userAgent ? { 'user-agent': this.userAgent } : undefined;
      const response = await fetch(robotsUrl, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'follow', headers });
      if (!response.ok) return null;
      const text = (await response.text()).slice(0, MAX_ROBOTS_BYTES);
      return robotsParser(robotsUrl, text);
    } catch {
      return null;
    }
  }
}
