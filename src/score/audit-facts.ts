import type { AuditResult } from '../model/audit-result.js';
import type { AuditFacts } from './check-definition.js';

/**
 * The facts checks judge, taken from a result. Both a fresh audit and `rescore` of a saved
 * result go through here, so a saved result always scores as it did when it was made.
 */
export function factsOf(result: Pick<AuditResult, 'channels' | 'humanContactClicks' | 'signals' | 'lawScope'>): AuditFacts {
  return { channels: result.channels, humanContactClicks: result.humanContactClicks, signals: result.signals, lawScope: result.lawScope ?? {} };
}
