import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, findEntry, fixAll, JsonDocument, lint, type LintOptions } from '../../../server/core';
import { prng } from '../../helpers';
import { requires, TF, TF_JSON, useTerraform, V4, V5 } from './corpus';

// Randomized robustness of the HCL front end: truncated, edited and half-typed Terraform never makes
// lint() or fixAll() throw, no rule throws, and every finding and fix edit lies inside the text.
// Seeded, so a failure replays exactly; sizes are capped instead of timing anything.

useTerraform();

const SEEDS = [
  requires('~> 5.0') + Object.values(V5).join('\n'),
  requires('~> 4.0') + Object.values(V4).join('\n'),
  Object.values(V4).join('\n') + '\n' + Object.values(V5).join('\n'),
  '# spectrum-lint-disable-next-line 11002 -- lab\n' + V5.app.replace('tcp://192.0.2.10:22', 'tcp://2001:db8::1:22') + '/* trailing\n comment */\n',
  V4.pool.replace('"origin-1.example.com"', '<<EOT\n10.0.0.1\nEOT') + V5.lb.replace('"www.example.com"', '"${var.name}.example.com"'),
];

async function check(text: string, options: LintOptions, label: string, withFixes: boolean): Promise<void> {
  const r = lint(text, options);
  assert.deepEqual(r.ruleErrors.map((e) => `${e.rule}: ${String(e.error)}`), [], `a rule threw on ${label}`);
  const doc = r.doc ?? new JsonDocument(text, options.path);
  for (const f of r.findings) {
    const where = `${f.id} in ${label}`;
    assert.ok(findEntry(f.id), `unknown id ${where}`);
    assert.ok(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length, `span outside the text: ${where}`);
    assert.deepEqual(f.range, doc.rangeOf(f.offset, f.length), `range does not match the span: ${where}`);
    if (!withFixes || !f.fixes) continue;
    for (const fix of await f.fixes({})) {
      for (const e of fix.edits) assert.ok(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length, `fix "${fix.title}" edits outside the text: ${where}`);
      assert.equal(typeof applyEdits(text, fix.edits), 'string');
    }
  }
  if (withFixes) assert.equal(typeof (await fixAll(text, options)).text, 'string');
}

test('every prefix of the corpus (half-typed files) lints without a throw', async () => {
  for (const seed of SEEDS) {
    for (let n = 0; n <= seed.length; n += 7) await check(seed.slice(0, n), { ...TF, syntaxErrors: n % 2 === 0 }, `prefix ${n}`, n % 49 === 0);
  }
});

test('random edits of the corpus: deleted, inserted and duplicated tokens', async () => {
  const rnd = prng(0x7f);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const TOKENS = ['{', '}', '[', ']', '=', ',', '"', '\\', '${', '%{', '$${', '<<EOT\n', '\nEOT\n', '#', '//', '/*', '*/', '\n', '\r\n', 'dynamic "origins" {', 'var.x', 'null', '-', '1e999', '"tcp://[::1]:22"', '\ud83d', '\u00e9', '\u0000'];
  for (let n = 0; n < 250; n++) {
    const chars = [...pick(SEEDS)];
    for (let k = 0; k < 1 + Math.floor(rnd() * 8); k++) {
      const i = Math.floor(rnd() * chars.length);
      const op = rnd();
      if (op < 0.35) chars.splice(i, 1 + Math.floor(rnd() * 5));
      else if (op < 0.75) chars.splice(i, 0, pick(TOKENS));
      else chars.splice(i, 0, ...chars.slice(i, i + Math.floor(rnd() * 60)));
    }
    await check(chars.join(''), n % 5 === 0 ? TF_JSON : { ...TF, syntaxErrors: n % 2 === 0 }, `random edit #${n}`, n % 10 === 0);
  }
});

test('deep nesting is skipped or checked, never a stack overflow', async () => {
  for (const depth of [10, 400, 5000]) {
    const nested = '['.repeat(depth) + '"tcp://192.0.2.1:22"' + ']'.repeat(depth);
    await check(V5.app.replace('["tcp://192.0.2.10:22"]', nested), TF, `depth ${depth}`, depth < 500);
    await check(V5.app.replace('}\n', '') + '  x = ' + '{ a = '.repeat(depth), TF, `unclosed depth ${depth}`, false);
  }
});
