// Grammar tests: vscode-tmgrammar-test tokenizes each fixture (test/grammar/*.json) with VS Code's JSON
// grammars plus our injection, as contributed in package.json, and checks the scopes the fixtures assert.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../e2e/root';

const DIR = join(ROOT, 'test/grammar');
const fixtures = readdirSync(DIR).filter((f) => f.endsWith('.json'));

test('package.json injects the grammar into JSON and JSON with Comments', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const grammar = pkg.contributes?.grammars?.find((g: { path: string }) => g.path === './syntaxes/spectrum.injection.tmLanguage.json');
  assert.ok(grammar, 'contributes.grammars has the injection grammar');
  assert.deepEqual([...grammar.injectTo].sort(), ['source.json', 'source.json.comments']);
  const file = JSON.parse(readFileSync(join(ROOT, grammar.path), 'utf8'));
  assert.equal(file.scopeName, grammar.scopeName);
});

test('every fixture asserts scopes', () => {
  assert.ok(fixtures.length >= 4, `fixtures: ${fixtures.join(', ')}`);
  for (const f of fixtures) {
    const text = readFileSync(join(DIR, f), 'utf8');
    assert.match(text.split('\n')[0], /^\/\/ SYNTAX TEST "source\.json(\.comments)?"/, f);
    assert.ok((text.match(/^\/\/\s+\^+ /gm) ?? []).length >= 5, `${f} asserts at least five scopes`);
  }
});

test('vscode-tmgrammar-test: every asserted scope holds', () => {
  const cli = join(ROOT, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  const r = spawnSync(
    process.execPath,
    [
      cli,
      '--compact',
      '--config', join(ROOT, 'package.json'),
      '-g', join(DIR, 'vendor/JSON.tmLanguage.json'),
      '-g', join(DIR, 'vendor/JSONC.tmLanguage.json'),
      ...fixtures.map((f) => join(DIR, f)),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const output = `${r.stdout}${r.stderr}`;
  assert.equal(r.status, 0, output);
  for (const f of fixtures) assert.match(output, new RegExp(`${f.replace('.', '\\.')} run successfuly`), output);
});
