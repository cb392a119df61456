import { escapeHtml } from '../report/escape-html.js';
import type { DoneRecord } from './journal-record.js';
import type { SummaryExtraWords } from './summary-words.js';

/** Every pack a site was judged under, sorted; a journal line from before packs were recorded adds none. */
export function rulePacksOf(ranked: readonly DoneRecord[]): string[] {
  return [...new Set(ranked.flatMap((record) => (record.row.rulePack ? [record.row.rulePack] : [])))].sort();
}

/**
 * What the figures mean, so a reader months later can judge them: what a click is, the rule
 * packs, when the summary was made and by which version of kontaktkoll.
 */
export function methodologySection(ranked: readonly DoneRecord[], generatedAt: string, toolVersion: string, x: SummaryExtraWords, medianNote: string): string {
  const packs = rulePacksOf(ranked);
  const facts: Array<[string, string]> = [
    [x.rulePacks, packs.length === 0 ? '–' : packs.join(', ')],
    [x.generated, generatedAt],
    [x.toolVersion, toolVersion],
  ];
  return `<section id="methodology"><h2>${escapeHtml(x.methodology)}</h2>
<p>${escapeHtml(x.clickDefinition)}</p>
<p>${escapeHtml(medianNote)}</p>
<dl>${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
</section>`;
}
