import type { CheckData } from './check-definition.js';

/**
 * Fills `{{name}}` placeholders; an unknown placeholder stays visible so a pack author notices
 * it. `{{#name}}…{{/name}}` keeps its text only when `name` has a value (not null, not empty), so
 * a sentence about a finding can be left out when there is none.
 */
export function fillTemplate(template: string, data: CheckData): string {
  const withSections = template.replace(/\{\{#\s*(\w+)\s*\}\}([\s\S]*?)\{\{\/\s*\1\s*\}\}/g, (whole, name: string, body: string) => {
    if (!(name in data)) return whole;
    const value = data[name];
    return value === null || value === undefined || value === '' ? '' : body;
  });
  return withSections.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return value === null ? '–' : String(value);
  });
}
