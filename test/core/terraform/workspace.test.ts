import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizeText } from '../../../server/core/workspace/summarize';
import { expectFindings } from '../../helpers';
import { edit, TF, TF_JSON, useTerraform, V4, V5 } from './corpus';

useTerraform();

test('two Spectrum applications of one module on the same hostname and port are duplicates, as in JSON', () => {
  const text = V5.app + '\n' + edit(V4.app, '"ssh" {', '"ssh_v4" {');
  expectFindings(text, [['duplicate-hostname', '"ssh.example.com"'], ['duplicate-hostname', '"ssh.example.com"']], TF);
});

test('two pools of one module with the same name are duplicates', () => {
  const text = V5.pool + '\n' + edit(V5.pool, '"web" {', '"web_b" {');
  expectFindings(text, [['duplicate-pool-name', '"web"'], ['duplicate-pool-name', '"web"']], TF);
});

test('the workspace summary of a .tf file holds its resources, for cross-file checks', () => {
  const s = summarizeText(V5.app + V5.monitor + V5.pool, '/work/infra/main.tf');
  assert.deepEqual([s.apps.length, s.monitors.length, s.pools.length], [1, 1, 1]);
  assert.equal(s.apps[0]!.dnsName, 'ssh.example.com');
  assert.equal(s.apps[0]!.pointer, '/resource/cloudflare_spectrum_application/ssh');
});

test('a pool whose monitor is a reference to a monitor resource is monitored: a private origin is 1002', () => {
  const pool = edit(V5.pool, '"origin-1.example.com"', '"10.0.0.1"');
  expectFindings(V5.monitor + '\n' + pool, [['1002', '"10.0.0.1"']], TF);
  // The monitor may be in another file of the module: the reference alone says it is a monitor.
  expectFindings(pool, [['1002', '"10.0.0.1"']], TF);
  // A variable could hold anything, or nothing: not guessed at.
  expectFindings(edit(pool, 'cloudflare_load_balancer_monitor.http.id', 'var.monitor_id'), [], TF);
  expectFindings(V4.monitor + '\n' + edit(V4.pool, '"origin-1.example.com"', '"10.0.0.1"'), [['1002', '"10.0.0.1"']], TF);
});

test('.tf.json: a monitor written "${cloudflare_load_balancer_monitor.x.id}" is a reference too: a private origin is 1002', () => {
  const pool = (monitor: string) => JSON.stringify({ resource: { cloudflare_load_balancer_pool: { web: { name: 'web', monitor, origins: [{ address: '10.0.0.1' }] } } } }, null, 2);
  expectFindings(pool('${cloudflare_load_balancer_monitor.http.id}'), [['1002', '"10.0.0.1"']], TF_JSON);
  expectFindings(pool('${var.monitor_id}'), [], TF_JSON);
});
