import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JsonDocument } from '../../server/core/document';
import { applyEdits, compose, insertAfter as insertPrecise, remove as removePrecise, setValue as replacePrecise, type EditStep } from '../../server/core/edit';

import { parses } from '../helpers';

const run = (text: string, steps: (doc: JsonDocument) => EditStep[]) => {
  const doc = new JsonDocument(text);
  const edits = compose(doc, steps(doc));
  assert.ok(edits.length <= 1, 'compose gives one edit');
  const after = applyEdits(text, edits);
  assert.ok(parses(after) || !parses(text), `invalid result:\n${after}`);
  return after;
};

const SAMPLE = [
  '{',
  '  "protocol": "tcp/22", // edge',
  '  "origin_dns": { "name": "a.example.com" }, // dns comment',
  '  // port comment',
  '  "origin_port": 22, // trailing port',
  '  "dns": { "type": "CNAME", "name": "x.example.com" } // dns',
  '}',
  '',
].join('\n');

test('removePrecise takes the property line with its comma and trailing comment, nothing else', () => {
  assert.equal(run(SAMPLE, (d) => [removePrecise(d, ['origin_port'])]), SAMPLE.replace('  "origin_port": 22, // trailing port\n', ''));
  // The last property: the comma before it goes, the comment after that comma stays.
  assert.equal(
    run(SAMPLE, (d) => [removePrecise(d, ['dns'])]),
    SAMPLE.replace('"origin_port": 22, // trailing port', '"origin_port": 22 // trailing port').replace('  "dns": { "type": "CNAME", "name": "x.example.com" } // dns\n', ''),
  );
});

test('removePrecise on elements: first, last, and members sharing a line', () => {
  const arr = '{\n  "a": [\n    "x", // one\n    "y" // two\n  ]\n}\n';
  assert.equal(run(arr, (d) => [removePrecise(d, ['a', 0])]), '{\n  "a": [\n    "y" // two\n  ]\n}\n');
  assert.equal(run(arr, (d) => [removePrecise(d, ['a', 1])]), '{\n  "a": [\n    "x" // one\n  ]\n}\n');
  const inline = '{"a": [1, 2, 3], "b": 1, "c": 2}';
  assert.equal(run(inline, (d) => [removePrecise(d, ['a', 1])]), '{"a": [1, 3], "b": 1, "c": 2}');
  assert.equal(run(inline, (d) => [removePrecise(d, ['a', 2])]), '{"a": [1, 2], "b": 1, "c": 2}');
  assert.equal(run(inline, (d) => [removePrecise(d, ['c'])]), '{"a": [1, 2, 3], "b": 1}');
  assert.equal(run(inline, (d) => [removePrecise(d, ['a'])]), '{"b": 1, "c": 2}');
});

test('insertPrecise puts a new line after the sibling, indented like it, leaving the sibling untouched', () => {
  assert.equal(
    run(SAMPLE, (d) => [insertPrecise(d, [], 'origin_direct', ['tcp://192.0.2.1:22'], 'origin_dns')]),
    SAMPLE.replace('// dns comment\n', '// dns comment\n  "origin_direct": [\n    "tcp://192.0.2.1:22"\n  ],\n'),
  );
  // After the last property: a comma before its comment, the property on the next line.
  assert.equal(
    run(SAMPLE, (d) => [insertPrecise(d, [], 'tls', 'off')]),
    SAMPLE.replace('"x.example.com" } // dns\n', '"x.example.com" }, // dns\n  "tls": "off"\n'),
  );
  // A key that exists is replaced in place.
  assert.equal(run(SAMPLE, (d) => [insertPrecise(d, [], 'origin_port', 2222)]), SAMPLE.replace('"origin_port": 22,', '"origin_port": 2222,'));
  // One-line objects stay on one line.
  assert.equal(run('{"a": 1, "b": 2}', (d) => [insertPrecise(d, [], 'c', [3], 'a')]), '{"a": 1, "c": [3], "b": 2}');
});

test('the steps follow CRLF and tabs', () => {
  const text = '{\r\n\t"a": {\r\n\t\t"n": 1\r\n\t},\r\n\t"b": 2\r\n}\r\n';
  assert.equal(run(text, (d) => [insertPrecise(d, [], 'c', { x: [1] }, 'a')]), '{\r\n\t"a": {\r\n\t\t"n": 1\r\n\t},\r\n\t"c": {\r\n\t\t"x": [\r\n\t\t\t1\r\n\t\t]\r\n\t},\r\n\t"b": 2\r\n}\r\n');
  assert.equal(run(text, (d) => [removePrecise(d, ['b'])]), '{\r\n\t"a": {\r\n\t\t"n": 1\r\n\t}\r\n}\r\n');
  assert.equal(run(text, (d) => [replacePrecise(d, ['b'], ['x', 'y'])]), '{\r\n\t"a": {\r\n\t\t"n": 1\r\n\t},\r\n\t"b": [\r\n\t\t"x",\r\n\t\t"y"\r\n\t]\r\n}\r\n');
});

test('replacePrecise keeps a one-line array on one line and changes only the value', () => {
  const text = '{ "a": ["x", "y"], /* c */ "b": 1 }';
  assert.equal(run(text, (d) => [replacePrecise(d, ['a'], ['z'])]), '{ "a": ["z"], /* c */ "b": 1 }');
  assert.equal(run(text, (d) => [replacePrecise(d, ['a', 1], 'w')]), '{ "a": ["x", "w"], /* c */ "b": 1 }');
});

test('steps on paths that do not exist change nothing, and odd layouts still give valid JSON', () => {
  assert.equal(run(SAMPLE, (d) => [removePrecise(d, ['nope'])]), SAMPLE);
  const commaFirst = '{\n  "a": 1\n  , "b": 2\n}';
  const after = run(commaFirst, (d) => [removePrecise(d, ['a'])]);
  assert.deepEqual(JSON.parse(after), { b: 2 });
});
