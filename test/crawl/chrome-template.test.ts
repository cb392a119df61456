import { describe, expect, it } from 'vitest';
import { ChromeTemplates, chromeShown } from '../../src/crawl/http/chrome-template.js';
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
    templates.learn(html, [...browser, link('/jobb/', 'Jobb', 'footer')], false);
    expect(templates.apply(html)).toEqual(html);
  });

  it('reads another page with the same chrome as the browser showed it, leaving its own content as the HTML has it', () => {
    const templates = new ChromeTemplates();
    templates.learn(html, browser, false);
    const content = [link('/tjanster/flytt/', 'Läs om flytt', 'main')];
    const other = [...html.slice(0, 4), ...content, html[4]!];
    expect(templates.apply(other)).toEqual([browser[0], browser[1], ...content, browser[2]]);
  });

  it('leaves a page whose chrome differs as the HTML has it (a different template, or a stylesheet of its own)', () => {
    const templates = new ChromeTemplates();
    templates.learn(html, browser, false);
    const other = [...html.slice(0, 3), link('/om/', 'Om företaget'), html[4]!];
    expect(templates.apply(other)).toEqual(other);
  });

  it('learns nothing from a view that offered an in-page control: a menu a person opens is a click, not a stylesheet', () => {
    const templates = new ChromeTemplates();
    templates.learn(html, browser, true);
    expect(templates.apply(html)).toEqual(html);
  });
});
