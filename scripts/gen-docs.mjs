// Writes the generated reference from the catalog and the field schemas: the README's table of every
// code and check (between <!-- codes:start --> and <!-- codes:end -->), schemas/*.schema.json, and the
// ids the Rules setting offers (package.json, `spectrumLint.rules.propertyNames`).
// With --check, writes nothing and exits 1 when a checked-in copy is stale.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

// Bundle the small reference module (and the catalog and schemas it reads) so no tsc run is needed.
const dir = mkdtempSync(join(tmpdir(), 'spectrum-lint-docs-'));
let reference;
try {
  const outfile = join(dir, 'reference.js');
  await build({
    entryPoints: [join(root, 'server/core/reference.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    mainFields: ['module', 'main'],
  });
  reference = createRequire(import.meta.url)(outfile);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const outputs = [];
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
outputs.push({ path: readmePath, text: reference.withCodesTable(readme) });
const packagePath = join(root, 'package.json');
outputs.push({ path: packagePath, text: reference.withRulesPropertyNames(readFileSync(packagePath, 'utf8')) });
for (const { file, text } of reference.schemaFiles()) outputs.push({ path: join(root, 'schemas', file), text });

const stale = outputs.filter((o) => !existsSync(o.path) || readFileSync(o.path, 'utf8') !== o.text);
if (check) {
  for (const o of stale) console.error(`${o.path.slice(root.length)} is stale: run npm run docs`);
  process.exit(stale.length ? 1 : 0);
}
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const o of stale) writeFileSync(o.path, o.text);
console.log(stale.length ? `Updated ${stale.map((o) => o.path.slice(root.length)).join(', ')}` : 'Reference is up to date');
