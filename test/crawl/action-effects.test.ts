import { describe, expect, it } from 'vitest';
import { ActionEffects } from '../../src/crawl/action-effects.js';
import type { PageAction } from '../../src/interact/page-actions.js';

const action = (label: string, kind: PageAction['kind'] = 'link'): PageAction => ({ kind, label, key: `${kind}|${label}|0`, template: label });
const items = (...list: string[]) => new Set(list);
const modal = ['form|mailto:?', 'phone|+4930123456|false', 'link|https://example.de/agb'];

describe('what a control adds, learnt from its views', () => {
  it('a control that showed the same on two pages is settled from their clicks on, each view adding what its page lacked', () => {
    const effects = new ActionEffects();
    const open = action('Kontakt aufnehmen');
    // The start page already links to the terms: its view adds only the rest.
    effects.learn(open, '/', items('link|https://example.de/agb', 'link|https://example.de/'), items('link|https://example.de/', ...modal), 1);
    expect(effects.settled(open, 2)).toBe(false);
    effects.learn(open, '/umzug', items('link|https://example.de/'), items('link|https://example.de/', ...modal), 2);
    expect(effects.settled(open, 2)).toBe(true);
    expect(effects.settled(open, 3)).toBe(true);
    expect(effects.settled(open, 0)).toBe(false);
    expect(effects.settledLabel('KONTAKT AUFNEHMEN', 2)).toBe(true);
    expect(effects.settled(action('Kontakt aufnehmen', 'reveal'), 2)).toBe(false);
  });

  it('a control that added something else on another page is never settled', () => {
    const effects = new ActionEffects();
    const more = action('Mehr lesen');
    effects.learn(more, '/a', items(), items('phone|+4930123456|false'), 1);
    effects.learn(more, '/b', items(), items('email|info@example.de|false'), 1);
    effects.learn(more, '/c', items(), items('email|info@example.de|false'), 1);
    expect(effects.settled(more, 5)).toBe(false);
  });

  it('nor one seen adding nothing, nor one seen on one page only, nor a chat', () => {
    const effects = new ActionEffects();
    const nothing = action('Weiterlesen');
    effects.learn(nothing, '/a', items('x'), items('x'), 1);
    effects.learn(nothing, '/b', items('y'), items('y'), 1);
    expect(effects.settled(nothing, 1)).toBe(false);
    const once = action('Öffnungszeiten');
    effects.learn(once, '/a', items(), items('hours|Mo-Fr 08:00-16:00|general|false'), 1);
    effects.learn(once, '/a', items(), items('hours|Mo-Fr 08:00-16:00|general|false'), 2);
    expect(effects.settled(once, 2)).toBe(false);
    const chat = action('Chat', 'chat');
    effects.learn(chat, '/a', items(), items('chat|vendor'), 1);
    effects.learn(chat, '/b', items(), items('chat|vendor'), 1);
    expect(effects.settled(chat, 1)).toBe(false);
  });
});
