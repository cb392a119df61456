import { describe, expect, it } from 'vitest';
import { ScriptChromes } from '../../src/crawl/http/script-chrome.js';
import type { PageLink, TextBlock } from '../../src/model/page-snapshot.js';
import type { PageReading } from '../../src/crawl/visit-page.js';

const SITE = 'https://example.se';
const INCLUDE = `${SITE}/js/include.js`;
const link = (href: string, text: string, region: PageLink['region']): PageLink => ({ href: `${SITE}${href}`, text, region });
const block = (text: string, region: TextBlock['region']): TextBlock => ({ text, tag: 'p', region });

/** A page as its HTML reads: its own content only, its header and footer placeholders empty. */
function htmlOf(path: string, scripts: string[] = [INCLUDE], own: PageLink[] = [link('/tjanster/vvs/', 'VVS', 'main')]): PageReading {
  return {
    url: `${SITE}${path}`, status: 200, title: path, lang: 'sv',
    blocks: [block(`Sidan ${path}`, 'main')], links: own, buttons: [], forms: [], images: [], jsonLd: [],
    scriptSrcs: scripts, iframeSrcs: [], globals: [], selectors: [],
  };
}

const MENU = [link('/', 'Hem', 'nav'), link('/kontakt/', 'Kontakt', 'nav')];
const FOOTER_LINKS = [link('/integritet/', 'Integritet', 'footer')];
const FOOTER_TEXT = [block('Ring 090-12 34 56', 'footer')];

/** The same page as the browser shows it once the script has written the menu before it and the footer after. */
function renderedOf(html: PageReading, menu: PageLink[] = MENU): PageReading {
  return { ...html, links: [...menu, ...html.links, ...FOOTER_LINKS], blocks: [block('Rörfix', 'header'), ...html.blocks, ...FOOTER_TEXT] };
}

describe('script chromes (a header and footer a script writes into every page)', () => {
  it('learnt from one render, stand for a page of the same folder that loads the script: menu first, footer last', () => {
    const chromes = new ScriptChromes();
    const start = htmlOf('/');
    chromes.learn(start, renderedOf(start));
    const about = htmlOf('/om-oss.html');
    expect(chromes.apply(about)).toEqual(renderedOf(about));
  });

  it('split by region where nothing stands between them (a page whose only links are the chrome\'s)', () => {
    const chromes = new ScriptChromes();
    const bare = htmlOf('/kontakt.html', [INCLUDE], []);
    chromes.learn(bare, renderedOf(bare));
    const about = htmlOf('/om-oss.html');
    expect(chromes.apply(about).links).toEqual([...MENU, ...about.links, ...FOOTER_LINKS]);
  });

  it('do not stand for a page that lacks the script, or whose HTML writes a chrome of its own', () => {
    const chromes = new ScriptChromes();
    const start = htmlOf('/');
    chromes.learn(start, renderedOf(start));
    const privacy = htmlOf('/integritet.html', []);
    expect(chromes.apply(privacy)).toBe(privacy);
    const own = htmlOf('/priser.html', [INCLUDE], [link('/', 'Start', 'header')]);
    expect(chromes.apply(own)).toBe(own);
  });

  it('keep only the scripts every page that showed them loads: a slider script of the start page is not needed', () => {
    const chromes = new ScriptChromes();
    const slider = `${SITE}/js/slider.js`;
    const start = htmlOf('/', [INCLUDE, slider]);
    chromes.learn(start, renderedOf(start));
    const about = htmlOf('/om-oss.html');
    expect(chromes.apply(about)).toBe(about);
    chromes.learn(about, renderedOf(about));
    const contact = htmlOf('/kontakt.html');
    expect(chromes.apply(contact)).toEqual(renderedOf(contact));
  });

  it('stand for the pages of their folder only, and for every folder once two folders showed the same', () => {
    const chromes = new ScriptChromes();
    const start = htmlOf('/');
    chromes.learn(start, renderedOf(start));
    const vvs = htmlOf('/tjanster/vvs/');
    // Its links may be written relative to the page: another folder could read them otherwise.
    expect(chromes.apply(vvs)).toBe(vvs);
    chromes.learn(vvs, renderedOf(vvs));
    const bathroom = htmlOf('/tjanster/badrum/');
    expect(chromes.apply(bathroom)).toEqual(renderedOf(bathroom));
  });

  it('stand for no page of a folder whose pages showed two different chromes, nor for other folders through it', () => {
    const chromes = new ScriptChromes();
    const start = htmlOf('/');
    chromes.learn(start, renderedOf(start));
    const about = htmlOf('/om-oss.html');
    chromes.learn(about, renderedOf(about, [...MENU, link('/jobb/', 'Jobb', 'nav')]));
    const contact = htmlOf('/kontakt.html');
    expect(chromes.apply(contact)).toBe(contact);
    const vvs = htmlOf('/tjanster/vvs/');
    chromes.learn(vvs, renderedOf(vvs));
    // Its own folder learnt it; no second folder showed the same.
    const price = htmlOf('/tjanster/vvs/pris.html');
    expect(chromes.apply(price)).toEqual(renderedOf(price));
    const bathroom = htmlOf('/tjanster/badrum/');
    expect(chromes.apply(bathroom)).toBe(bathroom);
  });

  it('learn nothing where a chrome link stands among the page\'s own', () => {
    const chromes = new ScriptChromes();
    const start = htmlOf('/');
    const rendered = renderedOf(start);
    chromes.learn(start, { ...rendered, links: [...rendered.links, link('/om-oss.html', 'Om oss', 'main')] });
    const about = htmlOf('/om-oss.html');
    expect(chromes.apply(about)).toBe(about);
  });

  it('learn nothing from a page whose own content a script draws too (a single-page app\'s shell)', () => {
    const chromes = new ScriptChromes();
    const shell = { ...htmlOf('/', [INCLUDE], []), blocks: [] };
    chromes.learn(shell, renderedOf(htmlOf('/')));
    const about = htmlOf('/om-oss.html');
    expect(chromes.apply(about)).toBe(about);
    // Its links in the HTML, but not its text.
    const start = htmlOf('/');
    chromes.learn(start, { ...renderedOf(start), blocks: [block('Rörfix', 'header'), block('En lång text som bara skriptet skriver ut på sidan.', 'main'), ...FOOTER_TEXT] });
    expect(chromes.apply(about)).toBe(about);
  });
});
