// Builds the .vsix: a production bundle (minified, no sourcemaps) in a staged copy of the project,
// packaged there with vsce, so that the working dist/ (which tests may be running) is never rewritten.
// Usage: node scripts/package.mjs [--out <file.vsix>]   (default: spectrum-lint-<version>.vsix here)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, `${pkg.name}-${pkg.version}.vsix`));

// Everything vsce may look at, without the heavy or generated folders; .vscodeignore then decides.
const SKIP = new Set(['node_modules', '.git', 'out', 'dist', 'test', '.bench', '.vscode-test']);
mkdirSync(dirname(out), { recursive: true });
const stage = mkdtempSync(join(tmpdir(), 'spectrum-lint-package-'));
try {
  cpSync(root, stage, {
    recursive: true,
    filter: (src) => {
      const rel = relative(root, src);
      return rel === '' || (!SKIP.has(rel.split(/[\\/]/)[0]) && !rel.endsWith('.vsix'));
    },
  });
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--production', `--outdir=${join(stage, 'dist')}`], {
    cwd: root,
    stdio: 'inherit',
  });
  const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], {
    cwd: stage,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, VSCE_STORE: 'file' },
  });
  console.log(`${basename(out)}: ${(statSync(out).size / 1024).toFixed(1)} KB`);
} catch (err) {
  // The tools have printed why; the stack of execFileSync adds nothing.
  console.error(`package: failed (${err.message.split('\n')[0]})`);
  process.exitCode = 1;
} finally {
  rmSync(stage, { recursive: true, force: true });
}
