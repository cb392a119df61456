import type { OwnVendor } from './chat-vendor.js';

/**
 * Chat vendors common on Nordic company sites. Wappalyzer lacks several of them (Puzzel,
 * Telia ACE, Humany, ebbot, Kindly) and knows others only by one weak pattern (Giosg).
 * URLs and names come from the vendors' published embed snippets.
 */
export const NORDIC_VENDORS: readonly OwnVendor[] = [
  {
    name: 'Puzzel',
    kind: 'human',
    basis: 'Puzzel (formerly Intelecom) is a contact-centre platform whose web chat is queued to agents; bots are an optional front',
    scriptSrc: [
      'app-cdn\\.puzzel\\.com/public/js/pzl_loader',
      'chat\\.puzzel\\.com/',
      'chat\\.intele\\.com/',
      'jquery-intelecomchat',
    ],
    selectors: ['script#pzlModuleLoader', '.intelecomchatdialog'],
  },
  {
    name: 'Telia ACE',
    kind: 'human',
    basis: 'Telia ACE (formerly CallGuide) is a contact-centre platform; ACE chat is routed to contact-centre agents',
    scriptSrc: ['wds\\.ace\\.teliacompany\\.com/', '(?:chat|api)\\.ace\\.teliacompany\\.net/'],
  },
  {
    name: 'Humany',
    kind: 'hybrid',
    basis: 'Humany (now Telia ACE Knowledge) is a self-service guide and bot widget that can hand over to an agent chat or other contact methods',
    scriptSrc: [
      '[\\w-]+\\.humany\\.net/',
      'ace-knowledge-cdn\\.teliacompany\\.net/',
      'anon-proxy\\.ace\\.teliacompany\\.net/',
    ],
    globals: ['Humany', 'humany'],
  },
  {
    name: 'ebbot',
    kind: 'hybrid',
    basis: 'ebbot is a Swedish chatbot platform with built-in hand-over to live agents',
    scriptSrc: ['ebbot[\\w-]*\\.storage\\.googleapis\\.com/', '\\.ebbot\\.(?:app|eu)/'],
    globals: ['Ebbot'],
  },
  {
    name: 'Kindly',
    kind: 'hybrid',
    basis: 'Kindly is a Norwegian chatbot platform with hand-over to human agents',
    scriptSrc: ['chat\\.kindlycdn\\.com/', '\\.kindlycdn\\.com/'],
    globals: ['kindlyChat', 'kindlyOptions'],
    selectors: ['script#kindly-chat', '#kindly-chat-api'],
  },
  {
    name: 'Boost.ai',
    wappalyzer: 'Boost.ai',
    kind: 'hybrid',
    basis: 'boost.ai is a Norwegian virtual-agent platform; hand-over to live-chat agents is part of the product',
    scriptSrc: ['[\\w-]+\\.boost\\.ai/chatPanel/'],
  },
  {
    name: 'Giosg',
    wappalyzer: 'Giosg',
    kind: 'human',
    basis: 'giosg is a Finnish live-chat platform answered by agents; bots are an add-on',
    scriptSrc: ['service\\.giosg\\.com/'],
    globals: ['_giosg'],
  },
  {
    name: 'Certainly',
    kind: 'hybrid',
    basis: 'Certainly is a Danish chatbot platform with hand-over to human agents',
    scriptSrc: ['\\.certainly\\.io/'],
  },
  {
    name: 'Dina Kunder',
    wappalyzer: 'Dina Kunder',
    kind: 'bot',
    basis: 'Dina Kunder is a Swedish provider of AI chatbots that automate customer support',
  },
  {
    name: 'Ninchat',
    wappalyzer: 'Ninchat',
    kind: 'human',
    basis: 'Ninchat is a Finnish secure chat service whose queues are answered by staff',
  },
  {
    name: 'Smilee',
    wappalyzer: 'Smilee',
    kind: 'human',
    basis: 'Smilee is a Finnish professionally managed chat: its own agents answer',
  },
  {
    name: 'ImBox',
    wappalyzer: 'ImBox',
    kind: 'human',
    basis: 'ImBox is a Swedish live chat with co-browsing, answered by agents',
  },
  {
    name: 'Vergic',
    wappalyzer: 'Vergic',
    kind: 'human',
    basis: 'Vergic (Swedish) is an engagement platform for real-time chat and co-browsing with agents',
    scriptSrc: ['(?:^|[/.])content\\.vergic\\.com/'],
  },
  {
    name: 'Weply',
    wappalyzer: 'Weply',
    kind: 'human',
    basis: 'Weply is a Nordic managed chat whose own agents answer visitors',
  },
  {
    name: 'Lime Talk',
    wappalyzer: 'Lime Talk',
    kind: 'human',
    basis: 'Lime Talk is live-chat messaging answered by the company\'s staff',
  },
  {
    name: 'GetJenny',
    wappalyzer: 'Jenny',
    kind: 'hybrid',
    basis: 'GetJenny is a Finnish customer-service chatbot with hand-over to agents',
  },
];
