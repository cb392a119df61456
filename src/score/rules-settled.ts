import type { LoadedPack, LoadedRule } from '../config/rule-pack-loader.js';
import type { AuditFacts } from './check-definition.js';
import { CHECKS } from './checks/index.js';
import { scopeDeclaredOut } from './scope-declared.js';

/** No page at `nextClicks` clicks or deeper can change this rule's status (see `CheckDefinition.deeperPages`). */
function ruleSettled(rule: LoadedRule, facts: AuditFacts, nextClicks: number): boolean {
  // An informational rule never moves the score or the grade: it reports what the pages examined show.
  if (rule.severity === 'info') return true;
  const check = CHECKS.get(rule.check.kind);
  if (!check || check.deeperPages === 'pages-examined' || scopeDeclaredOut(rule, facts.lawScope) !== null) return true;
  const bound = check.clicksBound?.(rule.options) ?? null;
  if (bound !== null && nextClicks > bound) return true;
  if (check.deeperPages !== 'keeps-pass') return false;
  try {
    return check.evaluate(facts, rule.options).status === 'pass';
  } catch {
    // A check that throws is judged a failure at the end, whatever the pages: nothing to wait for.
    return true;
  }
}

/**
 * Every rule of every pack that may judge the site is settled: what pages not yet examined could
 * add changes none of their statuses. The early stop waits for this beside the channels, so a
 * complaint route or a business id one page further is not cut off by it.
 */
export function rulesSettled(packs: readonly LoadedPack[], facts: AuditFacts, nextClicks: number): boolean {
  return packs.every((pack) => pack.rules.every((rule) => ruleSettled(rule, facts, nextClicks)));
}
