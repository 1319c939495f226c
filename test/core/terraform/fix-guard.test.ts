import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../../server/core';
import { applyEdits, diff } from '../../../server/core/edit';
import { hclSyntaxErrors } from '../../../server/core/terraform/front-end';
import { addsSyntaxErrors, terraformFixes } from '../../../server/core/terraform/fix-guard';
import { windowAround } from '../../../server/core/terraform/block-window';
import { requires, TF, useTerraform, V4, V5 } from './corpus';

useTerraform();

/** A deterministic sequence in [0, 1). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const PIECES = ['{', '}', '"', '\n', '=', '[', ']', '${', '%{', '<<EOF\n', '\nEOF\n', '#', '/*', '*/', ',', ' ', 'x'];

test('a fix checked on its resource block alone gets the verdict of a parse of the whole file', () => {
  const texts = [requires('~> 5.0') + V5.app + '\n' + V5.pool + '\n' + V5.lb, V4.app + '\n' + V4.monitor + '\n' + V4.pool, V5.app + '\n# a comment\n' + V5.monitor];
  let checked = 0;
  let rejected = 0;
  let inBlock = 0;
  for (const [t, text] of texts.entries()) {
    const doc = analyze(text, TF).doc!;
    const next = random(17 + t);
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(next() * text.length);
      const remove = next() < 0.3 ? 1 + Math.floor(next() * 3) : 0;
      const piece = remove && next() < 0.5 ? '' : PIECES[Math.floor(next() * PIECES.length)];
      const fixed = applyEdits(text, [{ offset: at, length: Math.min(remove, text.length - at), content: piece }]);
      const [change] = diff(text, fixed);
      if (!change) continue;
      const whole = hclSyntaxErrors(fixed).length > doc.errors.length;
      const w = windowAround(doc, change.offset, change.offset + change.length) ?? { text: text, offset: 0 };
      const local = fixed.slice(w.offset, w.offset + w.text.length + fixed.length - text.length);
      if (w.text !== text) inBlock++;
      assert.equal(addsSyntaxErrors(doc, w, local), whole, `text ${t}, ${JSON.stringify(piece)} at ${at} removing ${remove}: ${JSON.stringify(fixed.slice(Math.max(0, at - 20), at + 20))}`);
      checked++;
      if (whole) rejected++;
    }
  }
  // Both kinds of verdict were seen often: the comparison covers breaking and harmless edits.
  assert.ok(checked > 1000 && rejected > 200 && checked - rejected > 200 && inBlock > checked / 2, `${checked} checked, ${rejected} rejected, ${inBlock} on a block alone`);
});

test('asked for safe fixes only (fix-all), the guard drops the other kinds before writing them, and keeps every kind otherwise', async () => {
  const text = V5.app;
  const doc = analyze(text, TF).doc!;
  const at = text.indexOf('"tcp/22"');
  const set = (value: string, kind: 'safe' | 'choice') => ({ title: `Write ${value}`, kind, edits: [{ offset: at, length: '"tcp/22"'.length, content: JSON.stringify(value) }] });
  const provider = terraformFixes(doc, () => [set('tcp/2222', 'choice'), set('tcp/22-23', 'safe')]);
  assert.deepEqual((await provider({})).map((f) => [f.title, f.kind]), [['Write tcp/2222', 'choice'], ['Write tcp/22-23', 'safe']]);
  assert.deepEqual((await provider({ safeOnly: true })).map((f) => [f.title, f.kind]), [['Write tcp/22-23', 'safe']]);
});
