import { z } from 'zod';

/**
 * What a person did to take one step. `start` is the start URL (0 clicks); every other
 * action is one user activation, except `consent`, which is a barrier and costs no click.
 */
export const pathActionSchema = z.enum(['start', 'link', 'reveal', 'menu', 'consent', 'chat']);
export type PathAction = z.infer<typeof pathActionSchema>;

export const pathStepSchema = z.strictObject({
  action: pathActionSchema.describe('What the person did: start (the start URL, 0 clicks); link, reveal (a "show number" button, an accordion, a tab), menu or chat (one click each); consent (passing a cookie dialog: a barrier, no click).'),
  label: z.string().describe('The visible label of the link or control, as a person reads it.'),
  url: z.string().describe('The page the step leads to; for an action within a page, the page it happens on.'),
});
export type PathStep = z.infer<typeof pathStepSchema>;
