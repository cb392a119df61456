/** File types a person does not read as a web page; the crawl does not open them. */
const NOT_A_PAGE = /\.(pdf|zip|rar|7z|gz|tgz|tar|exe|dmg|msi|apk|iso|jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|mp[34]|m4[av]|mov|avi|mkv|webm|wav|ogg|flac|docx?|xlsx?|pptx?|odt|ods|csv|xml|json|rss|atom|woff2?|ttf|otf|eot|css|js)$/i;

/**
 * A fragment that names a route, not a place on the page: "#/contact", "#!/kontakt" — a hash
 * router (React HashRouter, Vue and Angular hash mode) draws a different view for each.
 */
const HASH_ROUTE = /^#!?\//;

/**
 * The key under which a URL is visited once: no fragment (unless it is a hash route), no default
 * port. Null for what is not a page.
 */
export function pageKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (NOT_A_PAGE.test(parsed.pathname)) return null;
  // "#/" is the router's start view: the same page as no fragment.
  if (!HASH_ROUTE.test(parsed.hash) || /^#!?\/$/.test(parsed.hash)) parsed.hash = '';
  // `%d0%be` and `%D0%BE` are one address (RFC 3986 §6.2.2.1): a page's links and a router's address bar write them either way.
  parsed.pathname = parsed.pathname.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  return parsed.href;
}

/**
 * A page's key without its path's trailing slash: a server that redirects `/om-oss` to `/om-oss/`,
 * or a client-side router that shows `/contact/` as `/contact`, names one page two ways.
 */
export function slashlessKey(url: string): string {
  return pageKey(url)?.replace(/\/(?=$|[?#])/, '') ?? url;
}
