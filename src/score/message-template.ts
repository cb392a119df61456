import type { CheckData } from './check-definition.js';

/**
 * Fills `{{name}}` placeholders; an unknown placeholder stays visible so a pack author notices
 * it. `{{#name}}…{{/name}}` keeps its text only when `name` has a value (not null, empty or false), so
 * a sentence about a finding can be left out when there is none.
 */
export function fillTemplate(template: string, data: CheckData): string {
  const empty = (value: unknown) => value === null || value === undefined || value === '' || value === false;
  // `{{^name}}…{{/name}}` is the opposite: its text only when `name` has no value.
  const withSections = template.replace(/\{\{([#^])\s*(\w+)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/g, (whole, mark: string, name: string, body: string) => {
    if (!(name in data)) return whole;
    return empty(data[name]) === (mark === '^') ? body : '';
  });
  return withSections.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return value === null ? '–' : String(value);
  });
}
