import { describe, expect, it } from 'vitest';
import type { ExtractContext } from '../../src/extract/extract-context.js';
import { extractContactForms } from '../../src/extract/form.js';
import type { FormField, PageForm } from '../../src/model/page-snapshot.js';
import { makeSnapshot } from '../helpers/snapshot.js';

const ctx: ExtractContext = { region: 'SE' };
const PAGE = 'https://www.firma.se/kontakt';

function field(partial: Partial<FormField>): FormField {
  return {
    tag: 'input', type: 'text', name: '', label: '', placeholder: '', autocomplete: '', required: false, ...partial,
  };
}

const textarea = (label: string, name = 'message'): FormField => field({ tag: 'textarea', type: 'textarea', name, label });
const email = (label = 'E-post'): FormField => field({ type: 'email', name: 'email', label });
const text = (label: string, name = ''): FormField => field({ label, name });
const submit = (label: string): FormField => field({ tag: 'button', type: 'submit', label });

function form(partial: Partial<PageForm>): PageForm {
  return { action: '', method: 'post', fields: [], submitText: 'Skicka', context: '', region: 'main', ...partial };
}

function extract(...forms: PageForm[]) {
  return extractContactForms(makeSnapshot({ url: PAGE, forms }), ctx);
}

describe('extractContactForms: contact forms', () => {
  const cases: Array<[name: string, form: PageForm, value: string, display: string, fields: string[]]> = [
    [
      // the crawl joins heading and attribute words with " | ": a plain class word is not part of the name
      'heading and a plain class word as the crawl writes them',
      form({
        action: 'https://www.firma.se/kontakt/',
        context: 'Kontakta oss | contact',
        fields: [text('Namn'), email('E-post'), textarea('Meddelande'), submit('Skicka')],
      }),
      'https://www.firma.se/kontakt', 'Kontakta oss', ['Namn', 'E-post', 'Meddelande'],
    ],
    [
      'Swedish form with textarea, name and e-mail',
      form({
        action: 'https://www.firma.se/api/kontakt',
        context: 'Kontakta oss contact-form wpcf7',
        fields: [text('Namn *', 'your-name'), email('E-post:'), textarea('Meddelande'), submit('Skicka')],
      }),
      'https://www.firma.se/api/kontakt', 'Kontakta oss', ['Namn', 'E-post', 'Meddelande'],
    ],
    [
      'no action: named after the page and its position',
      form({ fields: [email(), textarea('Ditt ärende')] }),
      `${PAGE}#form-1`, 'Kontaktformulär', ['E-post', 'Ditt ärende'],
    ],
    [
      'a page that calls it a contact form, though it speaks of volunteering too',
      form({ action: 'https://www.firma.se/frivillig', context: 'Kontakta oss om du vill bli volontär', fields: [text('Namn'), email(), textarea('Meddelande')] }),
      'https://www.firma.se/frivillig', 'Kontakta oss om du vill bli volontär', ['Namn', 'E-post', 'Meddelande'],
    ],
    [
      'javascript: action counts as no action',
      form({ action: 'javascript:void(0)', context: 'Skriv till oss', fields: [email(), textarea('Meddelande')] }),
      `${PAGE}#form-1`, 'Skriv till oss', ['E-post', 'Meddelande'],
    ],
    [
      'message in a text field, labels fall back to placeholder then name',
      form({
        context: 'Kontakt os',
        fields: [field({ type: 'tel', name: 'phone', placeholder: 'Telefon' }), field({ name: 'besked' })],
        submitText: 'Send',
      }),
      `${PAGE}#form-1`, 'Kontakt os', ['Telefon', 'besked'],
    ],
    [
      'Polish form',
      form({
        action: 'https://firma.pl/kontakt/wyslij', context: 'Formularz kontaktowy',
        fields: [text('Imię i nazwisko'), email('Adres e-mail'), textarea('Wiadomość', 'wiadomosc')], submitText: 'Wyślij',
      }),
      'https://firma.pl/kontakt/wyslij', 'Formularz kontaktowy', ['Imię i nazwisko', 'Adres e-mail', 'Wiadomość'],
    ],
    [
      'German form without a contact context',
      form({ fields: [text('Name'), email('E-Mail'), text('Ihre Nachricht', 'nachricht')], submitText: 'Absenden' }),
      `${PAGE}#form-1`, 'Kontaktformulär', ['Name', 'E-Mail', 'Ihre Nachricht'],
    ],
    [
      'callback form under a contact heading: name + phone, no message',
      form({ context: 'Kontakta mig', fields: [text('Namn'), field({ type: 'tel', label: 'Telefonnummer' })], submitText: 'Ring upp mig' }),
      `${PAGE}#form-1`, 'Kontakta mig', ['Namn', 'Telefonnummer'],
    ],
    [
      'contact form with a newsletter tick box is still a contact form',
      form({
        context: 'Kundservice',
        fields: [email(), textarea('Meddelande'), field({ type: 'checkbox', label: 'Prenumerera på nyhetsbrevet' })],
      }),
      `${PAGE}#form-1`, 'Kundservice', ['E-post', 'Meddelande', 'Prenumerera på nyhetsbrevet'],
    ],
    [
      'a quote request with no message field (name, phone, e-mail)',
      form({ context: 'Få en kostnadsfri offert', fields: [text('Namn'), field({ type: 'tel', name: 'phone', label: 'Telefon' }), email()], submitText: 'Skicka' }),
      `${PAGE}#form-1`, 'Få en kostnadsfri offert', ['Namn', 'Telefon', 'E-post'],
    ],
    [
      'a quote request named only by its button (en)',
      form({ context: 'lead', fields: [text('Your name'), email('Email')], submitText: 'Get a quote' }),
      `${PAGE}#form-1`, 'lead', ['Your name', 'Email'],
    ],
    [
      'a request for an offer (pl, da, de)',
      form({ context: 'Bezpłatna wycena', fields: [text('Imię'), field({ type: 'tel', label: 'Telefon' })], submitText: 'Wyślij' }),
      `${PAGE}#form-1`, 'Bezpłatna wycena', ['Imię', 'Telefon'],
    ],
    [
      'an event enquiry that asks for the number of guests beside its message',
      form({ context: 'Send oss en forespørsel | inquiry-form', submitText: 'Send Forespørsel', fields: [text('Navn'), email(), field({ type: 'number', name: 'guests', label: 'Antall gjester' }), textarea('Beskrivelse av arrangementet')] }),
      `${PAGE}#form-1`, 'Send oss en forespørsel', ['Navn', 'E-post', 'Antall gjester', 'Beskrivelse av arrangementet'],
    ],
    [
      'a comment-like form the page calls a contact form',
      form({ context: 'Kontakta redaktionen', fields: [text('Namn'), textarea('Kommentar', 'comment')] }),
      `${PAGE}#form-1`, 'Kontakta redaktionen', ['Namn', 'Kommentar'],
    ],
  ];

  it.each(cases)('%s', (_name, input, value, display, fields) => {
    const items = extract(input);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ value, display, fields, source: 'form', action: input.action, pageUrl: PAGE, clicks: 0 });
  });

  it('numbers forms without action by their position among all forms on the page', () => {
    const search = form({ context: 'role=search', fields: [field({ type: 'search', name: 'q' })], submitText: 'Sök' });
    const contact = form({ context: 'Kontakt', fields: [email(), textarea('Meddelande')] });
    expect(extract(search, contact).map((item) => item.value)).toEqual([`${PAGE}#form-2`]);
  });

  it('a form is one form whether its page is read at /kontakt/ (the server) or /kontakt (a client-side router): the address keeps no trailing slash', () => {
    const fields = [text('Namn'), email(), textarea('Meddelande')];
    const at = (url: string, action: string) => extractContactForms(makeSnapshot({ url, forms: [form({ action, fields, context: 'Kontakta oss' })] }), ctx)[0]!.value;
    expect(at('https://www.firma.se/kontakt/', 'https://www.firma.se/kontakt/')).toBe(at('https://www.firma.se/kontakt', 'https://www.firma.se/kontakt'));
    expect(at('https://www.firma.se/kontakt/', '')).toBe(at('https://www.firma.se/kontakt', ''));
    expect(at('https://www.firma.se/', 'https://www.firma.se/')).toBe('https://www.firma.se/');
  });

  it('evidence is the context followed by the field labels', () => {
    const [item] = extract(form({ context: 'Kontakta oss', fields: [text('Namn'), email(), textarea('Meddelande')] }));
    expect(item?.evidence).toBe('Kontakta oss: Namn, E-post, Meddelande');
  });
});

