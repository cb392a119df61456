import type { z } from 'zod';

/** One line per zod issue: `rules[3].check.with.max — expected number`, so a user can find the spot. */
export function formatZodIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.reduce<string>((acc, key) =>
        typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key), prefix);
      return `${path || '(root)'} — ${issue.message}`;
    })
    .join('; ');
}
