/**
 * The user agent with a way to reach whoever runs the audit (`--contact` in a batch), as
 * crawlers that identify themselves write it: `… (+https://example.org/survey)`.
 */
export function withContact(userAgent: string, contact: string | undefined): string {
  return contact && userAgent ? `${userAgent} (+${contact})` : userAgent;
}
