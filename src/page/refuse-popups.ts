/**
 * In-page, in every document of a crawl tab before its own scripts (a context init script): a
 * new window a page opens by script is refused, as a popup blocker refuses it (`window.open`
 * answers null). A popup is never a view the crawl counts, and its first request could go to
 * another site before the popup could be closed. Self-contained: the browser receives this
 * function's source alone.
 */
export function refusePopups(): void {
  const refused = function open(): null {
    return null;
  };
  try {
    Object.defineProperty(window, 'open', { value: refused, writable: false, configurable: false });
  } catch {
    // A page cannot have made it unconfigurable before this ran; nothing else to do.
  }
}
