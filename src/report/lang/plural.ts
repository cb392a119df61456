/** The forms a counted noun takes; `other` is required, the rest as the language's plural rules name them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * "1 click", "2 clicks"; "1 kliknięcie", "3 kliknięcia", "5 kliknięć": the form each number
 * takes under the language's own plural rules (Intl.PluralRules), not a hand-written `n === 1`.
 */
export function counted(locale: string, forms: PluralForms): (n: number) => string {
  const rules = new Intl.PluralRules(locale);
  return (n: number) => `${n} ${forms[rules.select(n)] ?? forms.other}`;
}
