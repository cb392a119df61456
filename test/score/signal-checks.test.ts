import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImageContact, OrgNumber, Route, TrustMark } from '../../src/model/signals.js';
import type { AuditFacts, CheckOutcome } from '../../src/score/check-definition.js';
import { CHECKS } from '../../src/score/checks/index.js';
import { packagePath } from '../../src/util/package-root.js';
import { chat, email, facts, form, hours, phone } from '../helpers/facts.js';

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

const at = { pageUrl: 'https://www.exempel.se/', path: [], evidence: '' };
const id = (kind: OrgNumber['kind'], value: string, valid: boolean, clicks = 0): OrgNumber => ({ ...at, kind, value, valid, clicks });
const route = (clicks: number, label = 'Reklamation'): Route => ({ clicks, pageUrl: at.pageUrl, path: [], via: 'link', label, url: `${at.pageUrl}x` });
const mark = (name: string, markId: string, clicks = 0): TrustMark => ({ ...at, mark: markId, name, source: 'image', clicks });
const inImage = (kind: ImageContact['kind'], value: string, clicks = 1): ImageContact => ({ ...at, kind, value, src: 'https://www.exempel.se/i.png', clicks });
const coverage = (pagesChecked: number, pagesWithRoute: number) => ({
  contactLinkCoverage: { pagesChecked, pagesWithRoute, pagesWithout: pagesChecked > pagesWithRoute ? [{ url: 'https://www.exempel.se/kampanj', clicks: 1 }] : [] },
});

run('hoursCoverage', [
  { name: 'Mo-Fr 08-17 covers weekdays 09-16', facts: facts({}, { hours: [hours(0)] }), status: 'pass', data: { schedule: 'Mo-Fr 08:00-17:00', uncovered: null } },
  { name: 'no hours: nothing to judge', facts: facts({}), status: 'not-applicable' },
  { name: 'Saturday asked for, not open', facts: facts({}, { hours: [hours(0)] }), with: { days: ['Sa'] }, status: 'fail', data: { uncovered: 'Sa' } },
  { name: 'closing at 15 leaves 15-16 uncovered', facts: facts({}, { hours: [{ ...hours(0), schedule: 'Mo-Th 09:00-16:00; Fr 09:00-15:00' }] }), status: 'fail', data: { uncovered: 'Fr' } },
  { name: 'a lunch break breaks coverage', facts: facts({}, { hours: [{ ...hours(0), schedule: 'Mo-Fr 09:00-12:00,13:00-16:00' }] }), status: 'fail', data: { uncovered: 'Mo,Tu,We,Th,Fr' } },
  { name: 'visiting hours when phone hours are asked for', facts: facts({}, { hours: [hours(0, 'visit')] }), with: { appliesTo: 'phone' }, status: 'not-applicable' },
  { name: 'the best of several statements counts', facts: facts({}, { hours: [{ ...hours(0), schedule: 'Mo 10:00-12:00' }, hours(1, 'phone')] }), status: 'pass' },
  {
    name: 'times without days cannot show the weekdays covered',
    facts: facts({}, { hours: [{ ...hours(0), schedule: '08:00-17:00 unknown "days not stated"', days: 'unknown' }] }),
    status: 'fail',
    data: { uncovered: null, daysNotStated: '08:00-17:00' },
  },
  {
    name: 'times without days beside a Saturday: both reasons',
    facts: facts({}, { hours: [{ ...hours(0), schedule: 'Sa 10:00-14:00' }, { ...hours(0), schedule: '10:00-18:00 unknown "days not stated"', days: 'unknown' }] }),
    status: 'fail',
    data: { schedule: 'Sa 10:00-14:00', uncovered: 'Mo,Tu,We,Th,Fr', daysNotStated: '10:00-18:00' },
  },
  {
    name: 'stated weekdays pass whatever else has no days',
    facts: facts({}, { hours: [{ ...hours(0), schedule: '10:00-12:00 unknown "days not stated"', days: 'unknown' }, hours(1)] }),
    status: 'pass',
    data: { daysNotStated: null },
  },
]);

