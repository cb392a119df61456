import { describe, expect, it } from 'vitest';
import { changesVerdict } from '../../src/audit/verdict-change.js';
import { ChannelMinimum } from '../../src/clicks/channel-minimum.js';
import { candidatePack } from '../../src/config/pack-choice.js';
import { extractPage, extractSignals, SignalCollector } from '../../src/extract/index.js';
import type { PageSnapshot } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const start = 'https://www.exempel.se/';
const view = (path: string, clicks: number, ...texts: string[]): PageSnapshot => makeSnapshot({
  url: `${start}${path}`,
  clicks,
  path: [{ action: 'start', label: 'Start', url: start }, ...(clicks > 0 ? [{ action: 'link' as const, label: path, url: `${start}${path}` }] : [])],
  blocks: blocks(...texts),
});

/** What a Swedish site keeps once its start page was read, and whether a later view would change the verdict. */
function keptAfter(...views: PageSnapshot[]) {
  const minimum = new ChannelMinimum();
  const signals = new SignalCollector();
  for (const seen of views) {
    minimum.add(extractPage(seen, { region: 'SE' }));
    signals.add(extractSignals(seen, { region: 'SE' }));
  }
  const kept = { minimum, signals, pack: candidatePack('se'), lawScope: {} };
  return (next: PageSnapshot) => {
    const findings = extractPage(next, { region: 'SE' });
    // Each view asked about adds something kept: else it would not be rendered for in any case.
    expect(minimum.improves(findings)).toBe(true);
    return changesVerdict(kept, findings, extractSignals(next, { region: 'SE' }));
  };
}

describe('whether a view changes the verdict (what a render is needed to confirm)', () => {
  const startPage = view('', 0, 'Kundtjänst: ring 08-123 45 67, vardagar 8–17.', 'E-post: info@exempel.se');

  it('another number beside a nearer one changes nothing a person reads as the verdict', () => {
    const changes = keptAfter(startPage);
    expect(changes(view('medarbetare/anna', 1, 'Anna Ek, jurist. Direkt: 08-765 43 21.'))).toBe(false);
    expect(changes(view('medarbetare/bo', 2, 'Bo Lind. Mejla bo@exempel.se.'))).toBe(false);
  });

  it('a channel found for the first time, or nearer, does', () => {
    const withoutMail = keptAfter(view('', 0, 'Kundtjänst: ring 08-123 45 67, vardagar 8–17.'));
    expect(withoutMail(view('kontakt', 1, 'E-post: info@exempel.se'))).toBe(true);
    const deep = keptAfter(view('', 0, 'Välkommen till oss.'), view('kontakt', 2, 'Ring 08-123 45 67.'));
    expect(deep(view('om-oss', 1, 'Ring oss på 08-765 43 21.'))).toBe(true);
  });

  it('an item that moves a rule does, though its channel is nearer elsewhere: a costly number beside a plain one', () => {
    const changes = keptAfter(startPage);
    expect(changes(view('support', 1, 'Teknisk support: 0900-123 45 67 (29,90 kr/min).'))).toBe(true);
  });

  it('an item at the same clicks that would become the one shown, with its own path, does', () => {
    const changes = keptAfter(view('', 0, 'Välkommen.'), view('kontakt', 1, 'Ring 08-765 43 21.'));
    // Sorted first by value at equal clicks, it would become the channel's nearest item and its path the one shown.
    expect(changes(view('butik', 1, 'Butiken: 08-123 45 67.'))).toBe(true);
  });
});
