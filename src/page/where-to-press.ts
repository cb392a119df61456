/**
 * In-page: where a person's click on the element `selector` names lands, when it lands on it: the
 * middle of its box, scrolled into view if it is not (as Playwright's click does), with nothing
 * else lying over it there. Null otherwise, and for an element in a shadow root, which the
 * document's query does not reach (Playwright's click does). No frame is waited for to see the box
 * stand still: a page is settled before anything on it is pressed. Self-contained: the browser
 * receives this function's source alone.
 */
export function whereToPress(selector: string): { x: number; y: number } | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  const middle = () => {
    const box = el.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, sized: box.width >= 1 && box.height >= 1 };
  };
  const inView = ({ x, y }: { x: number; y: number }) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  let point = middle();
  if (!point.sized) return null;
  if (!inView(point)) {
    // 'instant': under the page's `scroll-behavior: smooth` the box would still be on its way when measured.
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    point = middle();
    if (!inView(point)) return null;
  }
  const hit = document.elementFromPoint(point.x, point.y);
  return hit && (hit === el || el.contains(hit)) ? { x: point.x, y: point.y } : null;
}
