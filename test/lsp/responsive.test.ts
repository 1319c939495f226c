import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestClient } from './client';

const app = (i: number) => ({
  protocol: `tcp/${1000 + i}`,
  dns: { type: 'CNAME', name: `app-${i}.example.com` },
  origin_direct: [i % 5 === 0 ? `tcp://2001:db8::${i.toString(16)}:${1000 + i}` : `tcp://192.0.2.${i % 250}:${1000 + i}`],
});

test('a request about a small document is answered while a large one is still being checked', async (t) => {
  const c = await TestClient.start({ pull: true });
  t.after(() => c.alive && c.kill());
  const big = await c.open('dump.json', JSON.stringify({ success: true, errors: [], result: Array.from({ length: 6000 }, (_, i) => app(i)) }, null, 2));
  const small = await c.open('one.spectrum.json', JSON.stringify(app(5), null, 2));
  const order: string[] = [];
  const bigDone = c.pulled(big).then((d) => {
    order.push('big');
    return d;
  });
  const smallDone = c.pulled(small).then((d) => {
    order.push('small');
    return d;
  });
  const [bigDiagnostics, smallDiagnostics] = await Promise.all([bigDone, smallDone]);
  assert.deepEqual(order, ['small', 'big'], 'the small document did not wait for the large one');
  assert.deepEqual(smallDiagnostics.map((d) => d.code), [11002]);
  assert.equal(bigDiagnostics.filter((d) => d.code === 11002).length, 1200);
});

test('edits in a large document: each pull answers the newest version, with the findings of a fresh check', async (t) => {
  const c = await TestClient.start({ pull: true });
  t.after(() => c.alive && c.kill());
  const apps = Array.from({ length: 2000 }, (_, i) => app(i));
  const uri = await c.open('dump.json', JSON.stringify({ success: true, errors: [], result: apps }, null, 2));
  await c.pulled(uri);
  // Break one app, mend another, then break a third: findings move with the text.
  await c.replace(uri, '"tcp://192.0.2.1:1001"', '"tcp://2001:db8::1:1001"');
  await c.replace(uri, '"tcp://2001:db8::a:1010"', '"tcp://192.0.2.10:1010"');
  const afterEdits = await c.pulled(uri);
  const fresh = await TestClient.start({ pull: true });
  t.after(() => fresh.alive && fresh.kill());
  const same = await fresh.open('dump.json', c.text(uri));
  // The same diagnostics but for the version they were made for.
  const unversioned = (ds: typeof afterEdits) => ds.map((d) => ({ ...d, data: { ...(d.data as object), version: undefined } }));
  assert.deepEqual(unversioned(afterEdits), unversioned(await fresh.pulled(same)));
  assert.equal(afterEdits.filter((d) => d.code === 11002).length, 400);
});
