import type { LawScope } from '../model/law-scope.js';

export interface LawScopeText {
  /** Whom the law binds. */
  binds: string;
  /** What a website cannot tell kontaktkoll about that, and what it does instead. */
  cannotKnow: string;
}

/** In English: the rules document and `kontaktkoll rules` speak of scope in the language of the law texts they cite. */
export const LAW_SCOPE_TEXTS: Record<LawScope, LawScopeText> = {
  'information-society-service': {
    binds: 'Every provider of an information-society service: a business website offering goods or services, paid or financed otherwise (E-Commerce Directive art. 5 and its national acts).',
    cannotKnow: 'Little: nearly every business website is such a service. A private or purely non-commercial site is not, and kontaktkoll cannot tell it from one that is.',
  },
  'distance-selling': {
    binds: 'Traders concluding distance or off-premises contracts with consumers, before the contract (Consumer Rights Directive art. 6(1)(c) and its national acts). A business selling only to businesses is not bound.',
    cannotKnow: 'Whether the company sells to consumers at a distance. kontaktkoll looks for signs of selling (a cart or checkout, prices, terms of sale or a right of withdrawal, product offers in structured data) and does not apply phone-number-given where it sees none; it cannot tell a consumer shop from a business-to-business one.',
  },
  'contract-calls': {
    binds: 'Traders that run a telephone line for consumers to call about a concluded contract (Consumer Rights Directive art. 21 and its national acts).',
    cannotKnow: 'The tariff of a number, and which number serves existing contracts. kontaktkoll reads the cost from the numbering range (premium-rate, shared-cost, service numbers) and judges the numbers offered as customer service, or every number when none is labelled so.',
  },
  'accessibility-act': {
    binds: 'Providers of the services the European Accessibility Act lists (e-commerce, consumer banking, passenger transport, electronic communications, e-books), from 28 June 2025; microenterprises providing services are exempt.',
    cannotKnow: 'The company\'s size, and whether its service is one the Act lists.',
  },
  'es-customer-service-law': {
    binds: 'In Spain, providers of basic services (energy, water, telecoms, transport, post, finance) and large companies (250 or more staff, or turnover above €50 M), with obligations due about 28 December 2026 (Law 10/2025).',
    cannotKnow: 'The company\'s size and sector: every message says "applies if the company provides a basic service or is large".',
  },
  'trade-register': {
    binds: 'Providers entered in a trade register or a similar public register (E-Commerce Directive art. 5(1)(d) and its national acts).',
    cannotKnow: 'Whether the company is registered at all; a sole trader may be identified otherwise. A number is accepted only with a label and a right check digit.',
  },
  'pl-capital-company': {
    binds: 'Polish capital companies (sp. z o.o., S.A.) on their website (Commercial Companies Code art. 206 § 1).',
    cannotKnow: 'The company\'s legal form, unless its pages state it.',
  },
};