describe('extractContactForms: forms that are not contact forms', () => {
  const lookAlikes: Array<[name: string, form: PageForm]> = [
    ['site search (type=search)', form({ method: 'get', fields: [field({ type: 'search', name: 'q', placeholder: 'Sök' })], submitText: 'Sök' })],
    ['site search (single text field named q)', form({ method: 'get', fields: [field({ name: 'q' })], submitText: 'Go' })],
    ['search labelled Sök in the context', form({ context: 'Sök på sajten', fields: [text('Vad letar du efter?')], submitText: 'OK' })],
    ['login', form({ context: 'Logga in', fields: [email(), field({ type: 'password', name: 'password', label: 'Lösenord' })], submitText: 'Logga in' })],
    ['login even with a contact word around it', form({ context: 'Kontakt login', fields: [text('Användarnamn', 'username'), field({ type: 'password', label: 'Lösenord' })] })],
    ['BankID login', form({ context: 'Mina sidor', fields: [text('Personnummer'), text('Namn')], submitText: 'Logga in med BankID' })],
    ['newsletter (sv)', form({ context: 'Nyhetsbrev', fields: [email()], submitText: 'Prenumerera' })],
    ['newsletter (da) under a contact heading', form({ context: 'Kontakt', fields: [email('Din e-mail')], submitText: 'Tilmeld' })],
    ['newsletter (pl)', form({ context: 'Newsletter', fields: [text('Imię'), email()], submitText: 'Zapisz się' })],
    ['lone e-mail field under a contact heading', form({ context: 'Kontakt', fields: [email()], submitText: 'Skicka' })],
    ['add to cart', form({ context: 'product-form', fields: [field({ type: 'number', name: 'quantity', label: 'Antal' })], submitText: 'Lägg i varukorg' })],
    ['checkout with order note', form({ context: 'checkout', fields: [email(), text('Namn'), textarea('Meddelande till butiken')], submitText: 'Slutför köp' })],
    ['cart with comment to the shop', form({ context: 'Varukorg', fields: [textarea('Kommentar'), email()], submitText: 'Till kassan' })],
    ['cookie settings', form({ context: 'Cookie-inställningar', region: 'dialog', fields: [field({ type: 'checkbox', label: 'Statistik' })], submitText: 'Spara' })],
    ['blog comment form (WordPress)', form({ context: 'Lämna ett svar commentform comment-form', fields: [textarea('Kommentar', 'comment'), text('Namn', 'author'), email()], submitText: 'Publicera kommentar' })],
    ['blog comment form (en)', form({ context: 'Leave a Reply', fields: [textarea('Comment', 'comment'), text('Name', 'author'), email('Email')], submitText: 'Post Comment' })],
    ['product review', form({ context: 'Skriv en recension', fields: [text('Namn'), email(), textarea('Ditt omdöme')], submitText: 'Skicka' })],
    ['feedback with no way to reply', form({ context: 'Var sidan till hjälp?', fields: [textarea('Berätta mer')], submitText: 'Skicka' })],
    ['no fields at all', form({ context: 'Kontakt', fields: [submit('Kontakta oss')] })],
    ['a quote request asking only for an e-mail (a newsletter in disguise)', form({ context: 'Få offert', fields: [email()], submitText: 'Skicka' })],
    ['a price-list download asking only for a name', form({ context: 'Offert', fields: [text('Namn')], submitText: 'Ladda ner' })],
    ['a volunteer sign-up (fi)', form({ context: 'Ilmoittaudu vapaaehtoiseksi | volform | formcard', fields: [text('Nimi', 'name'), email('Sähköposti'), textarea('Kerro lisää itsestäsi', 'motivation')], submitText: 'Lähetä ilmoittautuminen' })],
    ['a job application (sv)', form({ context: 'Lediga tjänster', fields: [text('Namn'), email(), textarea('Personligt brev')], submitText: 'Skicka ansökan' })],
    ['a job application (de)', form({ context: 'Karriere | bewerbung-form', fields: [text('Name'), email('E-Mail'), textarea('Nachricht')], submitText: 'Jetzt bewerben' })],
    ['an event sign-up (en)', form({ context: 'Sign up for the open day', fields: [text('Name'), email('Email'), textarea('Anything we should know?')], submitText: 'Send' })],
  ];

  it.each(lookAlikes)('%s', (_name, input) => {
    expect(extract(input)).toEqual([]);
  });
});
