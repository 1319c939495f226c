import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagged, json, only, expectClean } from '../../../helpers';
import { dns, problemIds } from './origin-fixtures';

const app = (name: string) => json({ protocol: 'tcp/22', dns, origin_dns: { name }, origin_port: 22 });

test('tunnel-origin stays quiet on other hostnames', () => {
  for (const name of ['origin.example.com', 'cfargotunnel.com.example.com', 'notcfargotunnel.com']) expectClean(app(name));
});

test('tunnel-origin warns on <UUID>.cfargotunnel.com in any case, without a fix', () => {
  for (const name of ['f70ff985-a4ef-4643-bbbc-4a0ed4fc8415.cfargotunnel.com', 'F70FF985-A4EF-4643-BBBC-4A0ED4FC8415.CFARGOTUNNEL.COM.']) {
    const text = app(name);
    const f = only(text, 'tunnel-origin');
    assert.equal(flagged(text, f), JSON.stringify(name));
    assert.equal(f.severity, 'warning');
    assert.equal(f.fixes, undefined);
    assert.deepEqual(problemIds(text), ['tunnel-origin']);
  }
});
