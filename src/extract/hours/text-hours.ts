import type { TextBlock } from '../../model/page-snapshot.js';
import { channelIn, hasHoursContext, looksLikeHoursHeading, type AppliesTo } from './applies-to.js';
import { isDayOnly, isTimeOnly, parseHoursText } from './parse-hours-text.js';
import type { Interval, Week } from './schedule.js';

/**
 * Hours statements in a page's visible text. A statement may span several consecutive
 * blocks: table rows ("Måndag | 08–17"), list items, or a day block followed at once by
 * its time block (`<dt>Lördag</dt><dd>10–14</dd>`). The block before a statement is its
 * heading when it reads like one ("Öppettider", "Kundtjänst har öppet").
 */

export interface TextHours {
  /** The statement's blocks as written, one per line. */
  text: string;
  heading: string | null;
  week: Week;
  /** Times the statement gives no days for ("Kundtjänst 8–17"). */
  timesWithoutDays: Interval[];
  appliesTo: AppliesTo;
}

type BlockKind = 'hours' | 'day-only' | 'time-only' | 'other';

const MAX_HEADING_CHARS = 80;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'th', 'caption', 'legend', 'strong', 'b', 'summary']);
/** How far back a channel word may name the hours ("Kundtjänst telefon" → number → hours). */
const CHANNEL_LOOKBACK = 3;

function classify(text: string, previous: string): BlockKind {
  const statements = parseHoursText(text);
  if (statements.some((s) => !s.bare)) return 'hours';
  const inContext = () => hasHoursContext(text) || (previous.length <= MAX_HEADING_CHARS && hasHoursContext(previous));
  if (statements.length > 0 && inContext()) return 'hours';
  if (isDayOnly(text)) return 'day-only';
  if (isTimeOnly(text)) return 'time-only';
  return 'other';
}

function isHeading(block: TextBlock): boolean {
  const text = block.text.trim();
  if (text === '' || text.length > MAX_HEADING_CHARS) return false;
  return HEADING_TAGS.has(block.tag) || text.endsWith(':') || looksLikeHoursHeading(text);
}

/** Channel words in the blocks just before a statement, nearest first, not reaching past a heading. */
function channelBefore(blocks: readonly TextBlock[], start: number, floor: number): AppliesTo | null {
  for (let i = start - 1; i >= Math.max(floor, start - CHANNEL_LOOKBACK); i--) {
    const block = blocks[i];
    if (!block) break;
    const channel = channelIn(block.text);
    if (channel) return channel;
    if (isHeading(block)) break;
  }
  return null;
}

/** Index just past the statement starting at `start`, or `start` when none starts there. */
function statementEnd(kinds: readonly BlockKind[], start: number): number {
  let i = start;
  for (;;) {
    if (kinds[i] === 'hours') i++;
    else if (kinds[i] === 'day-only' && kinds[i + 1] === 'time-only') i += 2;
    else return i;
  }
}

export function textHours(blocks: readonly TextBlock[]): TextHours[] {
  const kinds = blocks.map((block, i) => classify(block.text, blocks[i - 1]?.text ?? ''));
  const found: TextHours[] = [];
  let floor = 0;
  let i = 0;
  while (i < blocks.length) {
    const end = statementEnd(kinds, i);
    if (end === i) {
      i++;
      continue;
    }
    const members = blocks.slice(i, end);
    const text = members.map((b) => b.text.trim()).join('\n');
    const previous = blocks[i - 1];
    const heading = i > floor && previous && isHeading(previous) ? previous.text.trim() : null;
    const before = previous && previous.text.length <= MAX_HEADING_CHARS ? previous.text : '';
    const inContext = hasHoursContext(`${before}\n${text}`);
    const fallback = channelBefore(blocks, i, floor) ?? 'general';
    parseHoursText(text).forEach((statement, n) => {
      if (statement.bare && !inContext) return;
      // Only the first statement inherits the surroundings' channel; later ones named their own.
      const appliesTo = statement.channel ?? (n === 0 ? fallback : 'general');
      found.push({ text: statement.text, heading, week: statement.week, timesWithoutDays: statement.timesWithoutDays, appliesTo });
    });
    floor = end;
    i = end;
  }
  return found;
}
