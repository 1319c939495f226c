import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG, entry } from '../../server/core';
import { explainMarkdown, explainText, resolveEntry, searchCatalog } from '../../server/core/explain';

test('explainMarkdown shows title, code, HTTP status, cause, resolution, fields, messages and the docs link', () => {
  const md = explainMarkdown('11044')!;
  const e = entry('11044');
  assert.match(md, /^### 11044: Virtual network route not found/);
  assert.ok(md.includes('**HTTP status:** 400'));
  assert.ok(md.includes(e.cause));
  assert.ok(md.includes(e.resolution));
  assert.ok(md.includes('`virtual_network_id`'));
  assert.ok(md.includes('No matching routes in the specified virtual network.'));
  assert.ok(md.includes(`(${e.docs})`));
});

test('explain accepts the ways a person names an entry, and nothing else', () => {
  assert.equal(resolveEntry('1002')?.id, '1002');
  assert.equal(resolveEntry('TLS NAME MISMATCH ERROR')?.id, 'tls-name-mismatch-error');
  assert.equal(resolveEntry('522')?.id, 'event-522');
  assert.equal(explainMarkdown('not-a-code'), undefined);
  assert.equal(explainText('424242'), undefined);
});

test('event statuses say they are not HTTP statuses; failure reasons show the literal string', () => {
  assert.match(explainMarkdown('event-522')!, /Status 522: Origin connect timed out[\s\S]*not an HTTP status/);
  assert.match(explainMarkdown('http-timeout-occurred')!, /\*\*`failure_reason`:\*\* `HTTP timeout occurred`/);
});

test('explainText is plain text with the same facts', () => {
  const t = explainText('11002')!;
  assert.ok(!t.includes('`'));
  assert.match(t, /^11002: Invalid origin address/);
  assert.match(t, /Documentation: https:\/\/developers\.cloudflare\.com\/spectrum\/reference\/error-codes\/#11002--invalid-origin-address/);
  assert.ok(t.split('\n').every((l) => l.length <= 200));
});

test('every catalog entry explains in both forms', () => {
  for (const e of CATALOG) {
    assert.ok(explainMarkdown(e.id)?.includes(e.docs), e.id);
    assert.ok(explainText(e.id)?.includes(e.docs), e.id);
  }
});

test('searchCatalog matches id, code and title', () => {
  assert.ok(searchCatalog('virtual network').some((e) => e.id === '11044'));
  assert.ok(searchCatalog('1104').some((e) => e.id === '11045'));
  assert.equal(searchCatalog('').length, CATALOG.length);
});
