import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractChats, chatProbes, chatVendors } from '../../src/extract/chat/index.js';
import { compileScriptPattern, isUsableGlobal, isUsableSelector } from '../../src/extract/chat/pattern-guards.js';
import { OWN_VENDORS } from '../../src/extract/chat/vendors.js';
import { wappalyzerLiveChat } from '../../src/extract/chat/wappalyzer-live-chat.js';
import type { ExtractContext } from '../../src/extract/extract-context.js';
import { ChannelMinimum } from '../../src/clicks/channel-minimum.js';
import { locationOf } from '../../src/extract/item-location.js';
import { chatItemSchema, type ChatItem, type Staffing } from '../../src/model/channel-items.js';
import type { PageSnapshot } from '../../src/model/page-snapshot.js';
import { blocks, makeSnapshot } from '../helpers/snapshot.js';

const ctx: ExtractContext = { region: 'SE' };

function chats(partial: Partial<PageSnapshot>) {
  return extractChats(makeSnapshot(partial), ctx);
}

function button(text: string) {
  return { text, region: 'main' as const };
}

function link(text: string, href: string) {
  return { text, href, region: 'main' as const };
}

describe('extractChats: vendors', () => {
  // [vendor, snapshot fields, expected staffing from the vendor alone]
  const table: Array<[string, Partial<PageSnapshot>, Staffing]> = [
    ['Intercom', { scriptSrcs: ['https://widget.intercom.io/widget/abc123'] }, 'unknown'],
    ['Zendesk', { scriptSrcs: ['https://static.zdassets.com/ekr/snippet.js?key=0f1e2d'] }, 'unknown'],
    ['Zendesk', { globals: ['zE'] }, 'unknown'],
    ['Zendesk Chat', { globals: ['$zopim'] }, 'human'],
    ['LiveChat', { scriptSrcs: ['https://cdn.livechatinc.com/tracking.js'] }, 'human'],
    ['tawk.to', { scriptSrcs: ['https://embed.tawk.to/5f0a1b2c3d4e5f/default'] }, 'human'],
    ['Tidio', { globals: ['tidioChatApi'] }, 'unknown'],
    ['Drift', { scriptSrcs: ['https://js.driftt.com/include/1700000000000/ab12cd34.js'] }, 'unknown'],
    ['HubSpot Chat', { scriptSrcs: ['https://js-eu1.usemessages.com/conversations-embed.js'] }, 'unknown'],
    ['HubSpot Chat', { selectors: ['#hubspot-messages-iframe-container'] }, 'unknown'],
    ['Freshchat', { scriptSrcs: ['https://wchat.freshchat.com/js/widget.js'] }, 'unknown'],
    ['Crisp', { scriptSrcs: ['https://client.crisp.chat/l.js'] }, 'human'],
    ['Userlike', { scriptSrcs: ['https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/0a1b2c.js'] }, 'human'],
    ['Trengo', { scriptSrcs: ['https://static.widget.trengo.eu/embed.js'] }, 'human'],
    ['Genesys', { scriptSrcs: ['https://apps.mypurecloud.ie/genesys-bootstrap/genesys.min.js'] }, 'human'],
    ['LivePerson', { globals: ['lpTag'] }, 'unknown'],
    ['Salesforce Embedded Service', { scriptSrcs: ['https://service.force.com/embeddedservice/5.0/esw.min.js'] }, 'human'],
    ['Puzzel', { scriptSrcs: ['https://app-cdn.puzzel.com/public/js/pzl_loader.js'] }, 'human'],
    ['Puzzel', { scriptSrcs: ['https://chat.puzzel.com/Content/Client/js/jquery-intelecomchat.latest.min.js'] }, 'human'],
    ['Telia ACE', { scriptSrcs: ['https://wds.ace.teliacompany.com/wds/instances/J5XKjqJt/ACEWebSDK.min.js'] }, 'human'],
    ['Humany', { scriptSrcs: ['https://kommunen.humany.net/default/embed.js'] }, 'unknown'],
    ['ebbot', { scriptSrcs: ['https://ebbot-v2.storage.googleapis.com/ebbot-web/init.js?t=0.123'] }, 'unknown'],
    ['Kindly', { scriptSrcs: ['https://chat.kindlycdn.com/kindly-chat.js'] }, 'unknown'],
    ['Boost.ai', { scriptSrcs: ['https://kunde.boost.ai/chatPanel/chatPanel.js'] }, 'unknown'],
    ['Giosg', { scriptSrcs: ['https://service.giosg.com/live/'] }, 'human'],
    ['Dina Kunder', { scriptSrcs: ['https://app.dinakunder.se/widget/loader.js'] }, 'bot-only'],
    ['Chatbase', { globals: ['embedChatbaseChatbot'] }, 'bot-only'],
    ['Smartsupp', { scriptSrcs: ['https://www.smartsuppchat.com/loader.js?'] }, 'human'],
    ['Chaport', { scriptSrcs: ['https://app.chaport.com/javascripts/insert.js'] }, 'unknown'],
    ['Kindly', { iframeSrcs: ['https://chat.kindlycdn.com/frame.html'] }, 'unknown'],
  ];

  it.each(table)('%s from %j', (vendor, partial, staffing) => {
    const items = chats(partial);
    expect(items.map((item) => [item.vendor, item.staffing])).toEqual([[vendor, staffing]]);
    const item = items[0]!;
    expect(item.value).toBe(vendor);
    expect(item.display).toBe(vendor);
    expect(item.source).toBe('script');
    expect(item.basis).toContain(vendor);
    const evidence = [...(partial.scriptSrcs ?? []), ...(partial.iframeSrcs ?? []), ...(partial.globals ?? []), ...(partial.selectors ?? [])];
    expect(evidence).toContain(item.evidence);
    expect(() => chatItemSchema.parse(item)).not.toThrow();
  });

  it('reports one item per vendor however many patterns match, and each vendor present', () => {
    const items = chats({
      scriptSrcs: ['https://widget.intercom.io/widget/abc', 'https://js.intercomcdn.com/frame-modern.js', 'https://embed.tawk.to/x/default'],
      globals: ['Intercom', 'Tawk_API'],
      selectors: ['#intercom-container'],
    });
    expect(items.map((item) => item.vendor).sort()).toEqual(['Intercom', 'tawk.to']);
  });

  it('copies the page location', () => {
    const page = makeSnapshot({ url: 'https://www.exempel.se/kundservice', clicks: 2, globals: ['Intercom'] });
    const [item] = extractChats(page, ctx);
    expect(item).toMatchObject({ pageUrl: page.url, clicks: 2, path: page.path });
  });

  it('survives a huge data: URL quickly', () => {
    const huge = `data:text/javascript,${'a'.repeat(2_000_000)}`;
    const started = Date.now();
    expect(chats({ scriptSrcs: [huge] })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('extractChats: who answers, from vendor and visible text', () => {
  // Vendors by design: tawk.to and LiveChat are human live chat, Intercom is bot-first with
  // hand-over (hybrid), Chaport is unknown, Chatbase is bot-only.
  // [description, page text, vendor global, expected staffing]
  const table: Array<[string, Partial<PageSnapshot>, string, Staffing]> = [
    // Bot wording alone: the page outranks a human product.
    ['sv virtuell assistent', { blocks: blocks('Hej! Jag är Frida, din virtuella assistent.') }, 'Tawk_API', 'bot-only'],
    ['sv digital assistent', { buttons: [button('Fråga vår digitala assistent')] }, 'Tawk_API', 'bot-only'],
    ['sv AI-assistent', { blocks: blocks('Vår AI-assistent svarar dygnet runt.') }, 'Tawk_API', 'bot-only'],
    ['sv chattbot', { blocks: blocks('Chatta med vår chattbot') }, 'Tawk_API', 'bot-only'],
    ['sv chatbotten', { blocks: blocks('Chatbotten hjälper dig med vanliga frågor.') }, 'Tawk_API', 'bot-only'],
    ['sv botten', { buttons: [button('Fråga botten')] }, 'Tawk_API', 'bot-only'],
    ['da jeg er en bot', { blocks: blocks('Hej, jeg er en bot og kan hjælpe dig.') }, 'Tawk_API', 'bot-only'],
    ['da chatbot', { blocks: blocks('Vores chatbot svarer på dine spørgsmål.') }, 'chaport', 'bot-only'],
    ['nb chattebot', { blocks: blocks('Spør chattebot-en vår') }, 'Tawk_API', 'bot-only'],
    ['pl wirtualny asystent', { blocks: blocks('Wirtualny asystent pomoże Ci 24/7') }, 'Tawk_API', 'bot-only'],
    ['pl jestem botem', { blocks: blocks('Cześć! Jestem botem.') }, 'chaport', 'bot-only'],
    ['fi virtuaaliavustaja', { blocks: blocks('Virtuaaliavustajamme vastaa heti.') }, 'chaport', 'bot-only'],
    ['fi chatbotti', { blocks: blocks('Kysy chatbotilta!') }, 'chaport', 'bot-only'],
    ['de KI-Assistent', { blocks: blocks('Unser KI-Assistent hilft Ihnen rund um die Uhr.') }, 'chaport', 'bot-only'],
    ['de ich bin ein Bot', { blocks: blocks('Hallo, ich bin ein Bot.') }, 'chaport', 'bot-only'],
    ['en I\'m a bot', { blocks: blocks('Hi there! I’m a bot.') }, 'Tawk_API', 'bot-only'],
    ['en virtual assistant', { blocks: blocks('Ask our virtual assistant') }, 'Tawk_API', 'bot-only'],
    ['en AI assistant on a bot product', { blocks: blocks('Our AI assistant answers instantly.') }, 'embedChatbaseChatbot', 'bot-only'],
    // Bot wording and a hand-over phrase together: a bot that hands over.
    ['sv assistent, then a person (the chat-handover fixture)', { blocks: blocks('Chatten besvaras först av vår digitala assistent. Du kan alltid prata med en handläggare vardagar 8–17.') }, 'zE', 'bot-with-handover'],
    ['sv hand-over button beside a bot', { blocks: blocks('Jag är en digital assistent.'), buttons: [button('Prata med en människa')] }, 'Intercom', 'bot-with-handover'],
    ['sv hand-over on a human product the page calls a bot', { blocks: blocks('Vår chattbot svarar först.'), buttons: [button('Chatta med en medarbetare')] }, 'Tawk_API', 'bot-with-handover'],
    ['da chatbot and medarbejder', { blocks: blocks('Vores chatbot hjælper dig. Skriv i chatten for at tale med en medarbejder.') }, 'chaport', 'bot-with-handover'],
    ['pl asystent and konsultant', { blocks: blocks('Wirtualny asystent odpowie od razu.'), buttons: [button('Porozmawiaj z konsultantem')] }, 'chaport', 'bot-with-handover'],
    ['fi chatbotti and asiakaspalvelija', { blocks: blocks('Chatbotti vastaa ensin. Voit aina keskustella asiakaspalvelijan kanssa chatissa.') }, 'chaport', 'bot-with-handover'],
    ['de KI-Assistent and Mitarbeiter', { blocks: blocks('Unser KI-Assistent antwortet sofort.'), buttons: [button('Mit einem Mitarbeiter sprechen')] }, 'chaport', 'bot-with-handover'],
    ['en chatbot and talk to an agent', { blocks: blocks('Our chatbot answers first.'), buttons: [button('Talk to an agent')] }, 'chaport', 'bot-with-handover'],
    ['a hand-over phrase on a bot-first product', { buttons: [button('Talk to an agent')] }, 'Intercom', 'bot-with-handover'],
    ['a hand-over phrase on a bot-only product', { buttons: [button('Prata med en handläggare')] }, 'embedChatbaseChatbot', 'bot-with-handover'],
    // A person offered, nothing about a bot: people answer.
    ['sv prata med en handläggare', { blocks: blocks('I chatten kan du prata med en handläggare.') }, 'chaport', 'human'],
    ['sv chatta med en medarbetare', { blocks: blocks('Chatta med en medarbetare vardagar 8–17') }, 'chaport', 'human'],
    ['sv kundtjänst i chatten', { blocks: blocks('Kundtjänst i chatten: vardagar 8–17') }, 'chaport', 'human'],
    ['da tal med en medarbejder', { blocks: blocks('Skriv i chatten for at tale med en medarbejder') }, 'chaport', 'human'],
    ['nb snakke med en rådgiver', { blocks: blocks('Du kan snakke med en rådgiver i chatten.') }, 'chaport', 'human'],
    ['pl porozmawiaj z konsultantem', { blocks: blocks('Porozmawiaj z konsultantem na czacie') }, 'chaport', 'human'],
    ['fi keskustele asiakaspalvelijan kanssa', { buttons: [button('Keskustele asiakaspalvelijan kanssa')] }, 'chaport', 'human'],
    ['de mit einem Mitarbeiter chatten', { buttons: [button('Mit einem Mitarbeiter chatten')] }, 'chaport', 'human'],
    ['de mit einer Person sprechen', { blocks: blocks('Im Chat können Sie mit einer Person sprechen.') }, 'chaport', 'human'],
    ['fi siirry asiakaspalvelijalle', { buttons: [button('Siirry asiakaspalvelijalle')] }, 'chaport', 'human'],
    ['en talk to an agent', { buttons: [button('Talk to an agent')] }, 'chaport', 'human'],
    ['en live agent', { blocks: blocks('Chat with a live agent') }, 'chaport', 'human'],
    // Look-alikes that say nothing about the chat.
    ['phone hand-over is not a chat hand-over', { blocks: blocks('Ring oss för att prata med en rådgivare.', 'Vår chattbot svarar direkt.') }, 'LiveChatWidget', 'bot-only'],
    ['de phone hand-over is not a chat hand-over', { blocks: blocks('Telefonisch können Sie mit einem Berater sprechen.') }, 'chaport', 'unknown'],
    ['phone hand-over alone leaves the vendor to decide', { blocks: blocks('Ring oss för att prata med en rådgivare.') }, 'Intercom', 'unknown'],
    ['"botten" as the bottom of the page', { blocks: blocks('Scrolla till botten av sidan.') }, 'Intercom', 'unknown'],
    // No words at all: the vendor's design decides.
    ['no signal: human vendor', {}, 'LiveChatWidget', 'human'],
    ['no signal: hybrid vendor', {}, 'Intercom', 'unknown'],
    ['no signal: unknown vendor', {}, 'chaport', 'unknown'],
    ['no signal: bot vendor', {}, 'embedChatbaseChatbot', 'bot-only'],
  ];

  it.each(table)('%s', (_label, partial, global, staffing) => {
    const items = chats({ ...partial, globals: [global] });
    expect(items).toHaveLength(1);
    const item = items[0]!;
    expect(item.staffing).toBe(staffing);
    expect(item.human).toBe(staffing === 'unknown' ? null : staffing !== 'bot-only');
    expect(item.humanClicks).toBe(staffing === 'human' || staffing === 'bot-with-handover' ? item.clicks : null);
    expect(() => chatItemSchema.parse(item)).not.toThrow();
  });

  it('names the deciding words in the basis and keeps them as cues', () => {
    const [item] = chats({ globals: ['Intercom'], blocks: blocks('Jag är din virtuella assistent'), buttons: [button('Prata med en handläggare')] });
    expect(item!.basis).toContain('virtuella assistent');
    expect(item!.basis).toContain('Prata med en handläggare');
    expect(item!.staffingCues).toMatchObject({
      vendorKind: 'hybrid', bot: { text: 'virtuella assistent', clicks: 0 }, handover: { text: 'Prata med en handläggare', clicks: 0 },
    });
  });

  it('classifies an unknown launcher by its words too', () => {
    const items = chats({ buttons: [button('Chatta med oss')], blocks: blocks('Vår chattbot svarar direkt.') });
    expect(items.map((item) => [item.vendor, item.staffing])).toEqual([['unknown', 'bot-only']]);
  });
});

describe('one chat seen in several views: the verdict pools them', () => {
  const start = 'https://www.exempel.se/';
  const closed = makeSnapshot({ url: start, globals: ['Intercom'], blocks: blocks('Hej! Jag är Sara, din virtuella assistent.') });
  const opened = makeSnapshot({
    url: start, clicks: 1, globals: ['Intercom'],
    path: [{ action: 'start', label: 'Start', url: start }, { action: 'chat', label: 'Chatta med oss', url: start }],
    blocks: blocks('Hej! Jag är Sara, din virtuella assistent.'), buttons: [button('Prata med en handläggare')],
  });

  function minimumOf(...pages: PageSnapshot[]): ChannelMinimum {
    const minimum = new ChannelMinimum();
    for (const page of pages) minimum.add({ phone: [], email: [], form: [], address: [], hours: [], chat: extractChats(page, ctx) });
    return minimum;
  }

  it('a hand-over shown only once the launcher is opened makes a bot with hand-over, a person at 1 click', () => {
    const minimum = minimumOf(closed, opened);
    const [item] = minimum.channels().chat.items as ChatItem[];
    expect(item).toMatchObject({ vendor: 'Intercom', clicks: 0, staffing: 'bot-with-handover', human: true, humanClicks: 1 });
    expect(item!.path.map((step) => step.action)).toEqual(['start']);
    expect(minimum.humanClicks()).toBe(1);
    expect(minimum.clicksOf('chat')).toBe(0);
  });

  it('without the opened view it stays a bot only', () => {
    const minimum = minimumOf(closed);
    expect((minimum.channels().chat.items as ChatItem[]).map((item) => item.staffing)).toEqual(['bot-only']);
    expect(minimum.humanClicks()).toBeNull();
  });

  it('does not depend on the order the views arrive in', () => {
    const [item] = minimumOf(opened, closed).channels().chat.items as ChatItem[];
    expect(item).toMatchObject({ clicks: 0, staffing: 'bot-with-handover', humanClicks: 1 });
  });

  it('a human product the opened view calls a bot is judged by the words', () => {
    const human = makeSnapshot({ url: start, globals: ['Tawk_API'] });
    const bot = makeSnapshot({ url: start, clicks: 1, globals: ['Tawk_API'], blocks: blocks('Jag är en chattbot.') });
    expect(minimumOf(human).humanClicks()).toBe(0);
    const merged = minimumOf(human, bot);
    expect((merged.channels().chat.items as ChatItem[]).map((item) => [item.staffing, item.humanClicks])).toEqual([['bot-only', null]]);
    expect(merged.humanClicks()).toBeNull();
  });

  it('a phone stays the nearer human when the chat hand-over is deeper', () => {
    const minimum = minimumOf(closed, opened);
    minimum.add({ phone: [], email: [{ ...locationOf(closed), value: 'a@exempel.se', display: 'a@exempel.se', evidence: 'a@exempel.se', source: 'text', obfuscated: false }], form: [], address: [], hours: [], chat: [] });
    expect(minimum.humanClicks()).toBe(0);
  });
});

describe('extractChats: launchers of unknown vendors', () => {
  const table: Array<[string, Partial<PageSnapshot>]> = [
    ['sv button', { buttons: [button('Chatta med oss')] }],
    ['da button', { buttons: [button('Chat med os')] }],
    ['nb button', { buttons: [button('Chat med oss')] }],
    ['en button', { buttons: [button('Chat with us')] }],
    ['pl button', { buttons: [button('Czat')] }],
    ['sv start button', { buttons: [button('Starta chatten')] }],
    ['in-page link', { links: [link('Chatta med oss', '#chat')] }],
    ['javascript link', { links: [link('Chat with us', 'javascript:void(0)')] }],
  ];

  it.each(table)('%s', (_label, partial) => {
    const items = chats(partial);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ vendor: 'unknown', value: 'unknown', staffing: 'unknown', human: null, humanClicks: null, source: 'text' });
    expect(() => chatItemSchema.parse(items[0])).not.toThrow();
  });

  it('prefers the recognised vendor over the launcher', () => {
    const items = chats({ buttons: [button('Chatta med oss')], globals: ['tidioChatApi'] });
    expect(items.map((item) => item.vendor)).toEqual(['Tidio']);
  });
});

describe('extractChats: look-alikes are not chats', () => {
  const table: Array<[string, Partial<PageSnapshot>]> = [
    ['prose without a chat', { blocks: blocks('Vi har tyvärr ingen chatt.') }],
    ['prose about the chat', { blocks: blocks('Chatta med oss på vardagar 8–17.') }],
    ['a long sentence on a button', { buttons: [button('Läs mer om hur du chattar med oss och våra öppettider')] }],
    ['Messenger link', { links: [link('Chatta med oss', 'https://m.me/exempel')] }],
    ['WhatsApp link', { links: [link('Chat med os på WhatsApp', 'https://wa.me/4512345678'), link('WhatsApp', 'https://api.whatsapp.com/send?phone=46701234567')] }],
    ['route to the chat page', { links: [link('Chatta med oss', 'https://www.exempel.se/kontakt/chatt')] }],
    ['analytics and common scripts', {
      scriptSrcs: [
        'https://www.googletagmanager.com/gtm.js?id=GTM-ABC123',
        'https://www.google-analytics.com/analytics.js',
        'https://www.googletagmanager.com/gtag/js?id=G-XYZ',
        'https://static.hotjar.com/c/hotjar-123456.js?sv=6',
        'https://script.hotjar.com/modules.abc.js',
        'https://connect.facebook.net/en_US/fbevents.js',
        'https://connect.facebook.net/sv_SE/sdk.js',
        'https://js.hs-scripts.com/123456.js',
        'https://js.hs-analytics.net/analytics/1700000000000/123456.js',
        'https://consent.cookiebot.com/uc.js',
        'https://cdn.cookielaw.org/scripttemplates/otSDKStub.js',
        'https://www.google.com/recaptcha/api.js',
        'https://code.jquery.com/jquery-3.7.1.min.js',
        'https://static.zdassets.com/hc/assets/application-abc.js',
        'https://www.exempel.se/js/chat.js',
        'https://snap.licdn.com/li.lms-analytics/insight.min.js',
      ],
      iframeSrcs: [
        'https://www.youtube.com/embed/abc',
        'https://www.google.com/maps/embed?pb=xyz',
        'https://www.facebook.com/plugins/page.php?href=exempel',
        'https://www.googletagmanager.com/ns.html?id=GTM-ABC123',
      ],
    }],
    ['generic globals', { globals: ['chat', 'boost', 'drift', 'dataLayer', 'ga', 'hj', 'jQuery', 'Zendesk'] }],
    ['generic selectors', { selectors: ['.chat', '#chat', 'div.live-chat-loader-placeholder', "a[href*='api.whatsapp.com/send']"] }],
  ];

  it.each(table)('%s', (_label, partial) => {
    expect(chats(partial)).toEqual([]);
  });
});

describe('vendor table and probes', () => {
  it('holds Wappalyzer\'s live-chat products plus our own', () => {
    expect(wappalyzerLiveChat().size).toBeGreaterThan(300);
    const vendors = chatVendors();
    expect(vendors.length).toBeGreaterThan(300);
    const names = vendors.map((vendor) => vendor.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of ['Puzzel', 'Telia ACE', 'Humany', 'ebbot', 'Kindly', 'Boost.ai', 'Giosg']) {
      expect(names).toContain(name);
    }
    // Not customer chat, or a wrong pattern superseded by our entry.
    for (const name of ['WhatsApp Business Chat', 'Pusher', 'Genesys Chat', 'Salesforce Service Cloud']) {
      expect(names).not.toContain(name);
    }
  });

  it('keeps every one of our own patterns through the guards', () => {
    const wappalyzer = wappalyzerLiveChat();
    for (const own of OWN_VENDORS) {
      for (const source of own.scriptSrc ?? []) expect(compileScriptPattern(source), `${own.name}: ${source}`).not.toBeNull();
      for (const name of own.globals ?? []) expect(isUsableGlobal(name), `${own.name}: ${name}`).toBe(true);
      for (const selector of own.selectors ?? []) expect(isUsableSelector(selector), `${own.name}: ${selector}`).toBe(true);
      if (own.wappalyzer !== undefined) expect(wappalyzer.has(own.wappalyzer), own.wappalyzer).toBe(true);
      for (const name of own.replaces ?? []) expect(wappalyzer.has(name), name).toBe(true);
    }
  });

  it('rejects generic or malformed probes', () => {
    for (const selector of ['.chat', '#chat', 'div.live-chat-loader-placeholder', "a[href*='wa.me']", 'div', 'div > .x', 'iframe[src*=x', '[data-chat]']) {
      expect(isUsableSelector(selector), selector).toBe(false);
    }
    for (const name of ['boost', 'drift', 'lpTag.Chronos', 'botsonicConfig-Botsonic', 'flb.botId ']) {
      expect(isUsableGlobal(name), name).toBe(false);
    }
    expect(compileScriptPattern('\\;confidence:25')).toBeNull();
    expect(compileScriptPattern('(')).toBeNull();
    expect(compileScriptPattern('.*')).toBeNull();
  });

  it('probes a bounded set of plain globals and valid selectors', () => {
    const { globals, selectors } = chatProbes();
    expect(globals.length + selectors.length).toBeLessThan(500);
    expect(new Set(globals).size).toBe(globals.length);
    expect(new Set(selectors).size).toBe(selectors.length);
    for (const name of ['Intercom', 'zE', '$zopim', 'tidioChatApi', 'Tawk_API', 'Humany', 'Ebbot', 'lpTag']) {
      expect(globals).toContain(name);
    }
    for (const name of globals) expect(name).toMatch(/^[A-Za-z_$][\w$]*$/);
    const $ = cheerio.load('<div></div>');
    for (const selector of selectors) expect(() => $(selector), selector).not.toThrow();
  });

  it('is stable between calls', () => {
    expect(chatProbes()).toBe(chatProbes());
    expect(chatVendors()).toBe(chatVendors());
  });
});
