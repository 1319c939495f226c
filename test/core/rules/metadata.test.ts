import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { test } from 'node:test';
import { findEntry, lint, RULES, type Rule } from '../../../server/core';
import { CHECKED_RULES, declaredOnly, json } from '../../helpers';
import { account, NETWORKS } from '../context/support';
import { FULL } from './spectrum/apps';

/** The repository root: four levels above the compiled test, or the working directory (tests run from the root). */
const root = [resolve(__dirname, '..', '..', '..', '..'), process.cwd()].find((d) => existsSync(join(d, 'server', 'core', 'rules', 'index.ts')))!;
const RULES_DIR = join(root, 'server', 'core', 'rules');
const COMPILED = resolve(__dirname, '..', '..', '..', 'server', 'core', 'rules');

/** Every rule file, as `<group>/<name>`, from the source tree. */
function ruleFiles(): string[] {
  return readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(RULES_DIR, d.name)).filter((f) => f.endsWith('.ts')).map((f) => `${d.name}/${f.slice(0, -3)}`))
    .sort();
}

test('every rule in the index is a rule file, and every rule file is in the index', () => {
  const files = ruleFiles();
  assert.equal(RULES.length, files.length);
  for (const file of files) {
    const { rule } = require(join(COMPILED, file)) as { rule: Rule };
    assert.ok(RULES.includes(rule), `${file} is not in the rule index`);
  }
});

test("a rule's name is its file name, and names are unique", () => {
  for (const file of ruleFiles()) {
    const { rule } = require(join(COMPILED, file)) as { rule: Rule };
    assert.equal(rule.name, basename(file), `${file}.ts`);
  }
  assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
});

test("every id in a rule's reports is in the catalog", () => {
  const unknown = RULES.flatMap((r) => r.reports.filter((id) => !findEntry(id)).map((id) => `${r.name}: ${id}`));
  assert.deepEqual(unknown, []);
  for (const r of RULES) assert.ok(r.reports.length > 0 && r.kinds.length > 0, r.name);
});

test('every rule has its test file', () => {
  const missing = ruleFiles().filter((f) => !existsSync(join(root, 'test', 'core', 'rules', `${f}.test.ts`)));
  assert.deepEqual(missing, []);
});

test('every rule reports only declared ids over every example (with and without account context)', () => {
  const examples = join(root, 'examples');
  const contexts = [{}, { account: account({ ...NETWORKS, plan: 'pro' }) }];
  let linted = 0; // findings seen
  for (const name of readdirSync(examples).filter((n) => /\.jsonc?$/.test(n) && n !== 'spectrum-lint.config.json')) {
    const text = readFileSync(join(examples, name), 'utf8');
    for (const extra of contexts) {
      const result = lint(text, { path: join(examples, name), ...extra }, CHECKED_RULES);
      assert.deepEqual(result.ruleErrors.map((e) => `${e.rule}: ${String(e.error)}`), [], name);
      linted += result.findings.length;
    }
  }
  assert.ok(linted > 20, 'the examples show findings');
});

test('a rule that reports an id it does not declare fails in the tests', () => {
  const sloppy: Rule = { name: 'sloppy', reports: ['wrong-type'], kinds: ['spectrum-app'], check: ({ target, report }) => report({ id: 'unknown-field', node: target.node, message: 'x' }) };
  const result = lint(json(FULL), {}, [declaredOnly(sloppy)]);
  assert.deepEqual(result.findings, []);
  assert.match(String(result.ruleErrors[0]?.error), /sloppy reported unknown-field, which its `reports` does not declare/);
});

test('an id missing from the catalog costs that one rule its findings, not the document', () => {
  const text = json({ ...FULL, tls: 'FULL' });
  const typo: Rule = {
    name: 'typo',
    reports: ['no-such-code'],
    kinds: ['spectrum-app'],
    check: ({ target, report }) => {
      report({ id: 'wrong-type', node: target.node, message: 'reported before the bad one' });
      report({ id: 'no-such-code', node: target.node, message: 'x' });
    },
  };
  const before = lint(text).findings.map((f) => `${f.id}@${f.offset}`);
  assert.deepEqual(before, [`invalid-enum-value@${text.indexOf('"FULL"')}`]);
  const result = lint(text, {}, [...RULES, typo]);
  assert.deepEqual(result.findings.map((f) => `${f.id}@${f.offset}`), before);
  assert.deepEqual(result.ruleErrors.map((e) => e.rule), ['typo']);
  assert.match(String(result.ruleErrors[0].error), /no catalog entry "no-such-code"/);
});

test('gen-rule-index --check passes on the checked-in index and fails on a stale one', () => {
  const check = (dir: string) => spawnSync(process.execPath, [join(dir, 'scripts', 'gen-rule-index.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(check(root).status, 0, check(root).stderr);
  const dir = mkdtempSync(join(tmpdir(), 'rule-index-'));
  try {
    mkdirSync(join(dir, 'scripts'));
    mkdirSync(join(dir, 'server', 'core', 'rules', 'spectrum'), { recursive: true });
    copyFileSync(join(root, 'scripts', 'gen-rule-index.mjs'), join(dir, 'scripts', 'gen-rule-index.mjs'));
    const rules = join(dir, 'server', 'core', 'rules');
    writeFileSync(join(rules, 'spectrum', 'a.ts'), 'export const rule = {};\n');
    assert.equal(check(dir).status, 1, 'no index at all is stale');
    assert.equal(spawnSync(process.execPath, [join(dir, 'scripts', 'gen-rule-index.mjs')]).status, 0);
    assert.equal(check(dir).status, 0);
    writeFileSync(join(rules, 'spectrum', 'b.ts'), 'export const rule = {};\n');
    const stale = check(dir);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /stale.*spectrum\/b/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