run('notChatbotOnly', [
  { name: 'no chat at all', facts: facts({ phone: 0 }), status: 'not-applicable' },
  { name: 'a bot with a phone beside it', facts: facts({}, { chat: [chat(0, 'bot-only')], phone: [phone(1)] }), status: 'pass', data: { bots: 'Intercom', humanClicks: 1 } },
  { name: 'a bot and nothing human', facts: facts({ form: 0 }, { chat: [chat(0, 'bot-only')] }), status: 'fail', data: { humanClicks: null } },
  { name: 'a bot with the human too deep', facts: facts({}, { chat: [chat(0, 'bot-only')], phone: [phone(4)] }), with: { within: 2 }, status: 'fail' },
  { name: 'a staffed chat', facts: facts({}, { chat: [chat(0, 'human')] }), status: 'pass' },
  { name: 'a bot that hands over to people', facts: facts({ form: 0 }, { chat: [chat(0, 'bot-with-handover', 1)] }), status: 'pass', data: { bots: null, humanClicks: 1 } },
  { name: 'a bot beside a bot that hands over', facts: facts({}, { chat: [chat(0, 'bot-only'), { ...chat(1, 'bot-with-handover'), vendor: 'ebbot' }] }), status: 'pass', data: { bots: 'Intercom' } },
  { name: 'a chat of unknown staffing', facts: facts({}, { chat: [chat(0, 'unknown')] }), status: 'not-applicable' },
]);

run('contactLinkOnEveryPage', [
  { name: 'every page', facts: facts({}, {}, coverage(5, 5)), status: 'pass', data: { pagesWithout: 0 } },
  { name: 'one page without', facts: facts({}, {}, coverage(5, 4)), status: 'fail', data: { pagesWithout: 1, firstWithout: 'https://www.exempel.se/kampanj' } },
  { name: 'one without, 80 % allowed', facts: facts({}, {}, coverage(5, 4)), with: { minShare: 0.8 }, status: 'pass' },
  { name: 'no pages examined', facts: facts({}, {}, coverage(0, 0)), status: 'not-applicable' },
]);

run('notImageOnly', [
  { name: 'no images of contact details', facts: facts({ phone: 0 }), status: 'pass' },
  { name: 'hours only in an image', facts: facts({}, {}, { imageContacts: [inImage('hours', 'öppettider')] }), status: 'fail', data: { kinds: 'hours', clicks: 1 } },
  { name: 'hours in an image and as text', facts: facts({}, { hours: [hours(0)] }, { imageContacts: [inImage('hours', 'öppettider')] }), status: 'pass' },
  { name: 'a number only in an image, another as text', facts: facts({}, { phone: [phone(0)] }, { imageContacts: [inImage('phone', '+46701234567')] }), status: 'fail', data: { kinds: 'phone' } },
  { name: 'the same number in an image and as text', facts: facts({}, { phone: [phone(0)] }, { imageContacts: [inImage('phone', '+46812345678')] }), status: 'pass' },
  { name: 'an image e-mail, case aside', facts: facts({}, { email: [email(0)] }, { imageContacts: [inImage('email', 'KUNDSERVICE@exempel.se')] }), status: 'pass' },
  { name: 'kinds not asked for are ignored', facts: facts({}, {}, { imageContacts: [inImage('address', 'adress')] }), with: { kinds: ['phone'] }, status: 'pass' },
]);

run('orgNumberShown', [
  { name: 'a valid orgnr', facts: facts({}, {}, { orgNumbers: [id('se-orgnr', '556123-4567', true)] }), status: 'pass', data: { value: '556123-4567', invalid: null } },
  { name: 'only a wrong check digit', facts: facts({}, {}, { orgNumbers: [id('dk-cvr', '12345678', false)] }), status: 'fail', data: { invalid: '12345678', value: null } },
  { name: 'none at all', facts: facts({}), status: 'fail' },
  { name: 'a valid id of another country', facts: facts({}, {}, { orgNumbers: [id('pl-nip', '5271234563', true)] }), with: { kinds: ['dk-cvr'] }, status: 'fail' },
  { name: 'KRS counts for the pl kinds', facts: facts({}, {}, { orgNumbers: [id('pl-krs', '0000123456', true)] }), with: { kinds: ['pl-nip', 'pl-krs'] }, status: 'pass' },
  { name: 'valid but too deep', facts: facts({}, {}, { orgNumbers: [id('fi-ytunnus', '2345678-0', true, 3)] }), with: { maxClicks: 1 }, status: 'fail', data: { clicks: 3 } },
]);

