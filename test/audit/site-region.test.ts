import { describe, expect, it } from 'vitest';
import { SiteRegion, VIEWS_BEFORE_DECIDING } from '../../src/audit/site-region.js';
import { extractPage } from '../../src/extract/index.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const site = 'http://127.0.0.1:8080';

/** A German-language start page that says nothing of Germany or Austria, with a number in its footer. */
const germanStart = makeSnapshot({
  url: `${site}/`, lang: 'de', clicks: 0,
  blocks: blocks('Wir fertigen Möbel nach Maß für Sie und Ihre Familie', 'Tel. 04282 2051'),
});
const austrianContact = makeSnapshot({
  url: `${site}/kontakt/`, lang: 'de', clicks: 1,
  path: [{ action: 'start', label: 'Start', url: `${site}/` }, { action: 'link', label: 'Kontakt', url: `${site}/kontakt/` }],
  blocks: blocks('Hauptplatz 3, 9620 Hermagor', 'Mobil: Tel. 0676 5260438'),
});
const plainPage = (n: number) => makeSnapshot({ url: `${site}/seite-${n}/`, lang: 'de', clicks: 1, blocks: blocks('Unsere Arbeiten') });

describe('SiteRegion', () => {
  it('decides at once where the start page leaves no doubt', () => {
    const region = new SiteRegion();
    const start = makeSnapshot({ url: 'https://www.exempel.se/', lang: 'sv', blocks: blocks('Ring oss på 08-123 456 78') });
    expect(region.add(start)).toEqual([start]);
    expect(region.judgement).toMatchObject({ region: 'SE', confident: true });
    const next = makeSnapshot({ url: 'https://www.exempel.se/kontakt/', clicks: 1 });
    expect(region.add(next)).toEqual([next]);
  });

  it('holds back a German-language start page until a later view settles Germany or Austria', () => {
    const region = new SiteRegion();
    expect(region.add(germanStart)).toEqual([]);
    expect(region.judgement).toBeNull();
    expect(region.guess().region).toBe('DE');
    // Austria now leads, if not by enough to stop listening: the crawl ends before more views come.
    expect(region.add(austrianContact)).toEqual([]);
    expect(region.guess().region).toBe('AT');
    // Held-back views come out in the order they were read, each with its own clicks.
    expect(region.finish().map((view) => view.clicks)).toEqual([0, 1]);
    expect(region.judgement?.region).toBe('AT');
    // The start page's footer number is read as Austrian, not German.
    expect(extractPage(germanStart, { region: region.judgement!.region }).phone.map((item) => item.value)).toEqual(['+4342822051']);
  });

  it('decides after a bounded number of views when the evidence stays unclear', () => {
    const region = new SiteRegion();
    expect(region.add(germanStart)).toEqual([]);
    for (let n = 1; n < VIEWS_BEFORE_DECIDING - 1; n++) expect(region.add(plainPage(n))).toEqual([]);
    const ready = region.add(plainPage(VIEWS_BEFORE_DECIDING));
    expect(ready).toHaveLength(VIEWS_BEFORE_DECIDING);
    expect(ready[0]).toBe(germanStart);
    expect(region.judgement).toMatchObject({ region: 'DE', confident: false });
  });

  it('decides on what was read when the crawl ends first', () => {
    const region = new SiteRegion();
    region.add(germanStart);
    expect(region.finish()).toEqual([germanStart]);
    expect(region.judgement?.region).toBe('DE');
    expect(region.finish()).toEqual([]);
  });

  it('counts a view not yet taken in its guess, without keeping it', () => {
    const region = new SiteRegion();
    region.add(germanStart);
    expect(region.guess(austrianContact).region).toBe('AT');
    expect(region.guess().region).toBe('DE');
  });

  it('with nothing read, decides nothing', () => {
    const region = new SiteRegion();
    expect(region.finish()).toEqual([]);
    expect(region.judgement).toBeNull();
  });
});
