import type { LawScopeDeclaration } from '../model/law-scope.js';
import type { z } from 'zod';
import type { Channels } from '../model/audit-result.js';
import type { Signals } from '../model/signals.js';

/** What a check may look at: the audit's findings, never the browser or the network. */
export interface AuditFacts {
  channels: Channels;
  humanContactClicks: number | null;
  /** Business ids, trust marks, complaint/cancellation routes, image-only details, contact-link coverage. */
  signals: Signals;
  /** Whom the company said the laws bind; a scope absent is unknown. */
  lawScope: LawScopeDeclaration;
}

export type CheckData = Record<string, string | number | boolean | null>;

export interface CheckOutcome {
  status: 'pass' | 'fail' | 'not-applicable';
  /** Values for the rule's message placeholders, and for machines reading the JSON. */
  data: CheckData;
}

/**
 * One kind of check a rule pack can use (`check: {kind, with}`). Options are validated
 * against `optionsSchema` when the pack loads, so `evaluate` can trust them.
 */
export interface CheckDefinition<O extends z.ZodType = z.ZodType> {
  kind: string;
  description: string;
  optionsSchema: O;
  evaluate(facts: AuditFacts, options: z.infer<O>): CheckOutcome;
  /**
   * The most clicks at which a finding still counts for the rule, with these options; absent
   * or null: any depth. The deepest bound of a pack is how far an audit searches by default.
   */
  clicksBound?(options: z.infer<O>): number | null;
  /**
   * What pages not yet examined can do to the status, which the early stop asks before it stops:
   * `keeps-pass` — a pass stays a pass whatever they add (findings only come nearer or add up);
   * `pages-examined` — the rule is a property of the pages examined (every one has a contact route,
   * no costly number, nothing only in an image), judged over those the audit examined. Absent:
   * any status may change until the search passes the rule's click bound.
   */
  deeperPages?: 'keeps-pass' | 'pages-examined';
}

export function defineCheck<O extends z.ZodType>(check: CheckDefinition<O>): CheckDefinition<O> {
  return check;
}
