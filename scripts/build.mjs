// Bundles the client, the language server and the CLI into dist/ (one file each, dependencies inlined).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

// In CI the checked-in rule index must already be current (a forgotten regeneration fails the build);
// elsewhere the build regenerates it.
execFileSync(process.execPath, ['scripts/gen-rule-index.mjs', ...(process.env.CI ? ['--check'] : [])], { stdio: 'inherit' });

const require = createRequire(import.meta.url);
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
  // web-tree-sitter's ESM build finds its WASM through import.meta.url, which a CommonJS bundle lacks; its
  // CommonJS build looks next to the bundle (__dirname), where the WASM is copied below.
  alias: { 'web-tree-sitter': join(dirname(require.resolve('web-tree-sitter/tree-sitter.wasm')), 'tree-sitter.cjs') },
};

await Promise.all([
  build({ ...common, entryPoints: { extension: 'client/extension.ts' }, outdir, external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/lsp/main.ts' }, outdir }),
  build({ ...common, entryPoints: { cli: 'server/cli/main.ts' }, outdir, banner: { js: '#!/usr/bin/env node' } }),
]);

// The Terraform parser's WebAssembly (the tree-sitter runtime and the HCL grammar) sits next to the bundles,
// where the server and the CLI look for it: a .vsix or a copy of dist/ needs no node_modules.
const WASM = [require.resolve('web-tree-sitter/tree-sitter.wasm'), join(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json'), '..', 'tree-sitter-terraform.wasm')];
mkdirSync(outdir, { recursive: true });
for (const file of WASM) copyFileSync(file, join(outdir, basename(file)));
