import type { ChannelMinimum } from '../clicks/channel-minimum.js';
import type { LoadedPack } from '../config/rule-pack-loader.js';
import type { SignalCollector } from '../extract/index.js';
import type { PageSignals } from '../extract/signals/page-signals.js';
import { CHANNEL_NAMES, type PageFindings } from '../model/channel-items.js';
import type { LawScopeDeclaration } from '../model/law-scope.js';
import { factsOf } from '../score/audit-facts.js';
import { ruleStatuses } from '../score/evaluate-pack.js';

/** What the audit keeps so far, and the pack that will judge it. */
export interface KeptVerdict {
  minimum: ChannelMinimum;
  signals: SignalCollector;
  pack: LoadedPack;
  lawScope: LawScopeDeclaration;
}

/**
 * Whether a view's findings and signals, kept beside what is kept, change what a person reads as
 * the verdict: a channel's clicks or the path shown to it (its nearest item), the clicks to a
 * human, or a rule's status. A view that only adds items beside a channel's nearer one (each
 * lawyer's own number on a law firm's staff pages) changes none of them: rendering it to confirm
 * a person sees them would cost a browser load for evidence alone.
 *
 * The view is counted for the contact-link coverage either way, so both sides count it: only what
 * it adds is weighed.
 */
export function changesVerdict(kept: KeptVerdict, findings: PageFindings, page: PageSignals): boolean {
  const counted: PageSignals = { ...page, orgNumbers: [], trustMarks: [], imageContacts: [], sellingSigns: [], routes: { complaint: null, cancellation: null } };
  return verdictWith(kept, null, counted) !== verdictWith(kept, findings, page);
}

function verdictWith(kept: KeptVerdict, findings: PageFindings | null, page: PageSignals): string {
  const minimum = kept.minimum.copy();
  if (findings) minimum.add(findings);
  const signals = kept.signals.copy();
  signals.add(page);
  const channels = minimum.channels();
  const facts = factsOf({ channels, humanContactClicks: minimum.humanClicks(), signals: signals.signals(), lawScope: kept.lawScope });
  return JSON.stringify({
    channels: CHANNEL_NAMES.map((channel) => {
      const nearest = channels[channel].found ? channels[channel].items[0] : undefined;
      return [channels[channel].clicks, nearest?.value ?? null, channels[channel].path.map((step) => `${step.action}|${step.label}|${step.url}`)];
    }),
    human: facts.humanContactClicks,
    rules: ruleStatuses(kept.pack, facts),
  });
}
