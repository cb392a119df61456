import { describe, expect, it } from 'vitest';
import { hasGlobalContactRoute } from '../../src/extract/contact-link.js';
import { extractImageContacts } from '../../src/extract/image-contacts.js';
import { extractRoutes, routeKindsIn } from '../../src/extract/routes/index.js';
import { extractSignals, SignalCollector } from '../../src/extract/signals/index.js';
import { extractTrustMarks } from '../../src/extract/trust-marks.js';
import type { PageLink, PageImage, TextBlock } from '../../src/model/page-snapshot.js';
import { makeSnapshot } from '../helpers/snapshot.js';

const link = (text: string, href: string, region: PageLink['region'] = 'main'): PageLink => ({ text, href, region });
const image = (alt: string, src = 'https://www.exempel.se/img/x.png', title = ''): PageImage => ({ alt, src, title });
const block = (text: string, tag = 'p', region: TextBlock['region'] = 'main'): TextBlock => ({ text, tag, region });

describe('route words', () => {
  it.each([
    ['Reklamation', ['complaint']],
    ['Klage over et køb', ['complaint']],
    ['Reklamacje i zwroty', ['complaint']],
    ['Hoja de reclamaciones', ['complaint']],
    ['Reklamaatiot', ['complaint']],
    ['Säga upp avtal', ['cancellation']],
    ['Opsig abonnement', ['cancellation']],
    ['Wypowiedzenie umowy', ['cancellation']],
    ['Irtisanominen', ['cancellation']],
    ['Darse de baja', ['cancellation']],
    ['Cancel subscription', ['cancellation']],
    // look-alikes
    ['Reklam och erbjudanden', []],
    ['Reklambyrå', []],
    ['Avbryt', []],
    ['Upptäck vårt sortiment', []],
  ])('%j → %j', (text, kinds) => {
    expect(routeKindsIn(text)).toEqual(kinds);
  });
});

describe('routes on a page', () => {
  it('a heading costs the page\'s clicks, a link one more', () => {
    const page = makeSnapshot({
      clicks: 1,
      blocks: [block('Reklamation', 'h2')],
      links: [link('Säg upp ditt avtal', 'https://www.exempel.se/uppsagning'), link('Mer', 'https://www.exempel.se/reklamation')],
    });
    const routes = extractRoutes(page);
    expect(routes.complaint).toMatchObject({ clicks: 1, via: 'heading', label: 'Reklamation' });
    expect(routes.cancellation).toMatchObject({ clicks: 2, via: 'link', url: 'https://www.exempel.se/uppsagning' });
  });

  it.each([
    { name: 'a paragraph mentioning complaints is not a heading', page: makeSnapshot({ blocks: [block('Vi tar alla klagomål på allvar.')] }) },
    { name: 'a long heading is prose', page: makeSnapshot({ blocks: [block(`Reklamation ${'och mycket mer text '.repeat(10)}`, 'h2')] }) },
    { name: 'a javascript: link', page: makeSnapshot({ links: [link('Reklamation', 'javascript:void(0)')] }) },
  ])('$name', ({ page }) => {
    expect(extractRoutes(page).complaint).toBeNull();
  });

  it('a link is recognised by its path when its text says nothing', () => {
    expect(extractRoutes(makeSnapshot({ links: [link('Läs mer', 'https://www.exempel.se/kundservice/reklamation/')] })).complaint).toMatchObject({ clicks: 1 });
  });
});

describe('trust marks', () => {
  it.each([
    { name: 'image alt', page: makeSnapshot({ images: [image('Trygg e-handel')] }), marks: ['trygg-e-handel'] },
    { name: 'image file name', page: makeSnapshot({ images: [image('', 'https://www.exempel.se/img/trygg-kundkontakt_2025.svg')] }), marks: ['trygg-kundkontakt'] },
    { name: 'text', page: makeSnapshot({ blocks: [block('Vi är certifierade med e-mærket')] }), marks: ['e-maerket'] },
    { name: 'link', page: makeSnapshot({ links: [link('Trusted Shops Bewertungen', 'https://www.exempel.se/ts')] }), marks: ['trusted-shops'] },
    { name: 'nothing alike', page: makeSnapshot({ blocks: [block('Trygg handel hos oss – alltid')] }), marks: [] },
  ])('$name', ({ page, marks }) => {
    expect(extractTrustMarks(page).map((mark) => mark.mark)).toEqual(marks);
  });
});

