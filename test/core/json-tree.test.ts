import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { findNodeAtOffset, getNodePath, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { fastJsonTree, MAX_DEPTH, parseJsonTree } from '../../server/core/json-tree';
import { prng } from '../helpers';

// The engine's tree builder must give exactly jsonc-parser's trees and errors: through its fast path
// for regular text, through jsonc-parser itself for everything else.

const ROOT = join(__dirname, '..', '..', '..');
const OPTIONS = { allowTrailingComma: true, disallowComments: false };

/** A node without its `parent` (a cycle): what deep equality compares. */
interface Projection {
  type: string;
  value: unknown;
  offset: number;
  length: number;
  colonOffset: number | undefined;
  children: Projection[] | undefined;
}
const project = (n: Node): Projection => ({ type: n.type, value: n.value, offset: n.offset, length: n.length, colonOffset: n.colonOffset, children: n.children?.map(project) });

/** Every child names its own node as parent; the root has none. */
function checkParents(root: Node): void {
  assert.equal(root.parent, undefined);
  const stack = [root];
  for (let n = stack.pop(); n; n = stack.pop()) {
    for (const c of n.children ?? []) {
      assert.equal(c.parent, n, `the parent of the node at ${c.offset}`);
      stack.push(c);
    }
  }
}

const reference = (text: string) => {
  const errors: ParseError[] = [];
  return { root: parseTree(text, errors, OPTIONS), errors };
};

/**
 * Checks the builder against jsonc-parser on `text`: the same tree, parents and errors, and the fast
 * path takes exactly the texts jsonc-parser reads without an error. True when the fast path built it.
 */
function same(text: string, what: string): boolean {
  const want = reference(text);
  const errors: ParseError[] = [];
  const got = parseJsonTree(text, errors);
  assert.deepEqual(errors, want.errors, `errors of ${what}`);
  assert.deepEqual(got && project(got), want.root && project(want.root), `tree of ${what}`);
  if (got) checkParents(got);
  const fast = fastJsonTree(text);
  assert.equal(fast !== undefined, want.errors.length === 0, `${what}: the fast path takes it exactly when jsonc-parser finds no error`);
  if (fast) assert.deepEqual(project(fast), want.root && project(want.root), `fast tree of ${what}`);
  return fast !== undefined;
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesIn(join(dir, d.name)) : [join(dir, d.name)]));

test('every example and corpus document gives jsonc-parser’s tree and errors, through the fast path', () => {
  const files = [...filesIn(join(ROOT, 'examples')), ...filesIn(join(ROOT, 'test', 'corpus'))].filter((f) => /\.jsonc?$/.test(f));
  assert.ok(files.length >= 25, `${files.length} documents`);
  let fast = 0;
  for (const f of files) if (same(readFileSync(f, 'utf8'), f)) fast++;
  assert.equal(fast, files.length, 'every one is regular JSONC: the fast path built it');
});

