import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../src/config/rule-pack-loader.js';
import { fillTemplate } from '../../src/score/message-template.js';

describe('rule message templates', () => {
  it('fills placeholders, shows a missing value as a dash and leaves an unknown placeholder visible', () => {
    expect(fillTemplate('{{value}} at {{clicks}} clicks, {{typo}}', { value: '08-123 45 67', clicks: null })).toBe('08-123 45 67 at – clicks, {{typo}}');
  });

  it('keeps a {{#name}} section only when name has a value', () => {
    const template = 'No valid number.{{#invalid}} Wrong check digits: {{invalid}}.{{/invalid}}';
    expect(fillTemplate(template, { invalid: null })).toBe('No valid number.');
    expect(fillTemplate(template, { invalid: '' })).toBe('No valid number.');
    expect(fillTemplate(template, { invalid: '556677-8890' })).toBe('No valid number. Wrong check digits: 556677-8890.');
    expect(fillTemplate('{{#other}}x{{/other}}', {})).toBe('{{#other}}x{{/other}}');
  });

  it('a false value is no value, and a {{^name}} section shows only when name has none', () => {
    const template = '{{#labelled}}The customer-service number is fine.{{/labelled}}{{^labelled}}No costly number.{{/labelled}}';
    expect(fillTemplate(template, { labelled: true })).toBe('The customer-service number is fine.');
    expect(fillTemplate(template, { labelled: false })).toBe('No costly number.');
    expect(fillTemplate('{{^other}}x{{/other}}', {})).toBe('{{^other}}x{{/other}}');
  });

  it('the business-id rule says nothing of check digits when no number was found', () => {
    const rule = loadRulePack('eu').rules.find((candidate) => candidate.id === 'business-id-shown')!;
    expect(fillTemplate(rule.message.en, { kinds: 'se-org', invalid: null })).toBe('No valid business registration number (se-org) is shown on the site.');
    expect(fillTemplate(rule.message.en, { kinds: 'se-org', invalid: '556677-8890' })).toMatch(/Wrong check digits: 556677-8890\.$/);
  });

  it('the weekday rule says the days are missing, not uncovered, for times without days', () => {
    const rule = loadRulePack('se').rules.find((candidate) => candidate.id === 'hours-cover-weekdays')!;
    const window = 'Mo,Tu,We,Th,Fr 09:00-16:00';
    expect(fillTemplate(rule.message.en, { window, schedule: '08:00-17:00 unknown "days not stated"', uncovered: null, daysNotStated: '08:00-17:00' }))
      .toBe(`The stated hours do not show customer service open ${window}. The times 08:00-17:00 are given without days.`);
    expect(fillTemplate(rule.message.en, { window, schedule: 'Sa 10:00-14:00', uncovered: 'Mo,Tu,We,Th,Fr', daysNotStated: null }))
      .toBe(`The stated hours do not show customer service open ${window}. Sa 10:00-14:00 does not cover: Mo,Tu,We,Th,Fr.`);
  });
});
