import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, json } from '../../../helpers';
import { account } from '../../context/support';

const pool = (extra: Record<string, unknown> = {}, origins: unknown[] = [{ name: 'a', address: '93.184.216.34' }]) => ({ name: 'primary', check_regions: ['WNAM'], origins, ...extra });
const of = (text: string, id: string, options: object) => findings(text, options).filter((f) => f.id === id);

test('1002 Host header not under an account zone', () => {
  const ctx = account({ zone: { name: 'example.com' }, zones: ['example.net'] });
  const text = json(pool({}, [
    { name: 'a', address: '93.184.216.34', header: { Host: ['app.example.com'] } },
    { name: 'b', address: '93.184.216.35', header: { Host: ['app.example.net'] } },
    { name: 'c', address: 'origin.cdn.io', header: { Host: ['origin.cdn.io'] } },
    { name: 'd', address: '93.184.216.36', header: { Host: ['www.partner.io'] } },
  ]));
  const fs = of(text, '1002', { account: ctx });
  assert.deepEqual(fs.map((f) => flagged(text, f)), ['"www.partner.io"']);
  assert.match(fs[0].message, /not under a zone of the account \(example\.com, example\.net\), according to .*only if www\.partner\.io publicly resolves to 93\.184\.216\.36/);
  assert.deepEqual(of(text, '1002', {}), []);
  assert.deepEqual(of(text, '1002', { account: account({ plan: 'enterprise' }) }), []);
});
