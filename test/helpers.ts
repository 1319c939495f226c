import assert from 'node:assert/strict';
import { parseTree, type ParseError } from 'jsonc-parser';
import { applyEdits, lint, type Finding, type Fix, type FixEnv, type LintOptions } from '../server/core';

/** Pretty JSON of an object, as users keep their files. */
export const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function findings(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, options).findings;
}

/** Catalog ids found, in document order. */
export function ids(text: string, options: LintOptions = {}): string[] {
  return findings(text, options).map((f) => f.id);
}

/** The single finding with this id; fails when there is none or more than one. */
export function only(text: string, id: string, options: LintOptions = {}): Finding {
  const all = findings(text, options).filter((f) => f.id === id);
  assert.equal(all.length, 1, `expected one ${id}, got ${all.length}`);
  return all[0];
}

/** The text the finding's range covers. */
export function flagged(text: string, f: Finding): string {
  return text.slice(f.offset, f.offset + f.length);
}

export async function fixesOf(text: string, id: string, options: LintOptions = {}, env: FixEnv = {}): Promise<Fix[]> {
  const f = only(text, id, options);
  return f.fixes ? await f.fixes(env) : [];
}

export function parses(text: string): boolean {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  return errors.length === 0;
}

/**
 * Applies one fix and checks the guarantees of every fix: the diagnostic is gone, no new error
 * appears, and the text still parses. Returns the new text.
 */
export function applyFix(text: string, id: string, fix: Fix, options: LintOptions = {}): string {
  const before = findings(text, options);
  const after = applyEdits(text, fix.edits);
  assert.ok(parses(after), `fix "${fix.title}" left invalid JSON:\n${after}`);
  const now = findings(after, options);
  const countBefore = before.filter((f) => f.id === id).length;
  assert.ok(now.filter((f) => f.id === id).length < countBefore, `fix "${fix.title}" did not remove ${id}:\n${after}`);
  const oldErrors = new Set(before.filter((f) => f.severity === 'error').map((f) => f.id + f.message));
  const newErrors = now.filter((f) => f.severity === 'error' && !oldErrors.has(f.id + f.message) && f.id !== id);
  if (fix.kind !== 'placeholder') assert.deepEqual(newErrors.map((f) => `${f.id}: ${f.message}`), [], `fix "${fix.title}" introduced errors`);
  return after;
}
