import type { OwnVendor, VendorKind } from './chat-vendor.js';

/**
 * Who answers, for Wappalyzer products whose patterns we use as they are. Only products whose
 * design is clear from the vendor's own description are listed; the rest stay `unknown`.
 */
const KINDS: ReadonlyArray<readonly [name: string, kind: VendorKind, basis: string]> = [
  ['Olark', 'human', 'Olark is live chat answered by the site\'s agents'],
  ['Smartsupp', 'human', 'Smartsupp is live chat answered by the shop\'s agents'],
  ['JivoChat', 'human', 'JivoChat is live chat answered by agents'],
  ['Pure Chat', 'human', 'Pure Chat is live chat answered by agents'],
  ['SnapEngage', 'human', 'SnapEngage is live chat answered by agents'],
  ['Chatra', 'human', 'Chatra is live chat answered by agents'],
  ['LiveAgent', 'human', 'LiveAgent is help-desk live chat answered by agents'],
  ['Front Chat', 'human', 'Front Chat routes to the team\'s shared inbox'],
  ['Gladly', 'human', 'Gladly is agent-centred customer service'],
  ['Glia', 'human', 'Glia is digital customer service with chat, voice and video agents'],
  ['Five9', 'human', 'Five9 is a contact-centre platform; chat is routed to agents'],
  ['Talkdesk', 'human', 'Talkdesk is a contact-centre platform; chat is routed to agents'],
  ['Shopify Chat', 'human', 'Shopify Inbox chat is answered by the shop\'s staff'],
  ['Comm100', 'hybrid', 'Comm100 combines live chat with a chatbot in front'],
  ['Ada', 'hybrid', 'Ada is an AI agent that hands over to human agents'],
  ['Cognigy', 'hybrid', 'Cognigy is contact-centre conversational AI with agent hand-over'],
  ['yellow.ai', 'hybrid', 'yellow.ai is conversational AI with agent hand-over'],
  ['Haptik', 'hybrid', 'Haptik is conversational AI with agent hand-over'],
  ['Ultimate', 'hybrid', 'Ultimate automates support and hands over to the help desk\'s agents'],
  ['Landbot', 'hybrid', 'Landbot builds chatbots with optional human takeover'],
  ['Kustomer', 'hybrid', 'Kustomer chat runs AI bots in front of agents'],
  ['Quiq Messaging', 'hybrid', 'Quiq runs AI assistants in front of agents'],
  ['Chatbase', 'bot', 'Chatbase is an AI chatbot trained on the site\'s content'],
  ['SiteGPT', 'bot', 'SiteGPT is an AI chatbot trained on the site\'s content'],
  ['Botsonic', 'bot', 'Botsonic is an AI chatbot builder'],
  ['ChatNode', 'bot', 'ChatNode is an AI chatbot trained on the site\'s content'],
  ['DocsBot', 'bot', 'DocsBot is an AI chatbot that answers from documentation'],
];

export const WAPPALYZER_KINDS: readonly OwnVendor[] = KINDS.map(([name, kind, basis]) => ({
  name,
  wappalyzer: name,
  kind,
  basis,
}));
