/**
 * The addresses in a `mailto:` href: "mailto:a%40firma.se,b@firma.se?subject=Hej" gives
 * ["a@firma.se", "b@firma.se"]. Not validated here: the caller runs them through the same
 * matcher as page text.
 */
export function mailtoAddresses(href: string): string[] {
  const match = /^\s*mailto:([^?#]*)/i.exec(href);
  if (!match) return [];
  let list = match[1] ?? '';
  try {
    list = decodeURIComponent(list);
  } catch {
    // A stray "%" makes the whole href undecodable; the common escape is still worth rescuing.
    list = list.replace(/%40/gi, '@');
  }
  return list
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
