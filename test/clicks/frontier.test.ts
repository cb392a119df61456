import { describe, expect, it } from 'vitest';
import { canStopEarly } from '../../src/clicks/early-stop.js';
import { Frontier } from '../../src/clicks/frontier.js';
import { contactRouteScore } from '../../src/extract/contact-route.js';

const step = (label: string, url: string) => [{ action: 'start' as const, label: 'Start', url: 'https://x.se/' }, { action: 'link' as const, label, url }];

describe('frontier', () => {
  it('gives a level contact-looking links first, then in discovery order', () => {
    const frontier = new Frontier();
    frontier.offer('https://x.se/produkter', { url: 'https://x.se/produkter', clicks: 1, order: [0, 0], path: step('Produkter', 'https://x.se/produkter') });
    frontier.offer('https://x.se/om', { url: 'https://x.se/om', clicks: 1, order: [0, 1], path: step('Om oss', 'https://x.se/om') });
    frontier.offer('https://x.se/k', { url: 'https://x.se/k', clicks: 1, order: [0, 2], path: step('Kundtjänst', 'https://x.se/k') });
    frontier.offer('https://x.se/deep', { url: 'https://x.se/deep', clicks: 2, order: [0, 0, 0], path: step('Kontakt', 'https://x.se/deep') });
    expect(frontier.minClicks()).toBe(1);
    expect(frontier.takeLevel(1).map(([key]) => key)).toEqual(['https://x.se/k', 'https://x.se/om', 'https://x.se/produkter']);
    expect(frontier.minClicks()).toBe(2);
  });

  it('keeps the fewer clicks when a page is offered twice', () => {
    const frontier = new Frontier();
    expect(frontier.offer('a', { url: 'https://x.se/a', clicks: 2, order: [1], path: step('A', 'https://x.se/a') })).toBe(true);
    expect(frontier.offer('a', { url: 'https://x.se/a', clicks: 3, order: [0], path: step('A', 'https://x.se/a') })).toBe(false);
    expect(frontier.offer('a', { url: 'https://x.se/a', clicks: 1, order: [2], path: step('A', 'https://x.se/a') })).toBe(true);
    expect(frontier.entries().map((entry) => entry.clicks)).toEqual([1]);
  });
});

describe('contact route words', () => {
  it.each([
    ['Kontakta oss', '/x', 2], ['Kundtjänst', '/x', 2], ['Kontakt os', '/x', 2], ['Obsługa klienta', '/x', 2], ['Customer service', '/x', 2],
    ['Läs mer', '/kontakt/', 2], ['Hjälp', '/x', 1], ['Om oss', '/x', 1], ['Produkter', '/produkter', 0], ['Nyheter', '/blogg/2024', 0],
  ])('%s at %s scores %i', (label, path, score) => {
    expect(contactRouteScore(label as string, `https://x.se${path as string}`)).toBe(score);
  });
});

describe('early stop', () => {
  const all = (clicks: number | null) => () => clicks;
  it.each([
    { name: 'all found at 1, next pages at 2', clicksOf: all(1), next: 2, stop: true },
    { name: 'all found at 2, next pages at 2 cannot improve', clicksOf: all(2), next: 2, stop: true },
    { name: 'a find at 3 could still be beaten by a page at 2', clicksOf: all(3), next: 2, stop: false },
    { name: 'a channel still missing', clicksOf: all(null), next: 5, stop: false },
  ])('$name', ({ clicksOf, next, stop }) => {
    expect(canStopEarly(clicksOf, next)).toBe(stop);
  });
});
