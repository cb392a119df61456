import { describe, expect, it } from 'vitest';
import { extractEmails } from '../../src/extract/email.js';
import type { ExtractContext } from '../../src/extract/extract-context.js';
import type { PageLink } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const ctx: ExtractContext = { region: 'SE' };

function fromText(...texts: string[]) {
  return extractEmails(makeSnapshot({ blocks: blocks(...texts) }), ctx);
}

function link(href: string, text = ''): PageLink {
  return { href, text, region: 'footer' };
}

describe('extractEmails: visible text', () => {
  const cases: Array<[text: string, value: string, obfuscated: boolean]> = [
    ['Mejla oss på info@firma.se', 'info@firma.se', false],
    ['E-post: Kundservice@Firma.SE.', 'kundservice@firma.se', false],
    ['fornamn.efternamn@support.firma.co.uk', 'fornamn.efternamn@support.firma.co.uk', false],
    ['Skriv till kontakt+web@firma.dk!', 'kontakt+web@firma.dk', false],
    ['Du er velkommen til at skrive til info@firma.dk', 'info@firma.dk', false],
    ['åsa@företag.se', 'åsa@företag.se', false],
    ['namn [at] firma.se', 'namn@firma.se', true],
    ['namn (at) firma (dot) se', 'namn@firma.se', true],
    ['namn at firma dot se', 'namn@firma.se', true],
    ['hej [at] firma [dot] se', 'hej@firma.se', true],
    ['namn(at)firma(punkt)se', 'namn@firma.se', true],
    ['namn snabel-a firma.se', 'namn@firma.se', true],
    ['namn(a)firma.se', 'namn@firma.se', true],
    ['namn @ firma . se', 'namn@firma.se', true],
    ['biuro (małpa) firma.pl', 'biuro@firma.pl', true],
    ['in\u200Bfo@fir\u200Bma.se', 'info@firma.se', true],
  ];

  it.each(cases)('%j → %s', (text, value, obfuscated) => {
    const items = fromText(text);
    expect(items.map((item) => item.value)).toEqual([value]);
    expect(items[0]?.obfuscated).toBe(obfuscated);
    expect(items[0]?.source).toBe('text');
  });

  it('finds several addresses in one block and keeps the page location and evidence', () => {
    const page = makeSnapshot({
      url: 'https://www.firma.se/kontakt',
      clicks: 1,
      path: [
        { action: 'start', label: 'Start', url: 'https://www.firma.se/' },
        { action: 'link', label: 'Kontakt', url: 'https://www.firma.se/kontakt' },
      ],
      blocks: blocks('Order: order@firma.se, retur: retur@firma.se'),
    });
    const items = extractEmails(page, ctx);
    expect(items.map((item) => item.value)).toEqual(['order@firma.se', 'retur@firma.se']);
    expect(items[0]).toMatchObject({
      display: 'order@firma.se',
      pageUrl: 'https://www.firma.se/kontakt',
      clicks: 1,
      evidence: 'Order: order@firma.se, retur: retur@firma.se',
    });
    expect(items[0]?.path).toHaveLength(2);
  });

  it('does not glue blocks together', () => {
    expect(fromText('Skriv till info', '@firma.se')).toEqual([]);
  });
});

describe('extractEmails: mailto links', () => {
  const cases: Array<[href: string, values: string[]]> = [
    ['mailto:info@firma.se', ['info@firma.se']],
    ['mailto:Info%40Firma.se', ['info@firma.se']],
    ['mailto:info@firma.se?subject=Fr%C3%A5ga&body=Hej', ['info@firma.se']],
    ['MAILTO:a@firma.se,b@firma.se', ['a@firma.se', 'b@firma.se']],
    ['mailto:a@firma.se%2C%20b@firma.se', ['a@firma.se', 'b@firma.se']],
    ['mailto:info%40firma.se%E', ['info@firma.se']],
    ['mailto:x%40firma.se?subject=100%', ['x@firma.se']],
    ['mailto:', []],
    ['mailto:user@localhost', []],
    ['https://www.firma.se/info@firma.se', []],
    ['tel:+46812345678', []],
  ];

  it.each(cases)('%s → %j', (href, values) => {
    const items = extractEmails(makeSnapshot({ links: [link(href, 'Mejla oss')] }), ctx);
    expect(items.map((item) => item.value)).toEqual(values);
    for (const item of items) expect(item.source).toBe('link');
  });

  it('prefers the link when the same address is also written in text', () => {
    const page = makeSnapshot({
      blocks: blocks('E-post: info@firma.se', 'namn [at] firma.se'),
      links: [link('mailto:info@firma.se', 'info@firma.se'), link('mailto:namn@firma.se', 'Skriv till Namn')],
    });
    const items = extractEmails(page, ctx);
    expect(items.map((item) => [item.value, item.source, item.obfuscated])).toEqual([
      ['info@firma.se', 'link', false],
      ['namn@firma.se', 'link', false],
    ]);
    expect(items[0]?.evidence).toBe('info@firma.se (mailto:info@firma.se)');
  });

  it('deduplicates the same address written twice on a page', () => {
    expect(fromText('info@firma.se', 'Eller INFO@firma.se').map((item) => item.value)).toEqual(['info@firma.se']);
  });
});

describe('extractEmails: look-alikes are not e-mail addresses', () => {
  const lookAlikes: string[] = [
    'logo@2x.png',
    '<img src="/img/icon@3x.webp">',
    '.hero{background:url(img/hero@2x.jpg)} @media (max-width: 600px){.a{b:c}}',
    'icon@1.5x.mov',
    'npm install react@18.2.0',
    'import x from "lodash@4.17.21"',
    'bundle@1.0.zip',
    'Följ oss på Instagram @exempel',
    'Twitter: @kundservice',
    'user@localhost',
    'name@example',
    'admin@intranet.local',
    'https://user:hemligt@firma.se/admin',
    '@import url("fonts.css"); @font-face { font-family: x }',
    'Följ oss @ instagram.com',
    'namn at firma.se',
    'Skriv till info @ firma. Se mer nedan',
    'Det er vigtigt at vide det',
    'Pris: 10 st @ 99.90 kr',
    'info@firma',
    'info@@firma.se',
  ];

  it.each(lookAlikes)('%j', (text) => {
    expect(fromText(text)).toEqual([]);
  });
});
