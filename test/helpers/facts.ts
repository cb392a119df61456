import type { Channels, ChannelResult } from '../../src/model/audit-result.js';
import type { ChatItem, EmailItem, FormItem, HoursItem, PhoneItem, Staffing } from '../../src/model/channel-items.js';
import { judgeStaffing, type StaffingCues } from '../../src/extract/chat/staffing.js';
import { emptySignals, type Signals } from '../../src/model/signals.js';
import type { AuditFacts } from '../../src/score/check-definition.js';

const emptyChannel = (): ChannelResult => ({ found: false, clicks: null, path: [], structuredDataOnly: false, items: [] });

const location = (clicks: number) => ({
  pageUrl: 'https://www.exempel.se/', clicks, path: [{ action: 'start' as const, label: 'Start', url: 'https://www.exempel.se/' }],
});

export function phone(clicks: number, over: Partial<PhoneItem> = {}): PhoneItem {
  return {
    ...location(clicks), value: '+46812345678', display: '08-123 456 78', evidence: 'Tel 08-123 456 78', source: 'text',
    numberType: 'FIXED_LINE', premiumRate: false, sharedCost: false, country: 'SE', whatsapp: false, ...over,
  };
}

/**
 * An Intercom chat judged `staffing`, from the cues that produce that verdict; for a bot with
 * hand-over, the hand-over phrase is seen at `handoverClicks` (default: where the chat is).
 */
export function chat(clicks: number, staffing: Staffing, handoverClicks = clicks): ChatItem {
  const cue = (text: string, at: number) => ({ text, clicks: at, pageUrl: 'https://www.exempel.se/' });
  const cues = ({
    human: { vendorKind: 'human', vendorBasis: 'Intercom: vendor', bot: null, handover: null },
    'bot-only': { vendorKind: 'bot', vendorBasis: 'Intercom: vendor', bot: null, handover: null },
    'bot-with-handover': { vendorKind: 'hybrid', vendorBasis: 'Intercom: vendor', bot: cue('virtuell assistent', clicks), handover: cue('prata med en handläggare', handoverClicks) },
    unknown: { vendorKind: 'hybrid', vendorBasis: 'Intercom: vendor', bot: null, handover: null },
  } satisfies Record<Staffing, StaffingCues>)[staffing];
  return {
    ...location(clicks), value: 'Intercom', display: 'Intercom', evidence: 'widget.intercom.io', source: 'script', vendor: 'Intercom',
    staffingCues: cues, ...judgeStaffing(cues, clicks),
  };
}

export function email(clicks: number, value = 'kundservice@exempel.se'): EmailItem {
  return { ...location(clicks), value, display: value, evidence: value, source: 'text', obfuscated: false };
}

export function form(clicks: number, fields: string[] = ['Namn', 'E-post', 'Meddelande']): FormItem {
  return { ...location(clicks), value: 'form', display: 'Kontakta oss', evidence: 'Kontakta oss', source: 'form', fields, action: '/skicka' };
}

export function hours(clicks: number, appliesTo: HoursItem['appliesTo'] = 'general', source: HoursItem['source'] = 'text'): HoursItem {
  return { ...location(clicks), value: 'Mo-Fr 08:00-17:00', display: 'Mån–fre 8–17', evidence: 'Mån–fre 8–17', source, text: 'Mån–fre 8–17', schedule: 'Mo-Fr 08:00-17:00', appliesTo };
}

/**
 * Facts with the named channels found at the given clicks. Items are minimal stand-ins:
 * checks read found/clicks and the per-channel fields set here.
 */
export function facts(
  found: Partial<Record<keyof Channels, number>>,
  items: Partial<{ phone: PhoneItem[]; chat: ChatItem[]; hours: HoursItem[]; email: EmailItem[]; form: FormItem[] }> = {},
  signals: Partial<Signals> = {},
): AuditFacts {
  const channels = {
    phone: emptyChannel(), email: emptyChannel(), form: emptyChannel(), chat: emptyChannel(), address: emptyChannel(), hours: emptyChannel(),
  } as Record<keyof Channels, ChannelResult>;
  for (const [name, clicks] of Object.entries(found) as Array<[keyof Channels, number]>) {
    channels[name] = { ...emptyChannel(), found: true, clicks };
  }
  for (const [name, list] of Object.entries(items) as Array<[keyof Channels, ChannelResult['items']]>) {
    const visible = list.filter((item) => item.source !== 'json-ld');
    const min = visible.reduce<number | null>((m, item) => (m === null || item.clicks < m ? item.clicks : m), null);
    channels[name] = { found: min !== null, clicks: min, path: [], structuredDataOnly: list.length > 0 && min === null, items: list } as ChannelResult;
  }
  const human = [channels.phone.clicks, channels.email.clicks,
    ...(channels.chat.items as ChatItem[]).map((c) => c.humanClicks)]
    .filter((n): n is number => n !== null);
  return { channels: channels as Channels, humanContactClicks: human.length ? Math.min(...human) : null, signals: { ...emptySignals(), ...signals }, lawScope: {} };
}
