import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostHeaderProblem, hostPart } from '../../../server/core/lb/host';

test('hostHeaderProblem accepts hostnames and IPs with or without a port', () => {
  for (const ok of ['app.example.com', 'app.example.com:8443', 'localhost', '45.60.12.10', '[2606:4700::1]:443', '2606:4700::1']) {
    assert.equal(hostHeaderProblem(ok), undefined, ok);
  }
});

test('hostHeaderProblem finds the hostname inside a URL, and has no repair for garbage', () => {
  assert.equal(hostHeaderProblem('https://app.example.com/health')?.host, 'app.example.com');
  assert.equal(hostHeaderProblem('app.example.com/')?.host, 'app.example.com');
  for (const bad of ['', '<hostname>', 'two words', 'app.example.com:99999']) {
    const p = hostHeaderProblem(bad);
    assert.ok(p, bad);
    assert.equal(p.host, undefined, bad);
  }
});

test('hostPart drops the port and brackets', () => {
  assert.equal(hostPart('app.example.com:8443'), 'app.example.com');
  assert.equal(hostPart('[2606:4700::1]:443'), '2606:4700::1');
  assert.equal(hostPart('2606:4700::1'), '2606:4700::1');
});
