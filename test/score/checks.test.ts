import { describe, expect, it } from 'vitest';
import type { AuditFacts, CheckOutcome } from '../../src/score/check-definition.js';
import { CHECKS } from '../../src/score/checks/index.js';
import { chat, facts, hours, phone } from '../helpers/facts.js';

interface Case {
  name: string;
  facts: AuditFacts;
  with?: Record<string, unknown>;
  status: CheckOutcome['status'];
  data?: Record<string, unknown>;
}

function run(kind: string, cases: Case[]): void {
  describe(kind, () => {
    const check = CHECKS.get(kind)!;
    it.each(cases)('$name', ({ facts: given, with: options, status, data }) => {
      const outcome = check.evaluate(given, check.optionsSchema.parse(options ?? {}));
      expect(outcome.status).toBe(status);
      if (data) expect(outcome.data).toMatchObject(data);
    });
  });
}

run('maxClicks', [
  { name: 'human at 2 of max 2', facts: facts({ email: 2 }), with: { channel: 'human', max: 2 }, status: 'pass', data: { clicks: 2 } },
  { name: 'human at 3 of max 2', facts: facts({ phone: 3, email: 4 }), with: { channel: 'human', max: 2 }, status: 'fail', data: { clicks: 3, max: 2 } },
  { name: 'a form is not a human channel', facts: facts({ form: 0 }), with: { channel: 'human', max: 2 }, status: 'fail', data: { clicks: null } },
  { name: 'staffed chat counts as human', facts: facts({}, { chat: [chat(1, 'human')] }), with: { channel: 'human', max: 2 }, status: 'pass' },
  { name: 'bot-only chat does not', facts: facts({}, { chat: [chat(0, 'bot-only')] }), with: { channel: 'human', max: 2 }, status: 'fail' },
  { name: 'a bot that hands over counts where the hand-over shows', facts: facts({}, { chat: [chat(0, 'bot-with-handover', 1)] }), with: { channel: 'human', max: 1 }, status: 'pass', data: { clicks: 1 } },
  { name: 'a hand-over shown too deep does not', facts: facts({}, { chat: [chat(0, 'bot-with-handover', 3)] }), with: { channel: 'human', max: 2 }, status: 'fail', data: { clicks: 3 } },
  { name: 'a chat of unknown staffing does not', facts: facts({}, { chat: [chat(0, 'unknown')] }), with: { channel: 'human', max: 2 }, status: 'fail' },
  { name: 'phone at 1 of max 1', facts: facts({ phone: 1 }), with: { channel: 'phone', max: 1 }, status: 'pass' },
  { name: 'no phone', facts: facts({ email: 0 }), with: { channel: 'phone', max: 1 }, status: 'fail' },
]);

run('present', [
  { name: 'phone shown', facts: facts({}, { phone: [phone(4)] }), with: { channel: 'phone' }, status: 'pass', data: { clicks: 4 } },
  { name: 'no address', facts: facts({ phone: 0 }), with: { channel: 'address' }, status: 'fail' },
  {
    name: 'a WhatsApp link is not a telephone number',
    facts: facts({}, { phone: [phone(0, { whatsapp: true, source: 'link' })] }), with: { channel: 'phone' }, status: 'fail', data: { clicks: null, whatsappOnly: true },
  },
  {
    name: 'a number to call beside WhatsApp is',
    facts: facts({}, { phone: [phone(0, { whatsapp: true, source: 'link' }), phone(2, { value: '+46811111111' })] }), with: { channel: 'phone' }, status: 'pass', data: { clicks: 2, whatsappOnly: false },
  },
  {
    name: 'no phone on a site with no sign of selling at a distance: the duty does not apply',
    facts: facts({ email: 0 }, {}, { sellingSigns: [] }), with: { channel: 'phone', distanceSellingOnly: true }, status: 'not-applicable', data: { sellingSign: null },
  },
  {
    name: 'no phone on a shop: it does',
    facts: facts({ email: 0 }, {}, { sellingSigns: [{ kind: 'cart', evidence: 'Varukorg', pageUrl: 'https://www.exempel.se/', clicks: 0, path: [] }] }),
    with: { channel: 'phone', distanceSellingOnly: true }, status: 'fail', data: { sellingSign: 'cart: "Varukorg" (0)' },
  },
  {
    name: 'a result saved before selling signs were looked for is judged as before',
    facts: facts({ email: 0 }, {}, { sellingSigns: undefined }), with: { channel: 'phone', distanceSellingOnly: true }, status: 'fail',
  },
  {
    name: 'a company that says it sells at a distance is judged although no page shows selling',
    facts: { ...facts({ email: 0 }, {}, { sellingSigns: [] }), lawScope: { 'distance-selling': true } },
    with: { channel: 'phone', distanceSellingOnly: true }, status: 'fail', data: { sellingSign: null },
  },
  {
    name: 'without the option a missing phone fails on any site',
    facts: facts({ email: 0 }, {}, { sellingSigns: [] }), with: { channel: 'phone' }, status: 'fail',
  },
]);

