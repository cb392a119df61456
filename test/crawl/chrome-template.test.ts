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

  it('matches a shown link with the HTML link of its words where a hidden one to the same page comes first', () => {
    // As a Bootstrap menu writes it: a dropdown item "Yhteystiedot" ahead of the menu's own "Etsi jälleenmyyjä", both to the contact page.
    const menu = [link('/tuotteet/', 'Tuotteet'), link('/ota-yhteytta/', 'Yhteystiedot Ota meihin yhteyttä'), link('/ota-yhteytta/', 'Etsi jälleenmyyjä'), link('/ota-yhteytta/', 'Ota yhteyttä', 'footer')];
    const shown = [link('/tuotteet/', 'TUOTTEET'), link('/ota-yhteytta/', 'Etsi jälleenmyyjä'), link('/ota-yhteytta/', 'Ota yhteyttä', 'footer')];
    expect(chromeShown(menu, shown)).toEqual(['TUOTTEET', null, 'Etsi jälleenmyyjä', 'Ota yhteyttä']);
    // Words drawn otherwise (capitals) with no later link of those words: matched in order as before.
    expect(chromeShown(menu.slice(0, 2), [link('/tuotteet/', 'TUOTTEET'), link('/ota-yhteytta/', 'YHTEYSTIEDOT')])).toEqual(['TUOTTEET', 'YHTEYSTIEDOT']);
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
    // A logo a script draws, linking where the menu's first worded link goes, ahead of it: passed over, the menu matched as before.
    expect(chromeShown(html, [link('/tjanster/', ''), ...browser])).toEqual(['TJÄNSTER', null, null, 'OM OSS', 'Kontakt']);
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

  it('hides a language switcher\'s links, which name each page\'s own translation, once the browser hid the same words in the same place with two targets', () => {
    // As a theme writes it: each page links its own translations from a dropdown its stylesheet opens on hover.
    const pageOf = (slug: string, en: string) => [link('/', 'Hem'), link('/kontakt/', 'Kontakt'), link(`/en/${en}/`, 'en'), link(`/${slug}/`, 'Läs mer', 'main')];
    const shown = [link('/', 'Hem'), link('/kontakt/', 'Kontakt')];
    const templates = new ChromeTemplates();
    templates.learn(pageOf('', ''), [...shown, link('/', 'Läs mer', 'main')]);
    const third = pageOf('tjanster', 'services');
    // One target hidden there so far: a place alone is not yet a template's.
    expect(templates.apply(third)).toEqual(third);
    templates.learn(pageOf('kontakt', 'contact'), [...shown, link('/kontakt/', 'Läs mer', 'main')]);
    expect(templates.apply(third)).toEqual([third[0], third[1], third[3]]);
    // A page's own link in that place that a rendered page showed is never hidden by place.
    templates.learn(pageOf('om', 'about'), [...shown, link('/en/about/', 'en'), link('/om/', 'Läs mer', 'main')]);
    expect(templates.apply(third)).toEqual(third);
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
    // A logo's alt text edited on some pages of a copied menu: the same links, the same chrome.
    const menu = (logo: string) => chromeDigest({ links: [link('/', logo), link('/preise.html', 'Preise'), link('/anfahrt.html', 'Anfahrt')], blocks: [] });
    expect(menu('Logo Natural Beauty Baden')).toBe(menu(''));
    expect(menu('')).not.toBe(chromeDigest({ links: [link('/', ''), link('/preise.html', 'Preise')], blocks: [] }));
  });
});
