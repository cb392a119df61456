import type { DoneRecord } from './journal-record.js';

export interface CommonFailure {
  id: string;
  /** The title as the first site that failed it gave it (sites may be judged in different languages). */
  title: string;
  sites: number;
}

/** Rules by how many audited sites failed them, most first, then by id so every run orders alike. */
export function commonFailures(ranked: readonly DoneRecord[]): CommonFailure[] {
  const byId = new Map<string, CommonFailure>();
  for (const record of ranked) {
    // A rule counts once per site, whatever the row holds.
    for (const rule of new Map((record.row.failedRules ?? []).map((failed) => [failed.id, failed])).values()) {
      const entry = byId.get(rule.id) ?? { id: rule.id, title: rule.title, sites: 0 };
      entry.sites++;
      byId.set(rule.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => b.sites - a.sites || a.id.localeCompare(b.id, 'en'));
}
