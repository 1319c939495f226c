// Child processes of the benchmark: timeouts per step, peak memory, and no process left behind.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const children = new Set();

/** Registers a child so that it is killed when the benchmark ends, however it ends. */
export function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

export function killAll() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

export class Timeout extends Error {
  constructor(what, ms) {
    super(`${what}: no answer after ${(ms / 1000).toFixed(0)} s`);
    this.timeout = true;
  }
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Timeout(what, ms)), ms)))]).finally(() => clearTimeout(timer));
}

/** VmHWM of a live process, in bytes (undefined once it is gone or off Linux). */
export function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `node script args` to its end (or kills it after `timeoutMs`): wall time, exit code, stdout,
 * and the peak RSS sampled until it exits.
 */
export function runNode(script, args, { timeoutMs, cwd, nodeArgs = [] }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = track(spawn(process.execPath, [...nodeArgs, script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }));
    const out = [];
    let err = '';
    let peak = 0;
    let timedOut = false;
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    const sample = setInterval(() => (peak = Math.max(peak, peakRss(child.pid) ?? 0)), 50);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code) => {
      clearInterval(sample);
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: err, peakRss: peak || undefined });
    });
  });
}
