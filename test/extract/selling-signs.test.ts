import { describe, expect, it } from 'vitest';
import { extractSellingSigns } from '../../src/extract/selling-signs.js';
import { SignalCollector, extractSignals } from '../../src/extract/signals/index.js';
import type { PageLink } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const link = (text: string, href: string): PageLink => ({ text, href, region: 'header' });
const kinds = (page: Parameters<typeof extractSellingSigns>[0]) => extractSellingSigns(page).map((sign) => `${sign.kind}: ${sign.evidence}`);

describe('signs of selling to consumers at a distance', () => {
  it.each([
    ['a cart link', makeSnapshot({ links: [link('Varukorg (0)', 'https://www.exempel.se/varukorg')] }), ['cart: Varukorg (0)']],
    ['a checkout path with an icon only', makeSnapshot({ links: [link('', 'https://www.exempel.se/checkout/')] }), ['cart: https://www.exempel.se/checkout/']],
    ['an add-to-cart button', makeSnapshot({ buttons: [{ text: 'Dodaj do koszyka', region: 'main' }] }), ['cart: Dodaj do koszyka']],
    ['terms of sale', makeSnapshot({ links: [link('Köpvillkor', 'https://www.exempel.se/villkor')] }), ['terms: Köpvillkor']],
    ['a right of withdrawal', makeSnapshot({ links: [link('Widerrufsbelehrung', 'https://www.beispiel.de/widerruf')] }), ['terms: Widerrufsbelehrung']],
    ['a price in kronor', makeSnapshot({ blocks: blocks('Fönsterputs från 495 kr per tillfälle') }), ['price: Fönsterputs från 495 kr per tillfälle']],
    ['a price in euro, symbol first', makeSnapshot({ blocks: blocks('Ab € 19,99 im Monat') }), ['price: Ab € 19,99 im Monat']],
    ['a price in złoty', makeSnapshot({ blocks: blocks('Cena: 1 299,00 zł') }), ['price: Cena: 1 299,00 zł']],
    ['product offers in structured data', makeSnapshot({ jsonLd: ['{"@context":"https://schema.org","@type":"Product","offers":{"@type":"Offer","price":"10"}}'] }), ['product-data: "@type":"Product"']],
  ])('%s', (_, page, expected) => {
    expect(kinds(page)).toEqual(expected);
  });

  it.each([
    ['a call price is what the call costs, not a sale', 'Ring vår support på 0900-123 45 67 (24,90 kr/min)'],
    ['a bare number', 'Vi har 25 anställda och 1 200 kunder'],
    ['an org number', 'Org.nr 556677-8899'],
    ['a word containing a currency', 'Kristianstad, Krokom'],
  ])('not a sign: %s', (_, text) => {
    expect(kinds(makeSnapshot({ blocks: blocks(text), links: [link('Om oss', 'https://www.exempel.se/om-oss'), link('Kundvagnar', 'https://www.exempel.se/')] }))).toEqual([]);
  });

  it('the collector keeps the nearest sign of each kind, and says so in the signals', () => {
    const collector = new SignalCollector();
    const ctx = { region: 'SE' as const };
    collector.add(extractSignals(makeSnapshot({ clicks: 2, url: 'https://www.exempel.se/shop', blocks: blocks('Pris 99 kr') }), ctx));
    collector.add(extractSignals(makeSnapshot({ clicks: 1, url: 'https://www.exempel.se/tjanster', blocks: blocks('Från 450 kr') }), ctx));
    expect(collector.signals().sellingSigns?.map((sign) => [sign.kind, sign.clicks])).toEqual([['price', 1]]);
    expect(new SignalCollector().signals().sellingSigns).toEqual([]);
  });
});
