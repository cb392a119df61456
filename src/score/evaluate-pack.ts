import type { LoadedPack, LoadedRule } from '../config/rule-pack-loader.js';
import type { RuleResult, RuleStatus } from '../model/audit-result.js';
import type { ReportLang } from '../model/report-lang.js';
import { localized } from '../model/rule-pack.js';
import type { AuditFacts, CheckOutcome } from './check-definition.js';
import { CHECKS } from './checks/index.js';
import { fillTemplate } from './message-template.js';
import { SCOPE_DECLARED_OUT, scopeDeclaredOut } from './scope-declared.js';

/** Runs every rule of a pack over the facts. A check that throws becomes a failed rule, never a crash. */
export function evaluatePack(pack: LoadedPack, facts: AuditFacts, lang: ReportLang): RuleResult[] {
  return pack.rules.map((rule) => {
    const outOfScope = scopeDeclaredOut(rule, facts.lawScope);
    if (outOfScope === null) return toRuleResult(rule, runCheck(rule, facts), lang);
    return {
      ...toRuleResult(rule, { status: 'not-applicable', data: { scopeDeclaredOut: outOfScope } }, lang),
      message: SCOPE_DECLARED_OUT[lang](outOfScope),
    };
  });
}

/** Each rule's status alone, in the pack's order: what `evaluatePack` decides, without its messages. */
export function ruleStatuses(pack: LoadedPack, facts: AuditFacts): RuleStatus[] {
  return pack.rules.map((rule) => (scopeDeclaredOut(rule, facts.lawScope) === null ? statusOf(rule, runCheck(rule, facts)) : 'not-applicable'));
}

function runCheck(rule: LoadedRule, facts: AuditFacts): CheckOutcome {
  const check = CHECKS.get(rule.check.kind);
  try {
    if (!check) throw new Error(`unknown check ${rule.check.kind}`);
    return check.evaluate(facts, rule.options);
  } catch (error) {
    return { status: 'fail', data: { error: (error as Error).message } };
  }
}

function statusOf(rule: LoadedRule, outcome: CheckOutcome): RuleStatus {
  if (outcome.status !== 'fail') return outcome.status;
  return rule.severity === 'error' ? 'fail' : 'warn';
}

function toRuleResult(rule: LoadedRule, outcome: CheckOutcome, lang: ReportLang): RuleResult {
  const template = outcome.status === 'pass' ? (rule.passMessage ?? rule.title)
    : outcome.status === 'not-applicable' ? (rule.notApplicableMessage ?? rule.title) : rule.message;
  return {
    id: rule.id,
    title: localized(rule.title, lang),
    severity: rule.severity,
    status: statusOf(rule, outcome),
    message: fillTemplate(localized(template, lang), outcome.data),
    sourceKind: rule.sourceKind,
    sources: rule.sources,
    data: outcome.data,
  };
}
