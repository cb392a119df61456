import type { AuditResult } from '../model/audit-result.js';
import type { ChannelName } from '../model/channel-items.js';
import type { Expectations } from '../model/config.js';
import { factsOf } from '../score/audit-facts.js';

export interface BrokenPromise {
  /** Where the promise is written in the config, e.g. `expect.maxClicks.phone`. */
  where: string;
  /** What was promised and what the audit found instead, in one line. */
  message: string;
}

type PromiseChannel = ChannelName | 'human';

/**
 * A company's own promises (`expect` in the config file) checked against one result. Facts
 * come through `factsOf`, as the rules' do, so a saved result is judged the same way later.
 */
export function brokenPromises(result: AuditResult, expect: Expectations): BrokenPromise[] {
  const facts = factsOf(result);
  const clicksOf = (channel: PromiseChannel): number | null => (channel === 'human' ? facts.humanContactClicks : facts.channels[channel].clicks);
  const pathOf = (channel: PromiseChannel): string => {
    if (channel === 'human') return '';
    const labels = facts.channels[channel].path.map((step) => (step.action === 'start' ? 'start' : `"${step.label}"`));
    return labels.length > 1 ? ` (path: ${labels.join(' → ')})` : '';
  };
  const broken: BrokenPromise[] = [];
  for (const [channel, max] of Object.entries(expect.maxClicks ?? {}) as Array<[PromiseChannel, number]>) {
    const clicks = clicksOf(channel);
    if (clicks === null) broken.push({ where: `expect.maxClicks.${channel}`, message: `${channel} promised within ${max} click${max === 1 ? '' : 's'}, but it was not found` });
    else if (clicks > max) broken.push({ where: `expect.maxClicks.${channel}`, message: `${channel} promised within ${max} click${max === 1 ? '' : 's'}, but it is ${clicks} clicks away${pathOf(channel)}` });
  }
  for (const channel of expect.present ?? []) {
    if (clicksOf(channel) === null) {
      const why = channel !== 'human' && facts.channels[channel].structuredDataOnly ? 'only in structured data, not shown to people' : 'not found';
      broken.push({ where: 'expect.present', message: `${channel} promised to be shown, but it is ${why}` });
    }
  }
  if (expect.hoursStated && facts.channels.hours.clicks === null) {
    broken.push({ where: 'expect.hoursStated', message: 'opening hours promised, but none were found' });
  }
  if (expect.noChatbotOnly) {
    const chats = facts.channels.chat.items.filter((item) => item.source !== 'json-ld');
    if (chats.length > 0 && chats.every((item) => item.staffing === 'bot-only')) {
      broken.push({ where: 'expect.noChatbotOnly', message: `the only chat is a bot (${[...new Set(chats.map((item) => item.vendor))].join(', ')}) with no person behind it` });
    }
  }
  if (expect.noPremiumRate) {
    const costly = facts.channels.phone.items.filter((item) => item.premiumRate || item.sharedCost);
    if (costly.length > 0) broken.push({ where: 'expect.noPremiumRate', message: `premium-rate or shared-cost number shown: ${[...new Set(costly.map((item) => item.display))].join(', ')}` });
  }
  if (expect.minScore !== undefined && result.score < expect.minScore) {
    broken.push({ where: 'expect.minScore', message: `score ${result.score} is below the promised ${expect.minScore}` });
  }
  for (const id of expect.rulesPass ?? []) {
    const rule = result.rules.find((candidate) => candidate.id === id);
    if (!rule) broken.push({ where: 'expect.rulesPass', message: `rule ${id} is not in the pack ${result.rulePack.id}` });
    else if (rule.status !== 'pass' && rule.status !== 'not-applicable') broken.push({ where: 'expect.rulesPass', message: `rule ${id} promised to pass, but: ${rule.message}` });
  }
  return broken;
}
