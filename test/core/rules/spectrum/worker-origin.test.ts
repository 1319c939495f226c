import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, flagged, json } from '../../../helpers';

const WORKER = { protocol: 'tcp/9000', dns: { type: 'CNAME', name: 'edge.example.com' }, traffic_type: 'worker', origin_worker_id: '023e105f4ecef8ad9ca31a8372d0c353', tls: 'flexible' };
const of = (text: string) => findings(text).map((f) => `${f.id} ${f.severity} ${flagged(text, f)}`);

test('traffic_type "worker" with origin_worker_id: accepted, with one information note that the value is new', () => {
  const text = json(WORKER);
  assert.deepEqual(of(text), ['worker-origin information "worker"']);
  assert.match(findings(text)[0].message, /is new: Cloudflare's API specification lists it/);
});

test('the constraints of a Worker origin are warnings, never errors', () => {
  const text = json({ ...WORKER, protocol: 'udp/9000', origin_worker_id: 'my-worker', origin_dns: { name: 'o.example.com' }, origin_port: 9000, tls: 'full', proxy_protocol: 'v1' });
  const got = findings(text).filter((f) => f.id === 'worker-origin');
  assert.deepEqual(got.map((f) => [f.severity, flagged(text, f)]), [
    ['warning', '"udp/9000"'],
    ['information', '"worker"'],
    ['warning', '"my-worker"'],
    ['warning', '"full"'],
    ['warning', '"origin_dns"'],
    ['warning', '"origin_port"'],
    ['warning', '"v1"'],
  ]);
  assert.ok(!findings(text).some((f) => f.severity === 'error' && f.id !== 'proxy-protocol-transport'), of(text).join('\n'));
  const { origin_worker_id: _id, ...noId } = WORKER;
  assert.deepEqual(of(json(noId)), ['worker-origin warning "traffic_type"', 'worker-origin information "worker"']);
  const { traffic_type: _t, ...noType } = WORKER;
  assert.ok(of(json({ ...noType, traffic_type: 'direct' })).includes('worker-origin warning "origin_worker_id"'));
});
