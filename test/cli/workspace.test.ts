import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../../server/cli/run';
import type { CliIo } from '../../server/cli/io';

const VNET = 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415';
const write = (dir: string, name: string, value: unknown) => writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');

async function lint(cwd: string, args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, env: {}, cwd };
  const code = await runCli([...args, '--format', 'json'], io);
  const report = JSON.parse(out.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: number | string; message: string }> }> };
  const codes = Object.fromEntries(report.files.map((f) => [f.path, f.diagnostics.map((d) => d.code)]));
  return { code, codes, report, stderr: out.stderr };
}

const app = (name: string, extra: Record<string, unknown> = {}) => ({ protocol: 'tcp/22', dns: { type: 'CNAME', name }, origin_direct: ['tcp://10.0.0.5:22'], virtual_network_id: VNET, ...extra });

test('the CLI lints with the account context named in spectrum-lint.config.json and reports problems in the context file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-ws-'));
  write(dir, 'spectrum-lint.config.json', { account: './account.json' });
  write(dir, 'account.json', { pulled_at: '2026-11-22T10:00:00Z', plan: 'platinum', virtual_networks: [{ id: VNET, name: 'vpc' }], routes: [{ network: '10.0.0.0/24', virtual_network_id: VNET }] });
  mkdirSync(join(dir, 'spectrum'));
  write(dir, 'spectrum/inside.json', app('a.example.com'));
  write(dir, 'spectrum/outside.json', app('b.example.com', { origin_direct: ['tcp://10.9.0.5:22'] }));
  const r = await lint(dir, ['.']);
  assert.equal(r.code, 1, r.stderr);
  assert.ok(!r.codes['spectrum/inside.json']?.includes(11044));
  assert.ok(r.codes['spectrum/outside.json'].includes(11044));
  const msg = r.report.files.find((f) => f.path === 'spectrum/outside.json')!.diagnostics.find((d) => d.code === 11044)!.message;
  assert.match(msg, /according to the account context pulled 2026-11-22 10:00 UTC/);
  assert.deepEqual(r.codes['account.json'], ['config-invalid']);
});

const routed = (network: string) => ({ pulled_at: '2026-11-22T10:00:00Z', plan: 'enterprise', virtual_networks: [{ id: VNET, name: 'vpc' }], routes: [{ network, virtual_network_id: VNET }] });

test('without a configuration account, spectrum-lint.account.json in the current folder (as context pull writes it) applies', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-ws-'));
  write(dir, 'spectrum-lint.account.json', routed('10.0.0.0/24'));
  write(dir, 'inside.json', app('a.example.com', { traffic_type: 'direct' }));
  write(dir, 'outside.json', app('b.example.com', { origin_direct: ['tcp://10.9.0.5:22'], traffic_type: 'direct' }));
  const r = await lint(dir, ['.']);
  assert.deepEqual(r.codes['inside.json'] ?? [], [], r.stderr);
  assert.deepEqual(r.codes['outside.json'], [11044]);
  // Without it, the account check is off: the same app passes.
  const bare = mkdtempSync(join(tmpdir(), 'sl-ws-'));
  write(bare, 'outside.json', app('b.example.com', { origin_direct: ['tcp://10.9.0.5:22'], traffic_type: 'direct' }));
  assert.deepEqual((await lint(bare, ['.'])).codes['outside.json'] ?? [], []);
});

test('a configuration account wins over the default file, and --context over both; an unreadable --context is a usage error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-ws-'));
  write(dir, 'spectrum-lint.account.json', routed('10.9.0.0/24'));
  write(dir, 'spectrum-lint.config.json', { account: './team.account.json' });
  write(dir, 'team.account.json', routed('10.0.0.0/24'));
  write(dir, 'other.account.json', routed('10.7.0.0/24'));
  write(dir, 'app.json', app('b.example.com', { origin_direct: ['tcp://10.9.0.5:22'], traffic_type: 'direct' }));
  assert.deepEqual((await lint(dir, ['app.json'])).codes['app.json'], [11044], 'the configuration\'s account, not the default file');
  const other = await lint(dir, ['app.json', '--context', 'other.account.json']);
  assert.deepEqual(other.codes['app.json'], [11044]);
  assert.match(other.report.files[0].diagnostics[0].message, /10\.7\.0\.0\/24|no route/i);
  write(dir, 'routed.account.json', routed('10.9.0.0/16'));
  assert.deepEqual((await lint(dir, ['app.json', '--context', 'routed.account.json'])).codes['app.json'] ?? [], [], '--context over the configuration');
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, env: {}, cwd: dir };
  assert.equal(await runCli(['app.json', '--context', 'missing.json'], io), 2);
  assert.match(out.stderr, /cannot read the account context --context missing\.json/);
});

test('the CLI finds duplicates across the files it is given, and only among them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sl-ws-'));
  const plain = (name: string) => ({ protocol: 'tcp/22', dns: { type: 'CNAME', name }, origin_direct: ['tcp://192.0.2.1:22'] });
  write(dir, 'a.spectrum.json', plain('ssh.example.com'));
  write(dir, 'b.spectrum.json', plain('ssh.example.com'));
  write(dir, 'c.spectrum.json', plain('other.example.com'));
  write(dir, 'p1.pool.json', { name: 'primary', check_regions: ['WNAM'], origins: [{ name: 'o', address: '93.184.216.34' }] });
  write(dir, 'p2.pool.json', { name: 'primary', check_regions: ['WNAM'], origins: [{ name: 'o', address: '93.184.216.35' }] });
  const r = await lint(dir, ['.']);
  assert.ok(r.codes['a.spectrum.json'].includes('duplicate-hostname'));
  assert.ok(r.codes['b.spectrum.json'].includes('duplicate-hostname'));
  assert.ok(!r.codes['c.spectrum.json']?.includes('duplicate-hostname'));
  assert.ok(r.codes['p1.pool.json'].includes('duplicate-pool-name'));
  assert.ok(r.codes['p2.pool.json'].includes('duplicate-pool-name'));
  const one = await lint(dir, ['a.spectrum.json', 'c.spectrum.json']);
  assert.ok(!one.codes['a.spectrum.json']?.includes('duplicate-hostname'));
});
