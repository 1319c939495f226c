import assert from 'node:assert/strict';
import { parseTree, type ParseError } from 'jsonc-parser';
import { applyEdits, lint, RULES, type Finding, type Fix, type FixEnv, type LintOptions, type Rule, type Severity } from '../server/core';

/** Pretty JSON of an object, as users keep their files. */
export const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** A rule that fails (and so loses its findings) when it reports an id its `reports` does not declare. */
export function declaredOnly(rule: Rule): Rule {
  return {
    ...rule,
    check(ctx) {
      rule.check({
        ...ctx,
        report(r) {
          if (!rule.reports.includes(r.id)) throw new Error(`rule ${rule.name} reported ${r.id}, which its \`reports\` does not declare`);
          ctx.report(r);
        },
      });
    },
  };
}

/** Every rule, held to its declared `reports`: every test that lints through these helpers checks them. */
export const CHECKED_RULES: readonly Rule[] = RULES.map(declaredOnly);

/** All findings of a document; fails when a rule threw or reported an undeclared id. */
export function findings(text: string, options: LintOptions = {}): Finding[] {
  const result = lint(text, options, CHECKED_RULES);
  assert.deepEqual(result.ruleErrors.map((e) => `${e.rule}: ${String(e.error)}`), [], 'a rule failed');
  return result.findings;
}

/** Where an expected finding is: the exact text its range covers, its JSON pointer (and optionally text), or its exact range. */
export type At = string | { pointer: string; text?: string } | { offset: number; length: number };

/** One expected finding: catalog id, where it is, and optionally its message (exact, or a pattern) and severity. */
export type Expected = [id: string, at: At, more?: { message?: string | RegExp; severity?: Severity }];


function matches(text: string, f: Finding, [id, at, more]: Expected): boolean {
  if (f.id !== id) return false;
  if (typeof at === 'string') {
    if (flagged(text, f) !== at) return false;
  } else if ('pointer' in at) {
    if (f.pointer !== at.pointer || (at.text !== undefined && flagged(text, f) !== at.text)) return false;
  } else if (f.offset !== at.offset || f.length !== at.length) return false;
  if (more?.severity && f.severity !== more.severity) return false;
  const m = more?.message;
  return m === undefined || (typeof m === 'string' ? f.message === m : m.test(f.message));
}

/**
 * The exact set of findings of a document (as rust-analyzer's `check_diagnostics`): every finding
 * must be expected and every expected finding found, so a double report, a missing finding or one
 * that moved fails. Returns the findings in the order of `expected`.
 */
export function expectFindings(text: string, expected: Expected[], options: LintOptions = {}, { everyHint = false } = {}): Finding[] {
  const left = stated(findings(text, options), expected, everyHint);
  const found: Finding[] = [];
  const missing: string[] = [];
  for (const e of expected) {
    const i = left.findIndex((f) => matches(text, f, e));
    if (i < 0) missing.push(`${e[0]} at ${where(text, e[1])}${e[2] ? ' ' + JSON.stringify({ ...e[2], message: e[2].message?.toString() }) : ''}`);
    else found.push(...left.splice(i, 1));
  }
  if (missing.length || left.length) {
    assert.fail(
      [
        ...(missing.length ? ['missing:', ...missing.map((m) => '  ' + m)] : []),
        ...(left.length ? ['unexpected:', ...left.map((f) => '  ' + describe(text, f))] : []),
        'document:',
        text,
      ].join('\n'),
    );
  }
  return found;
}

/** A document with no finding at all. */
export const expectClean = (text: string, options: LintOptions = {}, how: { everyHint?: boolean } = {}) => void expectFindings(text, [], options, how);

/** `//   ^^^^ id [severity][: message]`: a comment line whose carets mark a range of the line above it. */
const ANNOTATION = /^(\s*\/\/\s*)(\^+)\s+(\S+)(?:\s+(error|warning|information|hint))?(?::\s*(.*))?\s*$/;

/**
 * The exact set of findings of a JSONC fixture that marks each one under its text, as
 * rust-analyzer's fixtures do (the message after `:` must be contained in the finding's):
 *
 *     "origin_direct": ["tcp://10.0.0.1"]
 *     //                ^^^^^^^^^^^^^^^^ 11002
 *
 * Annotation lines stay in the document (they are comments); several may follow one line.
 */
export function checkAnnotated(text: string, options: LintOptions = {}): Finding[] {
  const expected: Expected[] = [];
  let lineStart = 0;
  let target: number | undefined;
  for (const line of text.split('\n')) {
    const a = ANNOTATION.exec(line.replace(/\r$/, ''));
    if (a) {
      assert.ok(target !== undefined, `annotation with no line above it: ${line}`);
      const from = target + a[1].length;
      const at = { offset: from, length: a[2].length };
      const more = a[4] || a[5] ? { ...(a[4] ? { severity: a[4] as Severity } : {}), ...(a[5] ? { message: new RegExp(escapeRegExp(a[5])) } : {}) } : undefined;
      expected.push(more ? [a[3], at, more] : [a[3], at]);
    } else target = lineStart;
    lineStart += line.length + 1;
  }
  return expectFindings(text, expected, options);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Catalog ids found, in document order. */
export function ids(text: string, options: LintOptions = {}): string[] {
  return findings(text, options).map((f) => f.id);
}

const where = (text: string, at: At) => (typeof at === 'object' && 'offset' in at ? JSON.stringify(text.slice(at.offset, at.offset + at.length)) + ` (offset ${at.offset})` : JSON.stringify(at));
const describe = (text: string, f: Finding) => `${f.id} at ${JSON.stringify(flagged(text, f))} (offset ${f.offset}, ${f.pointer || '/'}, ${f.severity}): ${f.message}`;

/**
 * `traffic-type-default` hints on every application that omits `traffic_type` (most fixtures): it is
 * compared only when a test states it or asks for every hint.
 */
const UNSTATED_HINT = 'traffic-type-default';
const stated = (all: Finding[], expected: Array<Expected | string>, everyHint: boolean) =>
  everyHint || expected.some((e) => (typeof e === 'string' ? e : e[0]) === UNSTATED_HINT) ? all : all.filter((f) => f.id !== UNSTATED_HINT);

/** The document's one finding, which has this id; fails when it has none, another or more than one. */
export function only(text: string, id: string, options: LintOptions = {}): Finding {
  const all = stated(findings(text, options), [id], false);
  if (all.length !== 1 || all[0].id !== id) assert.fail([`expected only ${id}, got:`, ...all.map((f) => '  ' + describe(text, f)), 'document:', text].join('\n'));
  return all[0];
}

/** The text the finding's range covers. */
export function flagged(text: string, f: Finding): string {
  return text.slice(f.offset, f.offset + f.length);
}

/** The fixes a finding offers. */
export async function fixesFor(f: Finding, env: FixEnv = {}): Promise<Fix[]> {
  return f.fixes ? await f.fixes(env) : [];
}

/** The fixes of the document's one finding (see `only`). */
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

/** mulberry32: small, fast, good enough to pick mutations reproducibly (a seed replays a run exactly). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
