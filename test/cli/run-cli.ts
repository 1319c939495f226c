import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The built CLI (npm test builds it first); SPECTRUM_LINT_CLI points elsewhere when needed. */
export const CLI = process.env.SPECTRUM_LINT_CLI ?? resolve('dist/cli.js');
/** The repository root: tests run from it. */
export const ROOT = process.cwd();

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...withoutColorSettings(process.env), ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder holding the given files (paths relative to it). */
export function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spectrum-lint-cli-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

export const app = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://146.190.50.22:22'], traffic_type: 'direct', ...extra }, null, 2) + '\n';

function withoutColorSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  delete out.NO_COLOR;
  delete out.FORCE_COLOR;
  return out;
}
