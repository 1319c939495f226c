import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, fixesOf, flagged, json, only, expectClean } from '../../../helpers';
import { HTTPS_MONITOR, TCP_MONITOR } from '../lb/fixtures';

test('monitor-method does not fire on GET for https or connection_established for tcp', () => {
  expectClean(json(HTTPS_MONITOR));
  expectClean(json({ ...TCP_MONITOR, method: 'connection_established' }));
});

test('monitor-method sets connection_established on a tcp monitor', async () => {
  const text = json({ ...TCP_MONITOR, method: 'GET' });
  assert.equal(flagged(text, only(text, 'monitor-method')), '"GET"');
  const [fix] = await fixesOf(text, 'monitor-method');
  assert.equal(JSON.parse(applyFix(text, 'monitor-method', fix)).method, 'connection_established');
});

test('monitor-method sets GET on an https monitor with the tcp method', async () => {
  const text = json({ ...HTTPS_MONITOR, method: 'connection_established' });
  const [fix] = await fixesOf(text, 'monitor-method');
  assert.equal(JSON.parse(applyFix(text, 'monitor-method', fix)).method, 'GET');
});
