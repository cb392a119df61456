import type { AuditResult, RuleResult } from '../model/audit-result.js';
import { messagesFor } from './messages.js';
import { ruleEvidence } from './rule-evidence.js';
import { escapeXml, xmlAttributes } from './xml.js';

/**
 * JUnit XML: one test case per rule, so a CI's test view lists every rule met or not.
 * A rule not met is a failure carrying its message and evidence; a rule that does not apply
 * is skipped. A warning is not a failure (a passing audit must not show "4 failed" in a CI's
 * test view): it passes, with its message and evidence in system-out and a `status` property
 * of `warn`. The timestamp and duration sit in testsuite attributes only.
 */
export function renderJunit(result: AuditResult): string {
  const failures = result.rules.filter((rule) => rule.status === 'fail').length;
  const skipped = result.rules.filter((rule) => rule.status === 'not-applicable').length;
  const seconds = (result.crawl.durationMs / 1000).toFixed(3);
  const counts = { tests: result.rules.length, failures, errors: 0, skipped };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${xmlAttributes({ name: 'kontaktkoll', ...counts, time: seconds })}>`,
    `  <testsuite${xmlAttributes({ name: `kontaktkoll ${result.finalUrl}`, ...counts, timestamp: result.auditedAt, time: seconds })}>`,
    `    <properties>${[
      ['url', result.finalUrl], ['rulePack', result.rulePack.id], ['score', String(result.score)], ['grade', result.grade], ['device', result.device],
    ].map(([name, value]) => `<property${xmlAttributes({ name, value })}/>`).join('')}</properties>`,
    ...result.rules.map((rule) => testCase(result, rule)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ];
  return lines.join('\n');
}

function testCase(result: AuditResult, rule: RuleResult): string {
  const open = `    <testcase${xmlAttributes({ classname: `kontaktkoll.${result.rulePack.id}`, name: `${rule.id}: ${rule.title}`, time: '0' })}`;
  if (rule.status === 'pass') return `${open}/>`;
  if (rule.status === 'not-applicable') return `${open}><skipped${xmlAttributes({ message: rule.message })}/></testcase>`;
  const evidence = ruleEvidence(result, rule);
  const sources = rule.sources.map((source) => `${source.title} <${source.url}>`).join('\n');
  const m = messagesFor(result.lang);
  const body = `${rule.message}\n${evidence.text}\n[${m.severity[rule.severity]} · ${m.sourceKind[rule.sourceKind]}]\n${sources}`;
  if (rule.status === 'warn') {
    return `${open}><properties><property${xmlAttributes({ name: 'status', value: 'warn' })}/></properties><system-out>${escapeXml(body)}</system-out></testcase>`;
  }
  return `${open}><failure${xmlAttributes({ message: rule.message, type: rule.severity })}>${escapeXml(body)}</failure></testcase>`;
}