run('twoMeansOfContact', [
  { name: 'e-mail and phone', facts: facts({ email: 1, phone: 1 }), status: 'pass', data: { means: 'email, phone' } },
  { name: 'e-mail and form', facts: facts({ email: 1, form: 2 }), status: 'pass' },
  { name: 'e-mail alone (C-298/07)', facts: facts({ email: 0 }), status: 'fail', data: { means: 'email' } },
  { name: 'a form alone', facts: facts({ form: 0 }), status: 'fail', data: { means: 'form' } },
  { name: 'phone without e-mail', facts: facts({ phone: 0 }), status: 'fail' },
  { name: 'e-mail and a bot-only chat', facts: facts({ email: 0 }, { chat: [chat(0, 'bot-only')] }), status: 'fail' },
  { name: 'e-mail and a chat of unknown staffing', facts: facts({ email: 0 }, { chat: [chat(0, 'unknown')] }), status: 'pass' },
  { name: 'e-mail and a bot that hands over', facts: facts({ email: 0 }, { chat: [chat(0, 'bot-with-handover')] }), status: 'pass', data: { means: 'email, chat' } },
]);

run('notPremiumRate', [
  { name: 'no phone at all', facts: facts({}), status: 'not-applicable' },
  { name: 'ordinary number', facts: facts({}, { phone: [phone(0)] }), status: 'pass' },
  { name: 'premium-rate number', facts: facts({}, { phone: [phone(1, { premiumRate: true, display: '0900-123 45 67' })] }), status: 'fail', data: { numbers: '0900-123 45 67' } },
  { name: 'shared-cost number', facts: facts({}, { phone: [phone(1, { sharedCost: true })] }), status: 'fail' },
  { name: 'shared-cost allowed by option', facts: facts({}, { phone: [phone(1, { sharedCost: true })] }), with: { includeSharedCost: false }, status: 'pass' },
  { name: 'premium only in structured data is not shown', facts: facts({}, { phone: [phone(0, { premiumRate: true, source: 'json-ld' })] }), status: 'not-applicable' },
  {
    name: 'a premium line beside a labelled customer-service number is reported, not judged',
    facts: facts({}, { phone: [
      phone(0, { evidence: 'Kundtjänst 08-123 456 78 · Tävling 0900-123 45 67', display: '08-123 456 78' }),
      phone(0, { value: '+469001234567', evidence: 'Kundtjänst 08-123 456 78 · Tävling 0900-123 45 67', display: '0900-123 45 67', premiumRate: true }),
    ] }),
    status: 'pass', data: { numbers: '', labelled: true, others: '0900-123 45 67' },
  },
  {
    name: 'a premium number labelled customer service fails',
    facts: facts({}, { phone: [
      phone(0, { value: '+469001234567', evidence: 'Ring vår support på 0900-123 45 67 (24,90 kr/min)', display: '0900-123 45 67', premiumRate: true }),
      phone(0, { evidence: 'Växel 08-123 456 78', display: '08-123 456 78' }),
    ] }),
    status: 'fail', data: { numbers: '0900-123 45 67', labelled: true, others: null },
  },
  {
    name: 'a WhatsApp number is not a call',
    facts: facts({}, { phone: [phone(0, { whatsapp: true, source: 'link', premiumRate: true })] }), status: 'not-applicable',
  },
  {
    name: 'a Finnish service number may cost more: only a rule asking for that fails it',
    facts: facts({}, { phone: [phone(0, { value: '+358100100', display: '0100 100', country: 'FI', numberType: 'UAN', evidence: 'Asiakaspalvelu 0100 100' })] }),
    status: 'pass',
  },
  {
    name: 'a Finnish service number, judged by a rule asking for numbers that may cost more',
    facts: facts({}, { phone: [phone(0, { value: '+358100100', display: '0100 100', country: 'FI', numberType: 'UAN', evidence: 'Asiakaspalvelu 0100 100' })] }),
    with: { costs: ['may-cost-more'] }, status: 'fail', data: { numbers: '0100 100' },
  },
]);

run('hoursStated', [
  { name: 'general hours', facts: facts({}, { hours: [hours(1)] }), status: 'pass', data: { schedule: 'Mo-Fr 08:00-17:00', clicks: 1 } },
  { name: 'no hours', facts: facts({}), status: 'fail' },
  { name: 'only in JSON-LD', facts: facts({}, { hours: [hours(0, 'general', 'json-ld')] }), status: 'fail' },
  { name: 'phone hours asked, visiting hours given', facts: facts({}, { hours: [hours(0, 'visit')] }), with: { appliesTo: 'phone' }, status: 'fail' },
  { name: 'phone hours asked and given', facts: facts({}, { hours: [hours(0, 'phone')] }), with: { appliesTo: 'phone' }, status: 'pass' },
  {
    name: 'times without days are hours stated',
    facts: facts({}, { hours: [{ ...hours(0), schedule: '08:00-17:00 unknown "days not stated"', days: 'unknown' }] }),
    status: 'pass',
    data: { schedule: '08:00-17:00 unknown "days not stated"', daysStated: false },
  },
  {
    name: 'hours with days are shown before times without',
    facts: facts({}, { hours: [{ ...hours(0), schedule: '08:00-17:00 unknown "days not stated"', days: 'unknown' }, hours(1)] }),
    status: 'pass',
    data: { schedule: 'Mo-Fr 08:00-17:00', daysStated: true, clicks: 0 },
  },
]);

describe('check registry', () => {
  it('every check kind parses empty or documented options and has a description', () => {
    for (const [kind, check] of CHECKS) {
      expect(check.kind).toBe(kind);
      expect(check.description.length).toBeGreaterThan(10);
    }
    expect([...CHECKS.keys()].sort()).toEqual([
      'cancellationRouteShown', 'complaintRouteShown', 'contactLinkOnEveryPage', 'hoursCoverage', 'hoursStated', 'maxClicks',
      'notChatbotOnly', 'notImageOnly', 'notPremiumRate', 'orgNumberShown', 'present', 'trustMarkShown', 'twoMeansOfContact',
      'writtenChannelKeepsRecord',
    ]);
  });
});
