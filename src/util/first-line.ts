/** An error's first line: Playwright and Node append call logs and stacks that a one-line reason must not carry. */
export function firstLineOf(error: unknown, fallback = 'failed'): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || fallback;
}
