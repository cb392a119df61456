import { spawnSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser: string;
  browserPath: string;
  /** 1-minute load average when the run started: figures from a busy machine are slower. */
  loadAtStart: number;
  date: string;
}

/** The machine the figures were taken on, for the table's heading and the README. */
export function describeMachine(browserPath: string): Machine {
  const version = spawnSync(browserPath, ['--version'], { encoding: 'utf8', timeout: 15_000 });
  const browser = (version.stdout ?? '').trim().split('\n').filter(Boolean).pop() ?? 'unknown';
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    browser,
    browserPath,
    loadAtStart: Math.round(loadavg()[0]! * 10) / 10,
    date: new Date().toISOString(),
  };
}
