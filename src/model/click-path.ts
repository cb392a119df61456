import { z } from 'zod';

/**
 * What a person did to take one step. `start` is the start URL (0 clicks); every other
 * action is one user activation, except `consent`, which is a barrier and costs no click.
 */
export const pathActionSchema = z.enum(['start', 'link', 'reveal', 'menu', 'consent', 'chat']);
export type PathAction = z.infer<typeof pathActionSchema>;

export const pathStepSchema = z.strictObject({
  action: pathActionSchema,
  /** The visible label of the link or control, as a person reads it. */
  label: z.string(),
  /** The page the step leads to (for in-page actions: the page it happens on). */
  url: z.string(),
});
export type PathStep = z.infer<typeof pathStepSchema>;
