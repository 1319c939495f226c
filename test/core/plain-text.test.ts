import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../server/core';
import { plainText } from '../../server/core/plain-text';

test('plainText drops code-span backticks and keeps their content verbatim', () => {
  assert.equal(plainText('`dns.type` must be `"CNAME"`, not `"ADDRESS"`.'), 'dns.type must be "CNAME", not "ADDRESS".');
  assert.equal(plainText('write `["a", "b"]` or ``a`b``'), 'write ["a", "b"] or a`b');
  assert.equal(plainText('**Note:** see [the docs](https://example.com/x) \\* and \\`'), 'Note: see the docs (https://example.com/x) * and `');
  assert.equal(plainText('an unmatched ` stays'), 'an unmatched ` stays');
  assert.equal(plainText('C:\\path and a "quoted \\"x\\"" value'), 'C:\\path and a "quoted \\"x\\"" value');
});

test('no finding of any example document carries Markdown in its message', () => {
  const dir = join(process.cwd(), 'examples');
  let seen = 0;
  for (const name of readdirSync(dir).filter((n) => /\.jsonc?$/.test(n))) {
    for (const f of lint(readFileSync(join(dir, name), 'utf8'), { path: join(dir, name), syntaxErrors: true }).findings) {
      seen++;
      assert.doesNotMatch(f.message, /`|\*\*/, `${name} ${f.id}: ${f.message}`);
      for (const r of f.related ?? []) assert.doesNotMatch(r.message, /`/, `${name} ${f.id} related: ${r.message}`);
    }
  }
  assert.ok(seen > 10, `${seen} findings checked`);
});
