import assert from 'node:assert/strict';
import { applyEdits, fixAll, JsonDocument, type Fix, type LintOptions } from '../../../server/core';
import { findings } from '../../helpers';

/** Whether an HCL (or Terraform JSON) text parses without errors. */
export function parsesAs(text: string, options: LintOptions): boolean {
  const doc = new JsonDocument(text, options.path);
  return !doc.skipped && doc.errors.length === 0;
}

/** The resource block around an offset: from its `resource` line to its closing `}` at column 0. */
function blockAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf('resource "', offset);
  const close = text.indexOf('\n}', offset);
  return { start: start < 0 ? 0 : start, end: close < 0 ? text.length : close + 2 };
}

/**
 * Applies a fix to a Terraform file and proves it: the finding is gone, no new error, the file still
 * parses, every byte outside the edited resource block is unchanged, and fix-all on the result changes nothing.
 */
export async function proveFix(text: string, id: string, fix: Fix, options: LintOptions): Promise<string> {
  assert.ok(fix.edits.length > 0, `fix "${fix.title}" has no edits`);
  const after = applyEdits(text, fix.edits);
  assert.ok(parsesAs(after, options), `fix "${fix.title}" left text that does not parse:\n${after}`);
  const before = findings(text, options);
  const now = findings(after, options);
  assert.ok(now.filter((f) => f.id === id).length < before.filter((f) => f.id === id).length, `fix "${fix.title}" did not remove ${id}:\n${after}`);
  const old = new Set(before.filter((f) => f.severity === 'error').map((f) => f.id + f.message));
  assert.deepEqual(now.filter((f) => f.severity === 'error' && !old.has(f.id + f.message) && f.id !== id).map((f) => `${f.id}: ${f.message}`), [], `fix "${fix.title}" introduced errors`);
  const from = Math.min(...fix.edits.map((e) => e.offset));
  const block = blockAround(text, from);
  const grown = after.length - text.length;
  assert.equal(after.slice(0, block.start), text.slice(0, block.start), 'bytes before the edited block changed');
  assert.equal(after.slice(block.end + grown), text.slice(block.end), 'bytes after the edited block changed');
  const once = await fixAll(after, options);
  const twice = await fixAll(once.text, options);
  assert.equal(twice.text, once.text, 'fix-all is not idempotent');
  assert.ok(parsesAs(once.text, options), `fix-all left text that does not parse:\n${once.text}`);
  return after;
}
