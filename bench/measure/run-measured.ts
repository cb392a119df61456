import { spawn } from 'node:child_process';
import { TreeCpuSampler } from './process-tree-cpu.js';
import { PeakMemorySampler, type TreeMemory } from './process-tree-memory.js';

export interface MeasuredRun {
  exitCode: number | null;
  /** From spawn to exit: what a person waiting at the terminal sees. */
  wallMs: number;
  /** CPU time (user and system) of its whole process tree, browser included (process-tree-cpu.ts). */
  cpuMs: number;
  peak: TreeMemory;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** The whole process group is ended after this long. */
  killAfterMs: number;
}

const MAX_OUTPUT = 4 * 1024 * 1024;

/**
 * Runs a command in its own process group and samples the memory of its whole process tree
 * (Node and every browser process it starts), so every contender is measured the same way.
 */
export function runMeasured(command: string, args: string[], options: MeasureOptions): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout.length < MAX_OUTPUT) stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_OUTPUT) stderr += chunk.toString('utf8');
    });
    if (child.pid === undefined) {
      child.once('error', reject);
      return;
    }
    const pid = child.pid;
    const sampler = new PeakMemorySampler(pid);
    sampler.start();
    const cpu = new TreeCpuSampler(pid);
    cpu.start();
    let timedOut = false;
    const killGroup = () => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.killAfterMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      sampler.stop();
      cpu.stop();
      reject(error);
    });
    child.once('close', (code) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      const peak = sampler.stop();
      // A browser left behind by a crashed child must not run on into the next measurement.
      killGroup();
      resolve({ exitCode: code, wallMs, cpuMs: cpu.stop(), peak, stdout, stderr, timedOut });
    });
  });
}

/** The last line of a child's stdout that parses as JSON: the peers' report. */
export function lastJsonLine<T>(stdout: string): T | null {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    if (!line.startsWith('{')) continue;
    try {
      return JSON.parse(line) as T;
    } catch {
      // not the report line
    }
  }
  return null;
}
