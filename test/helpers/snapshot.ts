import type { PageSnapshot, TextBlock } from '../../src/model/page-snapshot.js';

/** A page snapshot with sensible empty defaults; tests state only what matters to them. */
export function makeSnapshot(partial: Partial<PageSnapshot> = {}): PageSnapshot {
  const url = partial.url ?? 'https://www.exempel.se/';
  return {
    url,
    status: 200,
    title: '',
    lang: 'sv',
    clicks: 0,
    path: [{ action: 'start', label: 'Start', url }],
    blocks: [],
    links: [],
    buttons: [],
    forms: [],
    images: [],
    jsonLd: [],
    scriptSrcs: [],
    iframeSrcs: [],
    globals: [],
    selectors: [],
    ...partial,
  };
}

/** Text blocks from plain strings, all in the main region, as paragraphs. */
export function blocks(...texts: string[]): TextBlock[] {
  return texts.map((text) => ({ text, tag: 'p', region: 'main' as const }));
}
