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

  it('the business-id rule says nothing of check digits when no number was found', () => {
    const rule = loadRulePack('eu').rules.find((candidate) => candidate.id === 'business-id-shown')!;
    expect(fillTemplate(rule.message.en, { kinds: 'se-org', invalid: null })).toBe('No valid business registration number (se-org) is shown on the site.');
    expect(fillTemplate(rule.message.en, { kinds: 'se-org', invalid: '556677-8890' })).toMatch(/Wrong check digits: 556677-8890\.$/);
  });
});
