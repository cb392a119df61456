import { describe, expect, it } from 'vitest';
import { chromeDigest, ChromeTemplates, chromeShown } from '../../src/crawl/http/chrome-template.js';
import type { PageLink } from '../../src/model/page-snapshot.js';

const link = (href: string, text: string, region: PageLink['region'] = 'nav'): PageLink => ({ href: `https://example.se${href}`, text, region });

/** A WordPress-style header: two menu items, the first with a dropdown a stylesheet hides until hovered. */
const html = [link('/tjanster/', 'Tjänster'), link('/tjanster/flytt/', 'Flytt'), link('/tjanster/stad/', 'Städning'), link('/om/', 'Om oss'), link('/kontakt/', 'Kontakt', 'footer')];
const browser = [link('/tjanster/', 'TJÄNSTER'), link('/om/', 'OM OSS'), link('/kontakt/', 'Kontakt', 'footer')];

describe('chrome templates (how the browser shows a page template\'s menu, header and footer)', () => {
  it('matches each HTML chrome link with what the browser shows of it, in order: a label, or hidden', () => {
    expect(chromeShown(html, browser)).toEqual(['TJÄNSTER', null, null, 'OM OSS', 'Kontakt']);
  });

  it('learns nothing where the browser shows a chrome link the HTML lacks (a script added it)', () => {
    expect(chromeShown(html, [...browser, link('/jobb/', 'Jobb', 'footer')])).toBeNull();
    const templates = new ChromeTemplates();
    templates.learn(html, [...browser, link('/jobb/', 'Jobb', 'footer')]);
    expect(templates.apply(html)).toEqual(html);
  });

  it('passes over icon links with no words the HTML reading has no text for, but not a worded link it lacks', () => {
    const icons = [link('/om/#', '', 'footer'), link('/om/#', '', 'footer')];
    expect(chromeShown(html, [...browser, ...icons])).toEqual(['TJÄNSTER', null, null, 'OM OSS', 'Kontakt']);
    // An empty link to a target the chrome already has is matched as any other: here it takes the place of the worded one.
    expect(chromeShown(html, [browser[0]!, link('/om/', ''), browser[2]!])).toEqual(['TJÄNSTER', null, null, '', 'Kontakt']);
    expect(chromeShown(html, [...browser, link('/om/#', 'Facebook', 'footer')])).toBeNull();
  });

  it('reads another page with the same chrome as the browser showed it, leaving its own content as the HTML has it', () => {
    const templates = new ChromeTemplates();
    templates.learn(html, browser);
    const content = [link('/tjanster/flytt/', 'Läs om flytt', 'main')];
    const other = [...html.slice(0, 4), ...content, html[4]!];
    expect(templates.apply(other)).toEqual([browser[0], browser[1], ...content, browser[2]]);
  });

  it('applies what it learnt link by link, so a page whose chrome differs a little (a link of its own) is read the same way', () => {
    const templates = new ChromeTemplates();
    templates.learn(html, browser);
    const own = link('/om/historia/', 'Vår historia');
    const other = [...html.slice(0, 3), own, ...html.slice(3)];
    expect(templates.apply(other)).toEqual([browser[0], own, browser[1], browser[2]]);
  });

  it('leaves a link as the HTML has it where the browser showed it one way on one page and another way on another', () => {
    const templates = new ChromeTemplates();
    templates.learn(html, browser);
    // On its own section's page the theme keeps the submenu open.
    templates.learn(html, [browser[0]!, link('/tjanster/flytt/', 'Flytt'), link('/tjanster/stad/', 'Städning'), browser[1]!, browser[2]!]);
    expect(templates.apply(html)).toEqual([browser[0], html[1], html[2], browser[1], browser[2]]);
  });

  it('tells apart a menu written twice (one copy for the desktop shown, one for the phone hidden) by each link\'s place among its copies', () => {
    const twice = [link('/om/', 'Om oss'), link('/kontakt/', 'Kontakt'), link('/om/', 'Om oss'), link('/kontakt/', 'Kontakt')];
    const templates = new ChromeTemplates();
    templates.learn(twice, [link('/om/', 'OM OSS'), link('/kontakt/', 'KONTAKT')]);
    expect(templates.apply([link('/', 'Hem'), ...twice])).toEqual([link('/', 'Hem'), link('/om/', 'OM OSS'), link('/kontakt/', 'KONTAKT')]);
  });

  it('takes a template that writes each page\'s own title into its header as one chrome, but not one whose links or other text differ', () => {
    const header = [link('/', 'Volver al Inicio', 'header')];
    const chromeOf = (title: string, footer = '© Electricidad Tayllefert') => chromeDigest({
      links: header,
      blocks: [{ text: title, tag: 'h1', region: 'header' }, { text: footer, tag: 'p', region: 'footer' }, { text: `${title}: texto`, tag: 'p', region: 'main' }],
    });
    expect(chromeOf('Aviso Legal')).toBe(chromeOf('Política de Cookies'));
    expect(chromeOf('Aviso Legal', 'Llámenos: 655 94 17 37')).not.toBe(chromeOf('Aviso Legal'));
    expect(chromeDigest({ links: [...header, link('/contacto.html', 'Contacto', 'header')], blocks: [] })).not.toBe(chromeDigest({ links: header, blocks: [] }));
  });
});
