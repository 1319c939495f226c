import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLocation } from 'jsonc-parser';
import { JsonDocument } from '../../server/core/document';
import { locationAt } from '../../server/core/location';

const app = (i: number) => ({ id: `a${i}`, protocol: `tcp/${1000 + i}`, dns: { type: 'CNAME', name: `app-${i}.example.com` }, origin_direct: [`tcp://192.0.2.${i}:${1000 + i}`], edge_ips: { type: 'dynamic', connectivity: 'all' }, argo_smart_routing: i % 2 === 0 });
const apps = Array.from({ length: 6 }, (_, i) => app(i));

/** What completion reads of a location, in a form assert.deepEqual compares. */
function seen(loc: { path: unknown[]; isAtPropertyKey: boolean; previousNode?: { type: string; value?: unknown; offset: number; length: number; colonOffset?: number } }) {
  const p = loc.previousNode;
  return { path: loc.path, key: loc.isAtPropertyKey, previous: p && { type: p.type, value: p.value, offset: p.offset, length: p.length, colonOffset: p.colonOffset } };
}

function sameEverywhere(doc: JsonDocument): void {
  for (let o = 0; o <= doc.text.length; o++) {
    assert.deepEqual(seen(locationAt(doc, o)), seen(getLocation(doc.text, o)), `at offset ${o}: ${JSON.stringify(doc.text.slice(Math.max(0, o - 12), o))}|`);
  }
}

test('location: at every offset the same as a scan of the whole text (envelope, root array, compact, one object)', () => {
  const envelope = JSON.stringify({ success: true, errors: [], messages: [], result: apps, result_info: { page: 1 } }, null, 2);
  for (const text of [envelope, JSON.stringify(apps, null, 2), JSON.stringify(apps), JSON.stringify(app(1), null, 2)]) sameEverywhere(new JsonDocument(text, '/w/apps.json'));
});

test('location: the same after a re-parse of one element moved the later ones, and in a text with a syntax error', () => {
  const text = JSON.stringify(apps, null, 2);
  const before = new JsonDocument(text, '/w/apps.json');
  const edited = text.replace('"app-1.example.com"', '"a-much-longer-name-1.example.com"');
  const after = new JsonDocument(edited, '/w/apps.json', undefined, before);
  assert.ok(after.reparsed, 'one element was re-parsed');
  sameEverywhere(after);
  const broken = new JsonDocument(text.replace('"protocol": "tcp/1003",', '"protocol": "tcp/1003", "",'), '/w/apps.json');
  assert.ok(broken.errors.length > 0);
  sameEverywhere(broken);
});
