import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CloudflareError } from '../../server/cloudflare/client';
import { ageOf, explainFailure } from '../../client/context-format';

test('ageOf: minutes, hours, days; undefined for a bad date', () => {
  const now = Date.parse('2026-11-22T12:00:00Z');
  assert.equal(ageOf('2026-11-22T11:45:00Z', now), '15 min old');
  assert.equal(ageOf('2026-11-22T09:00:00Z', now), '3 h old');
  assert.equal(ageOf('2026-11-19T12:00:00Z', now), '3 d old');
  assert.equal(ageOf('yesterday', now), undefined);
});

test('explainFailure adds the catalog title and resolution of known API codes only', () => {
  const known = new CloudflareError('api', 'GET /x failed: 7003 No route for the URI', '/x', 404, [{ code: 7003, message: 'No route for the URI' }]);
  assert.match(explainFailure(known), /^GET \/x failed: 7003 No route for the URI \(7003 No route for the URI: Check the method/);
  const unknown = new CloudflareError('api', 'GET /x failed: 10000 Authentication error', '/x', 403, [{ code: 10000, message: 'Authentication error' }]);
  assert.equal(explainFailure(unknown), 'GET /x failed: 10000 Authentication error');
});
