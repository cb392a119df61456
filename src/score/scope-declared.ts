import type { LawScope, LawScopeDeclaration } from '../model/law-scope.js';
import type { LoadedRule } from '../config/rule-pack-loader.js';
import type { ReportLang } from '../model/report-lang.js';

/**
 * The scope the company declared does not bind it, by which this rule binds — the rule's
 * only laws are out of scope — or null when the rule is judged. A rule that cites several
 * scopes still binds by any one left.
 */
export function scopeDeclaredOut(rule: Pick<LoadedRule, 'binds' | 'sourceKind'>, declared: LawScopeDeclaration): LawScope | null {
  if (rule.sourceKind !== 'law' || !rule.binds || rule.binds.length === 0) return null;
  return rule.binds.every((scope) => declared[scope] === false) ? rule.binds[0]! : null;
}

/** The not-applicable message for a rule whose law the config says does not bind the company. */
export const SCOPE_DECLARED_OUT: Record<ReportLang, (scope: string) => string> = {
  en: (scope) => `Not applicable: the config says the company is outside ${scope} (lawScope).`,
  sv: (scope) => `Ej tillämplig: konfigurationen anger att företaget inte omfattas av ${scope} (lawScope).`,
  da: (scope) => `Ikke relevant: konfigurationen angiver, at virksomheden ikke er omfattet af ${scope} (lawScope).`,
  nb: (scope) => `Ikke aktuelt: konfigurasjonen sier at virksomheten ikke omfattes av ${scope} (lawScope).`,
  fi: (scope) => `Ei sovellu: asetusten mukaan yritys ei kuulu soveltamisalaan ${scope} (lawScope).`,
  pl: (scope) => `Nie dotyczy: konfiguracja stwierdza, że firma nie podlega zakresowi ${scope} (lawScope).`,
  es: (scope) => `No aplicable: la configuración indica que la empresa queda fuera de ${scope} (lawScope).`,
  de: (scope) => `Nicht anwendbar: laut Konfiguration fällt das Unternehmen nicht unter ${scope} (lawScope).`,
};
