/**
 * Words that name a route for complaints or for ending a contract, in the packs' languages.
 * Whole words only: "reklam" (advertising) is not "reklamation", and a form's "Avbryt"
 * button is not a way to cancel a subscription.
 */
export type RouteKind = 'complaint' | 'cancellation';

const COMPLAINT = [
  // sv, da, nb
  'reklamation', 'reklamationer', 'reklamera', 'reklamere', 'reklamasjon', 'klagomål', 'klaga', 'klage', 'klager', 'klagemuligheder', 'klageadgang',
  // pl
  'reklamacja', 'reklamacje', 'reklamacji', 'reklamację', 'skarga', 'skargi', 'złóż reklamację',
  // fi
  'reklamaatio', 'reklamaatiot', 'reklamointi', 'valitus', 'valitukset',
  // es
  'reclamación', 'reclamaciones', 'reclamacion', 'reclamaciones', 'queja', 'quejas', 'hoja de reclamaciones',
  // en, de
  'complaint', 'complaints', 'make a complaint', 'beschwerde', 'reklamationen',
];

const CANCELLATION = [
  // sv
  'säga upp', 'säg upp', 'uppsägning', 'uppsägningar', 'avsluta abonnemang', 'avsluta ditt abonnemang', 'avsluta avtal', 'avsluta ditt avtal', 'avsluta prenumeration',
  // da, nb
  'opsig', 'opsigelse', 'opsige', 'opsig abonnement', 'si opp', 'oppsigelse', 'avslutt abonnement',
  // pl
  'wypowiedzenie', 'wypowiedzenie umowy', 'wypowiedz umowę', 'rezygnacja', 'zrezygnuj', 'rezygnacja z usługi',
  // fi
  'irtisanominen', 'irtisano', 'irtisanoa', 'irtisano sopimus', 'peruuta tilaus',
  // es
  'darse de baja', 'dar de baja', 'date de baja', 'cancelar suscripción', 'cancelar contrato', 'baja del servicio',
  // en, de
  'cancel', 'cancellation', 'cancel subscription', 'cancel your subscription', 'terminate your contract', 'kündigung', 'kündigen',
];

/** Any of the words, whole, case-insensitive; a space in a word matches any run of spaces, "_" or "-". */
export function wholeWords(words: readonly string[]): RegExp {
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s_-]+'));
  return new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'iu');
}

const PATTERNS: Record<RouteKind, RegExp> = { complaint: wholeWords(COMPLAINT), cancellation: wholeWords(CANCELLATION) };

/** The route kind a label or URL path names, if any. */
export function routeKindsIn(text: string): RouteKind[] {
  return (Object.keys(PATTERNS) as RouteKind[]).filter((kind) => PATTERNS[kind].test(text));
}
