import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawl-site.js';
import { launchBrowser } from '../../src/crawl/launch-browser.js';
import type { PageSnapshot } from '../../src/model/page-snapshot.js';
import { withLoadsCounted } from '../helpers/loads-counted.js';
import { page } from '../helpers/temp-site.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const PEOPLE: Record<string, [string, string]> = {
  anna: ['Anna Andersson', '070-111 11 11'],
  bertil: ['Bertil Berg', '070-222 22 22'],
  cecilia: ['Cecilia Ceder', '070-333 33 33'],
  david: ['David Dahl', '070-444 44 44'],
};

/**
 * Staff cards that fill one shared dialog (shut by Escape), questions that open and shut their
 * answers (shut by pressing them again), and a button that appends news for good (nothing shuts it).
 */
const START = page(`<nav><a href="/om/">Om oss</a></nav><main><h1>Vår personal</h1>
  ${Object.entries(PEOPLE).map(([id, [name]]) => `<div class="card" onclick="openProfile('${id}')">${name}</div>`).join('\n')}
  <div id="modal" role="dialog" hidden><h2 id="who"></h2><p id="tel"></p></div>
  <h2>Frågor</h2>
  <button aria-expanded="false" aria-controls="q1">Öppettider?</button><div id="q1" hidden><p>Vardagar 8–17</p></div>
  <button aria-expanded="false" aria-controls="q2">Parkering?</button><div id="q2" hidden><p>Gratis parkering på gården</p></div>
  <button onclick="moreNews()">Visa fler nyheter</button><div id="news"></div>
  <footer><a href="mailto:info@example.se">info@example.se</a></footer></main>
  <script>
    const people = ${JSON.stringify(PEOPLE)};
    const modal = document.getElementById('modal');
    function openProfile(id) {
      modal.hidden = false;
      document.getElementById('who').textContent = people[id][0];
      document.getElementById('tel').textContent = 'Direkt: ' + people[id][1];
    }
    // Shut, the dialog is emptied: text it kept hidden would still count in what a card governs (its template).
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      modal.hidden = true;
      document.getElementById('who').textContent = document.getElementById('tel').textContent = '';
    });
    for (const button of document.querySelectorAll('[aria-controls]')) {
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') === 'true';
        button.setAttribute('aria-expanded', String(!open));
        document.getElementById(button.getAttribute('aria-controls')).hidden = open;
      });
    }
    function moreNews() {
      document.getElementById('news').insertAdjacentHTML('beforeend', '<p>Nyhetsbrev: skriv till nyhet@example.se</p>');
    }
  </script>`);

async function crawlStaff(concurrency: number) {
  const snapshots: PageSnapshot[] = [];
  let viewsReopened = 0;
  const deadline = Date.now() + 90_000;
  const loads = await withLoadsCounted({ '/': START, '/om/': page('<h1>Om oss</h1>') }, {}, async (url) => {
    const outcome = await crawlSite(browser, {
      startUrl: url, maxPages: 60, maxDepth: 1, deadline: () => deadline, device: 'desktop', concurrency,
      probes: { globals: [], selectors: [] },
    }, { onSnapshot: (snapshot) => snapshots.push(snapshot), canStop: () => false });
    viewsReopened = outcome.viewsReopened;
  });
  const views = snapshots.filter((snapshot) => new URL(snapshot.url).pathname === '/');
  const textOf = (label: string) => {
    const view = views.find((snapshot) => snapshot.path.at(-1)?.label === label);
    expect(view, label).toBeDefined();
    return view!.blocks.map((block) => block.text).join('\n');
  };
  return { views, loads, viewsReopened, textOf };
}

describe('a control of a page already loaded in a tab is opened there, not on a fresh load', () => {
  it('brings the tab back to the page as recorded (Escape for a dialog, the question pressed again), and loads it afresh when nothing shuts what the last control did', async () => {
    const { views, loads, viewsReopened, textOf } = await crawlStaff(1);
    // The page, four cards, two questions and the news button.
    expect(views).toHaveLength(8);
    // Each view opened in the tab spared a load of the page; with one tab, only the view after the news button cannot be.
    expect(loads.get('/')).toBe(views.length - viewsReopened);
    expect(viewsReopened).toBeGreaterThanOrEqual(views.length - 3);
    for (const [name, phone] of Object.values(PEOPLE)) {
      const text = textOf(name);
      expect(text).toContain(phone);
      // Only this person's card: the dialog was shut and filled again, as a fresh load shows it.
      for (const [, other] of Object.values(PEOPLE)) if (other !== phone) expect(text).not.toContain(other);
    }
    expect(textOf('Parkering?')).toContain('Gratis parkering');
    expect(textOf('Parkering?')).not.toContain('Vardagar 8–17');
    expect(textOf('Öppettider?')).not.toContain('Gratis parkering');
    // The news appended for good stay out of every other view.
    expect(textOf('Visa fler nyheter')).toContain('nyhet@example.se');
    for (const view of views.filter((snapshot) => snapshot.path.at(-1)?.label !== 'Visa fler nyheter')) {
      expect(view.blocks.map((block) => block.text).join('\n')).not.toContain('nyhet@example.se');
    }
  }, 180_000);

  it('reads every view the same whichever tab was free to be reused', async () => {
    const one = await crawlStaff(1);
    const three = await crawlStaff(3);
    const readings = (views: PageSnapshot[]) => views.map((view) => [view.path.at(-1)?.label, view.blocks.map((block) => block.text)]);
    expect(readings(three.views)).toEqual(readings(one.views));
  }, 180_000);
});
