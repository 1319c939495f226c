import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, json, expectClean, expectFindings } from '../../../helpers';
import { POOL } from '../lb/fixtures';

const withOrigins = (...origins: object[]) => json({ ...POOL, origins });

const origin = { name: 'a', address: '45.60.12.10' };

test('pool-origin-host-header accepts one Host in an array', () => {
  expectClean(withOrigins({ ...origin, header: { Host: ['app.example.com'] } }));
});

test('pool-origin-host-header wraps a string Host', async () => {
  const text = withOrigins({ ...origin, header: { Host: 'app.example.com' } });
  const [fix] = await fixesOf(text, 'pool-origin-host-header');
  assert.equal(fix.kind, 'safe');
  assert.deepEqual(JSON.parse(applyFix(text, 'pool-origin-host-header', fix)).origins[0].header, { Host: ['app.example.com'] });
});

test('pool-origin-host-header keeps one of several Host values', async () => {
  const text = withOrigins({ ...origin, header: { Host: ['a.example.com', 'b.example.com'] } });
  const [first, second] = await fixesOf(text, 'pool-origin-host-header');
  assert.equal(first.kind, 'choice');
  assert.deepEqual(JSON.parse(applyFix(text, 'pool-origin-host-header', second)).origins[0].header, { Host: ['b.example.com'] });
});

test('pool-origin-host-header renames host to Host and offers to remove other headers', async () => {
  const text = withOrigins({ ...origin, header: { host: ['app.example.com'] } });
  const [rename] = await fixesOf(text, 'pool-origin-host-header');
  assert.deepEqual(JSON.parse(applyFix(text, 'pool-origin-host-header', rename)).origins[0].header, { Host: ['app.example.com'] });
  const other = withOrigins({ ...origin, header: { Host: ['app.example.com'], 'X-Env': ['prod'] } });
  expectFindings(other, [['pool-origin-host-header', '"X-Env"']]);
  const [drop] = await fixesOf(other, 'pool-origin-host-header');
  assert.deepEqual(JSON.parse(applyFix(other, 'pool-origin-host-header', drop)).origins[0].header, { Host: ['app.example.com'] });
});

test('pool-origin-host-header flags a header that is not an object, once', () => {
  const text = withOrigins({ ...origin, header: 'Host: app.example.com' });
  expectFindings(text, [['pool-origin-host-header', '"Host: app.example.com"', { message: /must be an object/ }]]);
});

test('pool-origin-host-header wraps in place, keeping an inline origin on one line', async () => {
  const text = '{"name": "p", "origins": [\n  { "name": "a", "address": "45.60.12.10", "header": { "Host": "app.example.com" } }\n]}\n';
  const [fix] = await fixesOf(text, 'pool-origin-host-header');
  assert.equal(applyFix(text, 'pool-origin-host-header', fix), text.replace('"app.example.com"', '["app.example.com"]'));
});
