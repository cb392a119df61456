/**
 * A page as a path GitHub code scanning accepts: it takes only repository-relative artifact
 * URIs and rejects an `http(s)` one ("URI scheme did not match the checkout URI scheme"). The
 * host and path name the page, a port becomes `_3000`, the query is left out, and every
 * segment is percent-encoded so the result is a valid relative URI reference.
 */
export function repositoryPathOf(pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return 'unknown-page';
  }
  const host = url.port ? `${url.hostname}_${url.port}` : url.hostname;
  const segments = url.pathname.split('/').filter((segment) => segment !== '').map((segment) => encodeURIComponent(safeDecode(segment)));
  return [encodeURIComponent(host), ...segments].join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
