import { UsageError } from '../errors.js';

/**
 * Accepts what a person types: "example.se" becomes "https://example.se/". Anything that is
 * not an http(s) address of a host is refused before a browser starts.
 */
export function parseStartUrl(input: string): string {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageError(`not a valid URL: "${input}"`, 'give a web address such as https://example.se');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`only http and https addresses can be audited, not "${url.protocol}"`);
  }
  if (!url.hostname || !/^[a-z0-9.[\]:-]+$/i.test(url.hostname) || (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('['))) {
    throw new UsageError(`not a valid URL: "${input}"`, 'give a web address such as https://example.se');
  }
  return url.href;
}
