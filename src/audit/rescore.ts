import { loadRulePack } from '../config/rule-pack-loader.js';
import type { AuditResult } from '../model/audit-result.js';
import type { ReportLang } from '../model/report-lang.js';
import { localized } from '../model/rule-pack.js';
import { factsOf } from '../score/audit-facts.js';
import { evaluatePack } from '../score/evaluate-pack.js';
import { gradeOf, scoreOf } from '../score/score-formula.js';

/**
 * The saved findings judged again under another pack (Lighthouse's gather/audit split):
 * facts come through `factsOf`, exactly as a fresh audit's do, so nothing is re-crawled.
 */
export function rescore(result: AuditResult, rules: string, lang: ReportLang = result.lang): AuditResult {
  const pack = loadRulePack(rules);
  const ruleResults = evaluatePack(pack, factsOf(result), lang);
  const score = scoreOf(ruleResults);
  return {
    ...result,
    lang,
    rulePack: { id: pack.id, title: localized(pack.title, lang), reason: `rescore --rules ${rules}` },
    rules: ruleResults,
    score,
    grade: gradeOf(score),
  };
}
