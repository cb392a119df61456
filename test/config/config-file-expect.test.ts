import { describe, expect, it } from 'vitest';
import type { Expectations } from '../../src/model/config.js';
import { brokenPromises } from '../../src/audit/expectations.js';
import { buildResult } from '../report/result-builder.js';
import { chat } from '../helpers/facts.js';

// The built result: phone 1 click (Start → Kundservice), form 1, address 0; no e-mail, chat or hours; score 62.
const result = buildResult();
const botOnly = buildResult({ channels: { chat: { found: true, clicks: 0, path: [], structuredDataOnly: false, items: [chat(0, 'bot-only')] } } });

describe('a config `expect` block: promises a company keeps', () => {
  it.each<[string, Expectations, string[]]>([
    ['kept promises', { maxClicks: { phone: 1, address: 0, human: 2 }, present: ['phone', 'form'], minScore: 60, rulesPass: ['human-contact-within-2-clicks'] }, []],
    ['phone deeper than promised', { maxClicks: { phone: 0 } }, ['expect.maxClicks.phone: phone promised within 0 clicks, but it is 1 clicks away (path: start → "Kundservice")']],
    ['a channel not found at all', { maxClicks: { email: 2 } }, ['expect.maxClicks.email: email promised within 2 clicks, but it was not found']],
    ['a channel promised present', { present: ['email'] }, ['expect.present: email promised to be shown, but it is not found']],
    ['hours promised', { hoursStated: true }, ['expect.hoursStated: opening hours promised, but none were found']],
    ['score promised', { minScore: 80 }, ['expect.minScore: score 62 is below the promised 80']],
    ['a rule promised to pass', { rulesPass: ['email-given', 'no-such-rule'] }, [
      'expect.rulesPass: rule email-given promised to pass, but: No e-mail address is shown.',
      'expect.rulesPass: rule no-such-rule is not in the pack se',
    ]],
    ['no chat is not chatbot-only', { noChatbotOnly: true }, []],
  ])('%s', (_name, expectations, broken) => {
    expect(brokenPromises(result, expectations).map((promise) => `${promise.where}: ${promise.message}`)).toEqual(broken);
  });

  it('a bot-only chat breaks noChatbotOnly', () => {
    expect(brokenPromises(botOnly, { noChatbotOnly: true }).map((promise) => promise.where)).toEqual(['expect.noChatbotOnly']);
  });

  it('a bot that hands over to people keeps noChatbotOnly', () => {
    const handover = buildResult({ channels: { chat: { found: true, clicks: 0, path: [], structuredDataOnly: false, items: [chat(0, 'bot-with-handover')] } } });
    expect(brokenPromises(handover, { noChatbotOnly: true })).toEqual([]);
  });
});
