import type { AuditEvents } from '../audit/run-audit.js';
import { inert } from '../report/terminal-text.js';

/** A one-line live status on stderr for people at a terminal; silent otherwise, so stdout stays clean. */
export function createProgress(enabled: boolean): { events: AuditEvents; done(): void } {
  if (!enabled) return { events: {}, done: () => undefined };
  let pages = 0;
  const write = (text: string) => process.stderr.write(`\r\u001b[K${text}`);
  return {
    events: {
      onPageStart: (url, clicks) => write(`  ${pages} pages · ${clicks} click${clicks === 1 ? '' : 's'} deep · ${inert(url, 70)}`),
      onPageDone: () => {
        pages++;
      },
    },
    done: () => process.stderr.write('\r\u001b[K'),
  };
}
