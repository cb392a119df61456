/**
 * Products Wappalyzer files under "Live chat" that are not a way for a customer to chat with
 * the company on its site. Matching them would report a chat channel that does not exist, so
 * they are left out of the vendor table. Messaging-app buttons are other channels (the phone
 * extractor reads `wa.me` links); infrastructure and team chat are not contact at all.
 */
export const NOT_CUSTOMER_CHAT: ReadonlyMap<string, string> = new Map([
  ['WhatsApp Business Chat', 'a link or button into WhatsApp, another channel'],
  ['Joinchat', 'a WordPress button that opens WhatsApp'],
  ['WidgetWhats', 'a button that opens WhatsApp'],
  ['GetButton', 'buttons that open WhatsApp or Messenger'],
  ['Chaty', 'buttons that open WhatsApp, Messenger and other apps'],
  ['ChatWith.io', 'links into WhatsApp'],
  ['Zoko', 'WhatsApp commerce'],
  ['Apple Business Chat', 'a link into the Messages app'],
  ['Tencent QQ', 'a link into the QQ messenger'],
  ['Pusher', 'real-time messaging infrastructure used by any kind of app'],
  ['Jitsi', 'a video-conferencing library'],
  ['Gitter', 'developer community chat rooms'],
  ['Zulip', 'team chat'],
  ['Element', 'a Matrix messenger client'],
  ['SpatialChat', 'virtual event spaces'],
  ['TalkJS', 'user-to-user messaging inside marketplaces'],
  ['CometChat', 'an SDK for user-to-user chat inside apps'],
  ['Chatroll', 'community chat rooms for site visitors'],
  ['ChatWING', 'community chat rooms for site visitors'],
  ['Chatwee', 'community chat rooms for site visitors'],
  ['ArrowChat', 'social chat between site members'],
  ['Plivo', 'SMS and voice APIs'],
  ['Aircall', 'a cloud phone system; its script is a click-to-call helper'],
  ['Callgear', 'call tracking'],
  ['Pancake', 'its pattern is an analytics script'],
]);

/** Single Wappalyzer DOM patterns that point at something other than a chat widget. */
export const NOT_CHAT_SELECTORS: ReadonlySet<string> = new Set([
  // Brevo's meeting scheduler, not Brevo Conversations.
  "iframe[src*='meet.brevo.com']",
  // react-live-chat-loader's placeholder, shared by several vendors (Wappalyzer files it under Intercom).
  'div.live-chat-loader-placeholder',
]);
