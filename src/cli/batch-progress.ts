import cliProgress from 'cli-progress';
import type { BatchEvents } from '../batch/run-batch.js';
import { inert } from '../report/terminal-text.js';

export type ProgressMode = 'bar' | 'lines' | 'off';

/** A live bar for a person at a terminal; plain periodic lines for logs and CI. */
export function progressModeFor(quiet: boolean, env: NodeJS.ProcessEnv = process.env, isTty = process.stderr.isTTY === true): ProgressMode {
  if (quiet) return 'off';
  if (!isTty || env.CI === 'true' || env.CI === '1') return 'lines';
  return 'bar';
}

const LINE_EVERY_MS = 5_000;

/** Progress of a batch on stderr: done, failed, remaining, rate and ETA. */
export function createBatchProgress(mode: ProgressMode, intervalMs = LINE_EVERY_MS): { events: BatchEvents; stop(): void } {
  let total = 0;
  let done = 0;
  let failed = 0;
  let started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  let timer: NodeJS.Timeout | null = null;
  let lastLine = '';

  const status = () => {
    const finished = done + failed;
    const minutes = (Date.now() - started) / 60_000;
    const rate = minutes > 0 ? finished / minutes : 0;
    const remaining = total - finished;
    const eta = rate > 0 ? formatSeconds((remaining / rate) * 60) : '?';
    return { finished, remaining, rate: rate.toFixed(1), eta };
  };
  const line = () => {
    const { finished, remaining, rate, eta } = status();
    const text = `kontaktkoll batch: ${finished}/${total} · ${done} done · ${failed} failed · ${remaining} left · ${rate} sites/min · ETA ${eta}`;
    if (text !== lastLine) process.stderr.write(`${text}\n`);
    lastLine = text;
  };

  const events: BatchEvents = {
    onPlan: (plan) => {
      total = plan.toRun;
      started = Date.now();
      if (mode === 'off') return;
      const skipped = plan.alreadyDone + plan.alreadyFailed;
      process.stderr.write(`kontaktkoll batch: ${plan.total} sites, ${plan.toRun} to audit${skipped ? ` (${plan.alreadyDone} done and ${plan.alreadyFailed} failed in the journal)` : ''}\n`);
      if (plan.ignoredJournalLines.length > 0) process.stderr.write(`kontaktkoll batch: ignored incomplete journal line(s) ${plan.ignoredJournalLines.join(', ')}\n`);
      if (mode === 'bar') {
        bar = new cliProgress.SingleBar({
          format: '{bar} {value}/{total} · {done} done · {failed} failed · {remaining} left · {rate}/min · ETA {eta_formatted} · {site}',
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 20,
        }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, { done: 0, failed: 0, remaining: total, rate: '0.0', site: '' });
      } else {
        timer = setInterval(line, intervalMs);
        timer.unref();
      }
    },
    onSiteStart: (site) => bar?.update({ site: inert(site.name, 40) }),
    onSiteDone: (record) => {
      if (record.status === 'done') done++;
      else failed++;
      const { finished, remaining, rate } = status();
      bar?.update(finished, { done, failed, remaining, rate });
      if (mode === 'lines' && record.status === 'failed') process.stderr.write(`kontaktkoll batch: failed ${inert(record.url, 100)} (${record.reason})\n`);
    },
  };
  return {
    events,
    stop: () => {
      if (timer) clearInterval(timer);
      if (bar) (bar as cliProgress.SingleBar).stop();
      if (mode === 'lines') line();
    },
  };
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  return hours > 0 ? `${hours}h${String(minutes).padStart(2, '0')}m` : `${minutes}m${String(whole % 60).padStart(2, '0')}s`;
}
