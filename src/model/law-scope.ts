import { z } from 'zod';

/**
 * Whom the law behind a `law` rule binds. A website shows none of these for certain (size,
 * sector, whether it sells to consumers), so a report states the scope beside the finding
 * instead of presuming it; `docs/rules.md` lists each pack's scopes and what kontaktkoll
 * cannot know about them.
 */
export const lawScopeSchema = z.enum([
  /** Every provider of an information-society service (E-Commerce Directive art. 5). */
  'information-society-service',
  /** Traders concluding distance or off-premises contracts with consumers (CRD art. 6). */
  'distance-selling',
  /** Traders running a telephone line for calls about a concluded contract (CRD art. 21). */
  'contract-calls',
  /** Services the European Accessibility Act lists, microenterprises excepted. */
  'accessibility-act',
  /** Spain's Law 10/2025: basic-service providers and large companies. */
  'es-customer-service-law',
  /** Providers entered in a trade register (E-Commerce Directive art. 5(1)(d)). */
  'trade-register',
  /** Polish capital companies (Commercial Companies Code art. 206). */
  'pl-capital-company',
]);
export type LawScope = z.infer<typeof lawScopeSchema>;
export const LAW_SCOPES = lawScopeSchema.options;

/**
 * What the company says of itself, which no page shows for certain: `true` — the law binds it
 * (a missing duty is judged even where kontaktkoll sees no sign of it, e.g. no shop for
 * `distance-selling`); `false` — it does not (the rules that bind only by that law are not
 * applicable). Saved in the result, so `rescore` judges as the audit did.
 */
export const lawScopeDeclarationSchema = z.partialRecord(lawScopeSchema, z.boolean());
export type LawScopeDeclaration = z.infer<typeof lawScopeDeclarationSchema>;
