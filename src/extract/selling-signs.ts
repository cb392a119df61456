import type { PageSnapshot } from '../model/page-snapshot.js';
import type { SellingSign, SellingSignKind } from '../model/signals.js';
import { locationOf, toEvidence } from './item-location.js';
import { pathWords } from './routes/index.js';
import { wholeWords } from './routes/route-words.js';

/**
 * Signs that a site sells to consumers at a distance: a shop's cart or checkout, prices, the
 * terms of sale or a right of withdrawal, or product offers in structured data. The duty to
 * give a telephone number (CRD art. 6(1)(c)) binds distance contracts only, so a site with
 * none of these signs is not judged by it. Whole words in the packs' languages and English.
 */
const CART = [
  // sv, da, nb
  'varukorg', 'varukorgen', 'lägg i varukorgen', 'till kassan', 'kassan', 'köp nu', 'kurv', 'indkøbskurv', 'læg i kurv',
  'til kassen', 'handlekurv', 'handlekurven', 'legg i handlekurven',
  // fi
  'ostoskori', 'lisää ostoskoriin', 'kassalle',
  // pl
  'koszyk', 'do koszyka', 'dodaj do koszyka', 'kup teraz',
  // es
  'carrito', 'añadir al carrito', 'comprar ahora',
  // de
  'warenkorb', 'in den warenkorb', 'zur kasse', 'jetzt kaufen',
  // en
  'cart', 'add to cart', 'add to basket', 'basket', 'checkout', 'buy now',
];

const TERMS = [
  // sv
  'köpvillkor', 'köpvillkoren', 'försäljningsvillkor', 'allmänna villkor', 'leveransvillkor', 'ångerrätt', 'ångerrätten',
  // da, nb
  'handelsbetingelser', 'salgsbetingelser', 'købsbetingelser', 'fortrydelsesret', 'kjøpsvilkår', 'salgsvilkår', 'angrerett', 'angreretten',
  // fi
  'toimitusehdot', 'tilausehdot', 'myyntiehdot', 'peruuttamisoikeus',
  // pl
  'regulamin', 'regulamin sklepu', 'odstąpienie od umowy', 'prawo odstąpienia',
  // es
  'condiciones generales', 'condiciones de venta', 'condiciones de compra', 'derecho de desistimiento',
  // de
  'agb', 'allgemeine geschäftsbedingungen', 'widerrufsrecht', 'widerrufsbelehrung',
  // en
  'terms of sale', 'terms and conditions of sale', 'terms of purchase', 'right of withdrawal', 'returns policy',
];

const CART_WORDS = wholeWords(CART);
const TERMS_WORDS = wholeWords(TERMS);

/**
 * An amount with its currency, either side: "199 kr", "1 299,00 SEK", "€ 19,99", "49 zł",
 * "kr 450,-". A bare number is never a price.
 */
const AMOUNT = String.raw`\d{1,3}(?:[ .\u00a0]?\d{3})*(?:[.,](?:\d{2}|-{1,2}))?`;
const CURRENCY_AFTER = String.raw`(?:kr|sek|dkk|nok|eur|€|zł|pln|euro)`;
const CURRENCY_BEFORE = String.raw`(?:€|eur|sek|dkk|nok|pln|kr\.?)`;
const PRICE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AMOUNT}\\s?${CURRENCY_AFTER}(?![\\p{L}])|${CURRENCY_BEFORE}\\s?${AMOUNT}(?![\\p{N}]))`, 'iu');
/** A price per minute is what a call costs, not what the company sells. */
const PER_MINUTE = /^\s*(?:\/|per\s|pr\.?\s|za\s)\s*(?:min|minut)/iu;

/** Structured data offering something for sale. */
const OFFER_TYPES = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:Product|Offer|AggregateOffer)"/;

function priceIn(text: string): string | null {
  for (let from = 0; from < text.length;) {
    const match = PRICE.exec(text.slice(from));
    if (!match) return null;
    const end = from + match.index + match[0].length;
    if (!PER_MINUTE.test(text.slice(end))) return text;
    from = end;
  }
  return null;
}

/** The first sign of each kind on one page. */
export function extractSellingSigns(page: PageSnapshot): SellingSign[] {
  const found = new Map<SellingSignKind, SellingSign>();
  const see = (kind: SellingSignKind, text: string) => {
    if (!found.has(kind)) found.set(kind, { ...locationOf(page), kind, evidence: toEvidence(text) });
  };
  for (const link of page.links) {
    const words = `${link.text} \n ${pathWords(link.href)}`;
    if (CART_WORDS.test(words)) see('cart', link.text || link.href);
    if (TERMS_WORDS.test(words)) see('terms', link.text || link.href);
  }
  for (const button of page.buttons) if (CART_WORDS.test(button.text)) see('cart', button.text);
  for (const block of page.blocks) {
    if (found.has('price')) break;
    const price = priceIn(block.text);
    if (price !== null) see('price', price);
  }
  for (const data of page.jsonLd) {
    const offer = OFFER_TYPES.exec(data);
    if (offer) see('product-data', offer[0]);
  }
  return [...found.values()];
}
