import type { FormField } from '../../model/page-snapshot.js';

const NOT_FILLABLE = new Set(['submit', 'button', 'reset', 'image', 'hidden']);

/** Fields a person fills in or ticks: not buttons, not hidden inputs. */
export function fillableFields(fields: readonly FormField[]): FormField[] {
  return fields.filter((field) => field.tag !== 'button' && !NOT_FILLABLE.has(field.type.toLowerCase()));
}

/**
 * What a person reads next to the field. The placeholder comes before the name because it is
 * visible text; the name is a developer's word and the last resort.
 */
export function fieldLabel(field: FormField): string {
  const label = field.label.replace(/\s+/g, ' ').replace(/[\s*:]+$/, '').trim();
  if (label) return label;
  const placeholder = field.placeholder.replace(/\s+/g, ' ').trim();
  if (placeholder) return placeholder;
  return field.name.trim();
}

/** Everything about a field that can say what it is for, in one string for cue matching. */
export function fieldWords(field: FormField): string {
  return [field.label, field.name, field.placeholder, field.autocomplete, field.type].join(' ');
}
