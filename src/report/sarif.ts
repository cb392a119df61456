import type { AuditResult, RuleResult } from '../model/audit-result.js';
import type { Severity } from '../model/rule-pack.js';
import { messagesFor } from './messages.js';
import { wordsFor } from './report-words.js';
import { ruleEvidence } from './rule-evidence.js';
import { repositoryPathOf } from './sarif-location.js';
import { safeHref } from './escape-html.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/kontaktkoll';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for code-scanning dashboards: every rule of the pack is a reporting descriptor
 * (help text, source links, law/guidance/principle as a tag); every rule not met is a result
 * located at the page it concerns. Time sits in `invocations` only.
 */
export function renderSarif(result: AuditResult): string {
  const rules = result.rules.map((rule) => descriptor(result, rule));
  const results = result.rules
    .map((rule, ruleIndex) => ({ rule, ruleIndex }))
    .filter(({ rule }) => rule.status === 'fail' || rule.status === 'warn')
    .map(({ rule, ruleIndex }) => finding(result, rule, ruleIndex));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kontaktkoll', version: result.tool.version, informationUri: INFORMATION_URI, rules } },
      invocations: [{ executionSuccessful: true, startTimeUtc: result.auditedAt, properties: { durationMs: result.crawl.durationMs } }],
      results,
      properties: {
        startUrl: result.startUrl, finalUrl: result.finalUrl, score: result.score, grade: result.grade,
        humanContactClicks: result.humanContactClicks, channelChoice: result.channelChoice, rulePack: result.rulePack.id, device: result.device,
      },
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptor(result: AuditResult, rule: RuleResult) {
  const kind = messagesFor(result.lang).sourceKind[rule.sourceKind];
  const basis = wordsFor(result.lang).basis;
  const sourceLines = rule.sources.map((source) => `- ${source.title}: ${source.url}`);
  const sourceLinks = rule.sources.map((source) => `- [${source.title.replace(/[[\]]/g, '')}](${safeHref(source.url) ?? ''})`);
  const helpUri = rule.sources.map((source) => safeHref(source.url)).find((url): url is string => url !== null);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, char: string) => char.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: `${rule.title} (${kind})` },
    help: {
      text: `${rule.title}\n${basis}: ${kind}\n${sourceLines.join('\n')}`,
      markdown: `**${rule.title}** — ${kind}\n\n${sourceLinks.join('\n')}`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['kontaktkoll', rule.sourceKind], sourceKind: rule.sourceKind, sources: rule.sources },
  };
}

function finding(result: AuditResult, rule: RuleResult, ruleIndex: number) {
  const evidence = ruleEvidence(result, rule);
  return {
    ruleId: rule.id,
    ruleIndex,
    level: LEVEL[rule.severity],
    message: { text: rule.message },
    // Code scanning accepts only repository paths: the page as host/path under the source root,
    // its address and click path as the logical location and in the properties.
    locations: [{
      physicalLocation: { artifactLocation: { uri: repositoryPathOf(evidence.pageUrl), uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } },
      logicalLocations: [{ name: evidence.pageUrl, fullyQualifiedName: `${evidence.clickPath} (${evidence.pageUrl})`, kind: 'resource' }],
    }],
    // Lets dashboards follow the same finding across runs, although a web page has no line numbers.
    partialFingerprints: { 'kontaktkoll/v1': `${rule.id}:${result.startUrl}` },
    properties: {
      status: rule.status, severity: rule.severity, sourceKind: rule.sourceKind, pageUrl: evidence.pageUrl, clickPath: evidence.clickPath, evidence: evidence.text, data: rule.data,
    },
  };
}
