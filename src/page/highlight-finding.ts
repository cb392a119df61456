import type { ChannelName } from '../model/channel-items.js';

/**
 * In-page: marks the smallest visible element that shows `needle` (or, for a form, the form
 * itself). Self-contained: the browser receives this function's source alone.
 */
export function highlightFinding([needle, channel]: [string, ChannelName]): boolean {
  const norm = (text: unknown) => String(text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const want = norm(needle);
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
  };
  let best: HTMLElement | null = null;
  const pool = channel === 'form' ? document.querySelectorAll<HTMLElement>('form') : document.querySelectorAll<HTMLElement>('body *');
  for (const el of Array.from(pool).slice(0, 20000)) {
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || !visible(el)) continue;
    if (channel !== 'form' && !(want && norm(el.innerText).includes(want))) continue;
    if (!best || best.contains(el)) best = el;
    if (channel === 'form') break;
  }
  if (!best) return false;
  best.scrollIntoView({ block: 'center', behavior: 'instant' });
  best.style.setProperty('outline', '4px solid #e4007c', 'important');
  best.style.setProperty('outline-offset', '3px', 'important');
  return true;
}
