import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
const ROOT = join(__dirname, '..', '..', '..'); // out/test/core -> the project

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import [^;]*? from '([^']+)';/gms)].map((m) => m[1]!);

test('the core imports no editor or protocol code: the CLI, the server and any other front end share it as it is', () => {
  const outside = sources(join(ROOT, 'server/core')).flatMap((f) => imports(f).filter((m) => /^vscode|^\.\.\/(\.\.\/)*(lsp|cli|node)\//.test(m)).map((m) => `${f}: ${m}`));
  assert.deepEqual(outside, []);
});

test("no code takes a node's path with jsonc-parser's getNodePath, which scans each array for the node (quadratic on a dump)", () => {
  const users = sources(join(ROOT, 'server')).filter((f) => /\bgetNodePath\b[^`]/.test(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
  assert.deepEqual(users, []);
});
