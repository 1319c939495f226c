import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze, lint, ObjectCache, RULES, type LintOptions } from '../../server/core';
import { fastJsonTree } from '../../server/core/json-tree';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

function dump(count: number): string {
  const result = [];
  for (let i = 0; i < count; i++) {
    result.push({
      id: `${i.toString(16).padStart(6, '0')}${'c'.repeat(26)}`,
      protocol: `tcp/${2000 + i}`,
      dns: { type: 'CNAME', name: `service-${i}.example.com` },
      origin_direct: [`tcp://192.0.2.${i % 250}:${2000 + i}`],
      argo_smart_routing: false,
    });
  }
  return JSON.stringify({ success: true, errors: [], result }, null, 2) + '\n';
}

test('editing one app after another does not keep a copy of the document per edit', () => {
  let text = dump(600);
  const options: LintOptions = { path: '/w/apps.json' };
  const cache = new ObjectCache();
  let analysis = analyze(text, options);
  lint(analysis, options, RULES, cache);
  const edit = (k: number) => {
    const at = text.indexOf('"argo_smart_routing": ', text.indexOf(`"service-${k}.example.com"`)) + '"argo_smart_routing": '.length;
    text = text.startsWith('true', at) ? text.slice(0, at) + 'false' + text.slice(at + 4) : text.slice(0, at) + 'true' + text.slice(at + 5);
    analysis = analyze(text, options, analysis);
    assert.ok(analysis.doc?.reparsed, 'an edit inside one app');
    lint(analysis, options, RULES, cache);
  };
  for (let k = 0; k < 5; k++) edit(k);
  const before = heapUsed();
  const edits = 60;
  for (let k = 5; k < 5 + edits; k++) edit(k * 7);
  const grown = heapUsed() - before;
  // Each version's text is about 170 KB (Latin-1); a leak of one per edit would be 60 of them.
  assert.ok(grown < 8 * text.length, `the heap grew by ${(grown / 1024).toFixed(0)} KB over ${edits} edits of a ${(text.length / 1024).toFixed(0)} KB document`);
});

test('typing thousands of values into one app keeps the object cache small: old texts are forgotten', () => {
  const options: LintOptions = { path: '/w/apps.json' };
  const cache = new ObjectCache();
  // An id typed digit by digit: a new text of the app every time, in no message.
  const text = (k: number) => dump(1).replace(/"id": "[0-9a-f]{6}/, `"id": "${k.toString(16).padStart(6, '0')}`);
  let analysis = analyze(text(0), options);
  lint(analysis, options, RULES, cache);
  const edit = (k: number) => {
    analysis = analyze(text(k), options, analysis);
    lint(analysis, options, RULES, cache);
  };
  for (let k = 1; k < 200; k++) edit(k);
  const before = heapUsed();
  const edits = 3000;
  for (let k = 200; k < 200 + edits; k++) edit(k);
  const grown = heapUsed() - before;
  // Every edit makes a new text of the app: kept, 3,000 of them with their reports are over 2 MB.
  assert.ok(grown < 1536 * 1024, `the heap grew by ${(grown / 1024).toFixed(0)} KB over ${edits} edits of one app`);
});

test('the JSON parser keeps nothing of a tree once its caller drops it', async () => {
  let root = fastJsonTree(dump(50));
  assert.equal(root?.children?.[2]?.children?.[1]?.children?.length, 50);
  const ref = new WeakRef(root!);
  root = undefined;
  // Its items waited on a stack of the parser's: emptied after the parse, else every node stayed alive.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  assert.equal(ref.deref(), undefined);
});
