import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../server/core';

/** Every .json file below a folder (no lock files, nothing huge), in a stable order. */
function jsonFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) jsonFiles(p, out);
    else if (name.endsWith('.json') && name !== 'package-lock.json' && st.size < 512 * 1024) out.push(p);
  }
  return out;
}

test('real-world JSON (every manifest, tsconfig, schema and data file of our dependencies) gets no finding', () => {
  const nodeModules = dirname(dirname(require.resolve('jsonc-parser/package.json')));
  const files = jsonFiles(nodeModules);
  assert.ok(files.length > 200, `expected a varied set, found ${files.length} files`);
  const noisy = files
    .map((f) => ({ f, ids: lint(readFileSync(f, 'utf8'), { path: f }).findings.map((x) => x.id) }))
    .filter((r) => r.ids.length > 0);
  assert.deepEqual(noisy, []);
});

/** Configuration of other tools that shares words with Spectrum and Load Balancing objects. */
const NEAR_MISSES: Record<string, unknown> = {
  'daemon.json': { dns: ['8.8.8.8'], 'log-driver': 'json-file', 'live-restore': true },
  'cloudformation.json': {
    Resources: { Listener: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { Protocol: 'TCP', Port: 22 } } },
  },
  'service.json': { apiVersion: 'v1', kind: 'Service', spec: { ports: [{ protocol: 'TCP', port: 22, targetPort: 2222 }] } },
  'terraform.tfstate.json': {
    version: 4,
    resources: [
      {
        type: 'cloudflare_spectrum_application',
        instances: [{ attributes: { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh' }, origin_direct: ['tcp://10.0.0.1:22'] } }],
      },
    ],
  },
  'openapi.json': {
    openapi: '3.0.0',
    components: { schemas: { App: { properties: { protocol: { type: 'string' }, origin_direct: { type: 'array' } } } } },
  },
  'settings.json': { 'files.associations': { '*.spectrum.json': 'jsonc' }, 'json.schemas': [{ fileMatch: ['x'], url: 'y' }] },
  'healthcheck.json': { healthcheck: { type: 'http', interval: 30, timeout: 5, retries: 3, path: '/health' } },
  'proxy.json': { protocol: 'tcp/22', name: 'ssh tunnel', listen: 2222 },
};

test('configuration of other tools that shares field names gets no finding', () => {
  for (const [name, value] of Object.entries(NEAR_MISSES)) {
    assert.deepEqual(lint(JSON.stringify(value, null, 2), { path: `/work/project/${name}` }).findings.map((f) => f.id), [], name);
  }
});
