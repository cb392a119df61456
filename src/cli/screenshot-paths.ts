import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AuditResult, Barrier } from '../model/audit-result.js';
import { CHANNEL_NAMES } from '../model/channel-items.js';

/**
 * A screenshot path in a result is relative to the folder of the report it is in, so the HTML
 * report shows it and a folder of reports and screenshots can be moved as one. `audit()` records
 * paths as saved (the `--screenshots` folder joined with the file name, relative to the working
 * directory); a report written elsewhere rebases them from `fromDir` to its own folder `toDir`.
 * Absolute paths stay as they are.
 */
export function rebaseScreenshotPath(path: string, fromDir: string, toDir: string): string {
  if (isAbsolute(path) || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  const rebased = relative(resolve(toDir), resolve(fromDir, path));
  return sep === '/' ? rebased : rebased.split(sep).join('/');
}

function rebaseBarriers(barriers: Barrier[], move: (path: string) => string): Barrier[] {
  return barriers.map((barrier) => (barrier.screenshot === undefined ? barrier : { ...barrier, screenshot: move(barrier.screenshot) }));
}

/** The result with every screenshot path (channels, barriers, each device's barriers) rebased; the input is not changed. */
export function rebaseScreenshots(result: AuditResult, fromDir: string, toDir: string): AuditResult {
  if (resolve(fromDir) === resolve(toDir)) return result;
  const move = (path: string) => rebaseScreenshotPath(path, fromDir, toDir);
  const channels = { ...result.channels };
  for (const name of CHANNEL_NAMES) {
    const channel = channels[name];
    if (channel.screenshot !== undefined) channels[name] = { ...channel, screenshot: move(channel.screenshot) } as never;
  }
  return {
    ...result,
    channels,
    barriers: rebaseBarriers(result.barriers, move),
    ...(result.devices ? { devices: { ...result.devices, runs: result.devices.runs.map((run) => ({ ...run, barriers: rebaseBarriers(run.barriers, move) })) } } : {}),
  };
}
