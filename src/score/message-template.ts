import type { CheckData } from './check-definition.js';

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible so a pack author notices it. */
export function fillTemplate(template: string, data: CheckData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return value === null ? '–' : String(value);
  });
}
