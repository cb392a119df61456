import type { ReportLang } from '../score/evaluate-pack.js';

/** The report's own words in each language; page text and rule texts come from elsewhere. */
const MESSAGES = {
  en: {
    channels: { phone: 'phone', email: 'e-mail', form: 'form', chat: 'chat', address: 'address', hours: 'hours' },
    grade: 'Grade',
    start: 'Start page',
    deviceDifference: (channel: string, desktop: number | null, mobile: number | null) =>
      `${channel}: ${desktop === null ? 'not found' : `${desktop} click${desktop === 1 ? '' : 's'}`} on desktop, ${mobile === null ? 'not found' : `${mobile} click${mobile === 1 ? '' : 's'}`} on mobile`,
    barrier: (kind: string, clicks: number, covered: boolean) =>
      `barrier: ${kind === 'consent' ? 'a cookie dialog' : kind} at ${clicks} click${clicks === 1 ? '' : 's'}${covered ? ', covering the contact details' : ''}`,
    humanAt: (clicks: number) => `a human is ${clicks} click${clicks === 1 ? '' : 's'} away`,
    staffing: { human: 'staffed by people', 'bot-only': 'bot only', 'bot-with-handover': 'bot with hand-over to people', unknown: 'who answers is unknown' },
    personFrom: (clicks: number) => `a person from ${clicks} click${clicks === 1 ? '' : 's'}`,
    deviceNames: { desktop: 'desktop', mobile: 'mobile' },
    humanRow: 'a human (phone, e-mail, staffed chat)',
    noHuman: 'no human channel found',
    choice: (n: number) => `${n} of 5 human channels within 2 clicks`,
    notFound: 'not found',
    structuredOnly: 'only in structured data, not shown to people',
    clicks: (n: number) => `${n} click${n === 1 ? '' : 's'}`,
    failing: 'Rules not met',
    allPass: 'All rules met.',
    pages: (n: number) => `${n} page${n === 1 ? '' : 's'}`,
    pagesOfKnown: (n: number, known: number) => `${n} of ${known} known pages`,
    pack: 'rules',
    stopped: {
      complete: 'every page in reach was examined',
      'early-stop': 'stopped early: every channel found and no shallower page left',
      'max-pages': 'page budget reached',
      'max-depth': 'depth limit reached',
      timeout: 'time budget reached',
      'browser-crashed': 'the browser crashed and could not be restarted',
    },
    notExamined: (clicks: number, n: number) => `pages from ${clicks} clicks deep not examined (${n} left)`,
    errors: (n: number) => `${n} page${n === 1 ? '' : 's'} could not be read`,
    robots: (n: number) => `${n} blocked by robots.txt`,
    sourceKind: { law: 'law', guidance: 'guidance', principle: 'principle' },
  },
  sv: {
    channels: { phone: 'telefon', email: 'e-post', form: 'formulär', chat: 'chatt', address: 'adress', hours: 'öppettider' },
    grade: 'Betyg',
    start: 'Startsidan',
    deviceDifference: (channel: string, desktop: number | null, mobile: number | null) =>
      `${channel}: ${desktop === null ? 'hittades inte' : `${desktop} klick`} på dator, ${mobile === null ? 'hittades inte' : `${mobile} klick`} i mobil`,
    barrier: (kind: string, clicks: number, covered: boolean) =>
      `hinder: ${kind === 'consent' ? 'en cookiedialog' : kind} vid ${clicks} klick${covered ? ', över kontaktuppgifterna' : ''}`,
    humanAt: (clicks: number) => `en människa nås på ${clicks} klick`,
    staffing: { human: 'bemannad', 'bot-only': 'bara en bot', 'bot-with-handover': 'bot som lämnar över till människa', unknown: 'okänt vem som svarar' },
    personFrom: (clicks: number) => `en människa från ${clicks} klick`,
    deviceNames: { desktop: 'dator', mobile: 'mobil' },
    humanRow: 'en människa (telefon, e-post, bemannad chatt)',
    noHuman: 'ingen mänsklig kontaktväg hittades',
    choice: (n: number) => `${n} av 5 mänskliga kontaktvägar inom 2 klick`,
    notFound: 'hittades inte',
    structuredOnly: 'bara i strukturerad data, syns inte för människor',
    clicks: (n: number) => `${n} klick`,
    failing: 'Regler som inte uppfylls',
    allPass: 'Alla regler uppfylls.',
    pages: (n: number) => `${n} sid${n === 1 ? 'a' : 'or'}`,
    pagesOfKnown: (n: number, known: number) => `${n} av ${known} kända sidor`,
    pack: 'regler',
    stopped: {
      complete: 'alla nåbara sidor undersöktes',
      'early-stop': 'avslutades tidigt: alla kontaktvägar hittade och inga grundare sidor kvar',
      'max-pages': 'sidbudgeten nåddes',
      'max-depth': 'djupgränsen nåddes',
      timeout: 'tidsbudgeten nåddes',
      'browser-crashed': 'webbläsaren kraschade och kunde inte startas om',
    },
    notExamined: (clicks: number, n: number) => `sidor från ${clicks} klicks djup undersöktes inte (${n} kvar)`,
    errors: (n: number) => `${n} sid${n === 1 ? 'a' : 'or'} kunde inte läsas`,
    robots: (n: number) => `${n} spärrade av robots.txt`,
    sourceKind: { law: 'lag', guidance: 'vägledning', principle: 'princip' },
  },
} as const;

export type ReportMessages = (typeof MESSAGES)[ReportLang];

export function messagesFor(lang: ReportLang): ReportMessages {
  return MESSAGES[lang];
}