run('complaintRouteShown', [
  { name: 'at 1 click', facts: facts({}, {}, { complaintRoute: route(1) }), status: 'pass', data: { clicks: 1, label: 'Reklamation' } },
  { name: 'at 4 of max 3', facts: facts({}, {}, { complaintRoute: route(4) }), status: 'fail', data: { clicks: 4, maxClicks: 3 } },
  { name: 'none', facts: facts({}), status: 'fail', data: { clicks: null } },
  { name: 'a cancellation route is not a complaint route', facts: facts({}, {}, { cancellationRoute: route(0, 'Säg upp') }), status: 'fail' },
]);

run('cancellationRouteShown', [
  { name: 'at 2 clicks', facts: facts({}, {}, { cancellationRoute: route(2, 'Säga upp') }), status: 'pass', data: { label: 'Säga upp' } },
  { name: 'at 3 of max 2', facts: facts({}, {}, { cancellationRoute: route(3, 'Säga upp') }), with: { maxClicks: 2 }, status: 'fail' },
  { name: 'none', facts: facts({}, {}, { complaintRoute: route(0) }), status: 'fail' },
]);

run('writtenChannelKeepsRecord', [
  { name: 'an e-mail address', facts: facts({}, { email: [email(1)] }), status: 'pass', data: { means: 'email', clicks: 1 } },
  { name: 'a form that asks for the e-mail', facts: facts({}, { form: [form(2)] }), status: 'pass', data: { means: 'form' } },
  { name: 'a form without an e-mail field', facts: facts({}, { form: [form(0, ['Namn', 'Telefon', 'Meddelande'])] }), status: 'fail' },
  { name: 'phone only', facts: facts({}, { phone: [phone(0)] }), status: 'fail', data: { means: null } },
  { name: 'e-mail too deep', facts: facts({}, { email: [email(3)] }), with: { maxClicks: 2 }, status: 'fail' },
]);

run('trustMarkShown', [
  { name: 'any mark', facts: facts({}, {}, { trustMarks: [mark('Trygg e-handel', 'trygg-e-handel', 0)] }), status: 'pass', data: { marks: 'Trygg e-handel', clicks: 0 } },
  { name: 'no mark: informational', facts: facts({}), status: 'not-applicable' },
  { name: 'no mark, required', facts: facts({}), with: { required: true }, status: 'fail' },
  { name: 'another mark than the one asked for', facts: facts({}, {}, { trustMarks: [mark('Trygg e-handel', 'trygg-e-handel')] }), with: { marks: ['trygg-kundkontakt'] }, status: 'not-applicable' },
]);

describe('check options are validated at pack load', () => {
  it.each([
    { kind: 'hoursCoverage', with: { from: '16:00', to: '09:00' } },
    { kind: 'hoursCoverage', with: { days: ['Monday'] } },
    { kind: 'orgNumberShown', with: { kinds: ['us-ein'] } },
    { kind: 'complaintRouteShown', with: { maxClicks: -1 } },
    { kind: 'contactLinkOnEveryPage', with: { minShare: 2 } },
    { kind: 'trustMarkShown', with: { marks: ['Not Kebab'] } },
    { kind: 'notImageOnly', with: { kinds: [] } },
  ])('$kind rejects $with', ({ kind, with: options }) => {
    expect(CHECKS.get(kind)!.optionsSchema.safeParse(options).success).toBe(false);
  });
});

describe('one file per check kind', () => {
  it('every check file in src/score/checks is registered under its kebab-case name', () => {
    const helpers = new Set(['index.ts', 'channel-option.ts', 'route-shown.ts']);
    const files = readdirSync(packagePath('src', 'score', 'checks')).filter((file) => file.endsWith('.ts') && !helpers.has(file));
    const kebab = (kind: string) => `${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`;
    expect(files.sort()).toEqual([...CHECKS.keys()].map(kebab).sort());
  });
});
