// Bundles the client, the language server and the CLI into dist/ (one file each, dependencies inlined).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

// In CI the checked-in rule index must already be current (a forgotten regeneration fails the build);
// elsewhere the build regenerates it.
execFileSync(process.execPath, ['scripts/gen-rule-index.mjs', ...(process.env.CI ? ['--check'] : [])], { stdio: 'inherit' });

const production = process.argv.includes('--production');
// --outdir=<dir> builds elsewhere (packaging stages a copy, so a running dist/ is never rewritten under a test).
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's package.json points at a UMD build that esbuild cannot follow; use its ESM build.
  mainFields: ['module', 'main'],
};

await Promise.all([
  build({ ...common, entryPoints: { extension: 'client/extension.ts' }, outdir, external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/lsp/main.ts' }, outdir }),
  build({ ...common, entryPoints: { cli: 'server/cli/main.ts' }, outdir, banner: { js: '#!/usr/bin/env node' } }),
]);