describe('contact details in images', () => {
  const ctx = { region: 'SE' as const };
  it.each([
    { name: 'a number in the alt text', images: [image('Ring oss på 08-123 456 78')], found: [['phone', '+46812345678']] },
    { name: 'an e-mail in the title', images: [image('', 'https://www.exempel.se/a.png', 'kundservice@exempel.se')], found: [['email', 'kundservice@exempel.se']] },
    { name: 'hours named by the file', images: [image('', 'https://www.exempel.se/img/oppettider_2025.png')], found: [['hours', 'oppettider']] },
    { name: 'hours in the alt text', images: [image('Öppettider: mån–fre 9–17')], found: [['hours', 'öppettider']] },
    { name: 'a product photo', images: [image('Gjutjärnsgryta 4 liter', 'https://www.exempel.se/img/gryta-4l.jpg')], found: [] },
    { name: 'a logo', images: [image('Exempelbutiken', 'https://www.exempel.se/logo.svg')], found: [] },
    // An icon set's phone beside a button (30 × 30 by its attributes) draws no number.
    { name: 'a phone icon', images: [{ ...image('', 'https://www.exempel.se/phone-line.svg'), icon: true as const }], found: [] },
    { name: 'a number in an icon\'s alt text', images: [{ ...image('Ring 08-123 456 78'), icon: true as const }], found: [] },
  ])('$name', ({ images, found }) => {
    expect(extractImageContacts(makeSnapshot({ images }), ctx).map((item) => [item.kind, item.value])).toEqual(found);
  });
});

describe('a contact route in the global navigation or footer', () => {
  it.each([
    { name: 'Kontakt in the menu', links: [link('Kontakt', 'https://www.exempel.se/kontakt/', 'nav')], blocks: [], has: true },
    { name: 'mailto in the footer', links: [link('Skriv till oss', 'mailto:a@exempel.se', 'footer')], blocks: [], has: true },
    { name: 'a number written in the footer', links: [], blocks: [block('Tel 08-123 456 78', 'p', 'footer')], has: true },
    { name: 'Kontakt only in the page body', links: [link('Kontakt', 'https://www.exempel.se/kontakt/', 'main')], blocks: [], has: false },
    { name: 'a menu without a contact route', links: [link('Sortiment', 'https://www.exempel.se/sortiment/', 'nav')], blocks: [block('Org.nr 556123-4567', 'p', 'footer')], has: false },
  ])('$name', ({ links, blocks, has }) => {
    expect(hasGlobalContactRoute(makeSnapshot({ links, blocks }), 'SE')).toBe(has);
  });
});

describe('signal collector', () => {
  it('keeps the nearest sighting and counts each page once', () => {
    const collector = new SignalCollector();
    const ctx = { region: 'SE' as const };
    const deep = makeSnapshot({ url: 'https://www.exempel.se/a', clicks: 2, blocks: [block('Org.nr 556123-4567', 'p', 'footer'), block('Reklamation', 'h1')] });
    const near = makeSnapshot({ url: 'https://www.exempel.se/', clicks: 0, links: [link('Kontakt', 'https://www.exempel.se/kontakt', 'nav'), link('Reklamation', 'https://www.exempel.se/a')] });
    collector.add(extractSignals(deep, ctx));
    collector.add(extractSignals(near, ctx));
    collector.add(extractSignals(near, ctx));
    const signals = collector.signals();
    expect(signals.complaintRoute).toMatchObject({ clicks: 1, via: 'link' });
    expect(signals.orgNumbers).toMatchObject([{ value: '556123-4567', clicks: 2 }]);
    expect(signals.contactLinkCoverage).toEqual({ pagesChecked: 2, pagesWithRoute: 1, pagesWithout: [{ url: 'https://www.exempel.se/a', clicks: 2 }] });
  });
});
