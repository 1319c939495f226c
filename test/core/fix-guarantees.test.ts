import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseTree, type ParseError } from 'jsonc-parser';
import { analyze, applyEdits, lint, type Finding, type LintOptions } from '../../server/core';
import { diff } from '../../server/core/edit';

const EXAMPLES = join(process.cwd(), 'examples'); // tests run from the project folder
/** Every resolution succeeds, so the fixes that resolve hostnames are exercised too (never the network). */
const env = { resolve: async () => ['203.0.113.7', '2001:db8::7'] };

/** The example documents, as written and re-laid with CRLF line endings and tab indentation. */
function documents(): Array<{ name: string; text: string }> {
  const docs: Array<{ name: string; text: string }> = [];
  for (const name of readdirSync(EXAMPLES).sort()) {
    if (!/\.jsonc?$/.test(name) || name === 'spectrum-lint.config.json') continue;
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    docs.push({ name, text });
    const tabs = text.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2));
    docs.push({ name: `${name} (CRLF, tabs)`, text: tabs.replace(/\r?\n/g, '\r\n') });
  }
  return docs;
}

/** Parse errors as JSONC (comments, trailing commas), the way the documents are read. */
function syntaxErrors(text: string): number {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors.length;
}

/** The top-level object (app, monitor, pool) a finding belongs to: a fix may change nothing outside it. */
function owner(text: string, f: Finding, options: LintOptions) {
  return analyze(text, options).targets.find((t) => t.node.offset <= f.offset && f.offset + f.length <= t.node.offset + t.node.length)?.node;
}

test('every fix of every finding in the examples keeps the guarantees', async () => {
  let checked = 0;
  for (const { name, text } of documents()) {
    const options: LintOptions = { path: join(EXAMPLES, name.replace(/ \(.*\)$/, '')) };
    const before = lint(text, options).findings;
    const errorsBefore = new Set(before.filter((f) => f.severity === 'error').map((f) => `${f.id} ${f.pointer}`));
    for (const f of before) {
      for (const fix of f.fixes ? await f.fixes(env) : []) {
        const label = `${name}: ${f.id} at ${f.pointer}: "${fix.title}"`;
        const after = applyEdits(text, fix.edits);
        assert.equal(syntaxErrors(after), 0, `${label} left invalid JSON`);
        const now = lint(after, options).findings;
        const [changed] = diff(text, after);
        const end = changed.offset + changed.content.length;
        const onChange = (x: Finding) => x.offset <= end && changed.offset <= x.offset + x.length;
        if (fix.kind === 'placeholder') {
          // A placeholder stays flagged until the user replaces it: some finding covers the inserted text.
          assert.ok(
            now.some(onChange),
            `${label} inserted a placeholder that nothing flags`,
          );
        } else {
          assert.ok(now.filter((x) => x.id === f.id).length < before.filter((x) => x.id === f.id).length, `${label} did not remove ${f.id}`);
          // An error on what the fix wrote. (A fix may unmask a separate problem elsewhere that the
          // one-problem-one-diagnostic rule held back, such as a missing port once a type is valid.)
          const added = now.filter((x) => x.severity === 'error' && onChange(x) && !errorsBefore.has(`${x.id} ${x.pointer}`));
          assert.deepEqual(added.map((x) => `${x.id} ${x.pointer}: ${x.message}`), [], `${label} introduced errors`);
        }
        if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), `${label} wrote a bare LF into a CRLF document`);
        const node = owner(text, f, options);
        if (node) {
          for (const e of fix.edits) {
            assert.ok(e.offset >= node.offset && e.offset + e.length <= node.offset + node.length, `${label} edits outside its object`);
          }
        }
        checked++;
      }
    }
  }
  assert.ok(checked > 40, `expected many fixes to check, checked ${checked}`);
});