/** Documents from the benchmark's generator (an ES module, so run by node itself). */
function generated(expression: string): string {
  const script = `import * as g from ${JSON.stringify(join(ROOT, 'scripts', 'bench', 'generate.mjs'))}; process.stdout.write(String(${expression}));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('generated API dumps and documents give jsonc-parser’s trees, through the fast path', () => {
  const docs = {
    'apiDump(1000)': generated('g.apiDump(1000)'),
    'fixableDump(500)': generated('g.fixableDump(500)'),
    'singleApps(20)': generated("JSON.stringify([...g.singleApps(20)].map((t) => JSON.parse(t)), null, '\\t')"),
    'unrelated(300, true)': generated('g.unrelated(300, true)'),
  };
  for (const [what, text] of Object.entries(docs)) assert.ok(same(text, what), `${what} (${text.length} characters) took the fast path`);
  // An HCL module is no JSON: jsonc-parser's own recovery gives the tree and errors.
  assert.equal(same(generated('g.terraformModule(20)'), 'terraformModule(20)'), false);
});

/** Random regular JSONC text: nested values, escapes, odd numbers, duplicate keys, comments, trailing commas, CRLF. */
function randomText(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const space = () => (random() < 0.6 ? '' : pick([' ', '  ', '\t', '\n', '\r\n', '\r', '\n    ', ' /* c */ ', '/**/', '// line\n', '// crlf\r\n', '//\r', ' /* multi\r\nline * / */']));
  const char = () =>
    random() < 0.7
      ? pick(['a', 'Z', '0', ' ', '-', ':', ',', '{', '/', '*', 'é', 'ß', '日', '😀', '\u2028', '\u2029', '\u00a0', '\ufeff', '\u007f'])
      : pick(['\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\u0041', '\\u00e9', '\\uD83D\\uDE00', '\\ud800', '\\uDFFF', '\\u0000', '\\u2028', '\\uFFFF', '\\uabCD']);
  const str = () => '"' + Array.from({ length: Math.floor(random() * (random() < 0.1 ? 40 : 8)) }, char).join('') + '"';
  const num = () =>
    random() < 0.5
      ? pick(['0', '-0', '1e400', '-1e400', '1.5E-3', '1E+2', '2e-0', '0.1', '-0.0', '123456789012345678901234567890', '9007199254740993', '999999999999999', '-999999999999999', '1000000000000000', '0e5', '4.9e-324'])
      : String(Math.floor((random() - 0.5) * 10 ** Math.floor(random() * 17)));
  const value = (depth: number): string => {
    const r = random();
    if (depth < 5 && r < 0.2) {
      const keys = Array.from({ length: Math.floor(random() * 5) }, () => (random() < 0.3 ? '"k"' : str()));
      const members = keys.map((k) => space() + k + space() + ':' + space() + value(depth + 1) + space());
      return '{' + members.join(',') + (members.length && random() < 0.3 ? ',' + space() : '') + space() + '}';
    }
    if (depth < 5 && r < 0.4) {
      const items = Array.from({ length: Math.floor(random() * 5) }, () => space() + value(depth + 1) + space());
      return '[' + items.join(',') + (items.length && random() < 0.3 ? ',' + space() : '') + space() + ']';
    }
    if (r < 0.65) return str();
    if (r < 0.9) return num();
    return pick(['true', 'false', 'null']);
  };
  return space() + value(0) + space();
}

test('thousands of random regular texts give jsonc-parser’s trees, every one through the fast path', () => {
  const random = prng(2026);
  const runs = 4000;
  let fast = 0;
  for (let i = 0; i < runs; i++) {
    const text = randomText(random);
    if (same(text, `random text ${i}: ${JSON.stringify(text.slice(0, 200))}`)) fast++;
  }
  assert.equal(fast, runs);
});

test('thousands of random mutations of regular texts give jsonc-parser’s trees and errors', () => {
  const random = prng(7);
  const pieces = ['"', '\\', ',', ':', '{', '}', '[', ']', '/', '*', '//', '/*', '*/', '\n', '\r', '\r\n', '\u0001', '\u001f', 'x', 't', 'true', '-', '.', 'e', 'E+', '0', '01', ' ', '\t', '\u2028', '\u00a0', '\ufeff', '\v', '\\u12', '\\x'];
  let fast = 0;
  let broken = 0;
  const runs = 5000;
  for (let i = 0; i < runs; i++) {
    let text = randomText(random);
    const at = Math.floor(random() * (text.length + 1));
    const r = random();
    if (r < 0.25) text = text.slice(0, at);
    else if (r < 0.6) text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
    else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
    if (same(text, `mutation ${i}: ${JSON.stringify(text.slice(0, 200))}`)) fast++;
    else broken++;
  }
  // Both paths were exercised: some mutations keep the text regular, most break it.
  assert.ok(fast > runs / 20 && broken > runs / 2, `${fast} regular, ${broken} broken`);
});

test('nesting up to MAX_DEPTH takes the fast path; deeper text is left to jsonc-parser', () => {
  const nested = (depth: number) => '['.repeat(depth - 1) + '{"a":1}' + ']'.repeat(depth - 1);
  assert.ok(same(nested(MAX_DEPTH), `${MAX_DEPTH} levels`));
  assert.equal(fastJsonTree(nested(MAX_DEPTH + 1)), undefined);
  assert.deepEqual(project(parseJsonTree(nested(MAX_DEPTH + 1))!), project(parseTree(nested(MAX_DEPTH + 1), [], OPTIONS)!));
});

test('other parse options than the engine’s are jsonc-parser’s own', () => {
  const text = '{"a": [1,], // c\n}';
  for (const options of [{ disallowComments: true, allowTrailingComma: true }, { allowTrailingComma: false }]) {
    const errors: ParseError[] = [];
    const want: ParseError[] = [];
    assert.deepEqual(project(parseJsonTree(text, errors, options)!), project(parseTree(text, want, options)!));
    assert.deepEqual(errors, want);
    assert.ok(errors.length > 0);
  }
});

setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

test('every node has the same properties in the same order, and one hidden class', () => {
  const text = '{"s": "x", "n": -1.5e3, "t": true, "z": null, "o": {}, "a": [[], {"k": "\\u00e9"}]}';
  const root = fastJsonTree(text)!;
  const nodes: Node[] = [];
  for (const stack = [root]; stack.length; ) {
    const n = stack.pop()!;
    nodes.push(n);
    stack.push(...(n.children ?? []));
  }
  assert.deepEqual(new Set(nodes.map((n) => n.type)), new Set(['object', 'property', 'string', 'number', 'boolean', 'null', 'array']));
  for (const n of nodes) {
    assert.deepEqual(Object.keys(n), ['type', 'value', 'offset', 'length', 'colonOffset', 'parent', 'children'], `${n.type} at ${n.offset}`);
    assert.ok(sameMap(n, root), `${n.type} at ${n.offset} shares the root's hidden class`);
  }
  // The check tells shapes apart: jsonc-parser's own nodes have several.
  const theirs = parseTree(text, [], OPTIONS)!;
  assert.equal(sameMap(theirs.children![0], theirs.children![0].children![1]), false);
});

test('jsonc-parser’s helpers read the fast tree as its own', () => {
  const text = readFileSync(join(ROOT, 'examples', 'edge-gateways.spectrum.jsonc'), 'utf8');
  const fast = fastJsonTree(text)!;
  const want = parseTree(text, [], OPTIONS)!;
  assert.ok(fast);
  assert.deepEqual(getNodeValue(fast), getNodeValue(want));
  for (let offset = 0; offset <= text.length; offset += 7) {
    const a = findNodeAtOffset(fast, offset);
    const b = findNodeAtOffset(want, offset);
    assert.deepEqual(a && project(a), b && project(b), `node at ${offset}`);
    if (a && b) assert.deepEqual(getNodePath(a), getNodePath(b), `path at ${offset}`);
  }
});
