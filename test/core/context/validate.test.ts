import assert from 'node:assert/strict';
import { test } from 'node:test';
import { according, loadAccountText, resolveAccount, validateAccount } from '../../../server/core/context';

const src = { kind: 'file' as const, path: '/ws/spectrum-lint.config.json' };

test('a complete context validates without problems and keeps every part', () => {
  const { context, problems } = validateAccount(
    {
      plan: 'Enterprise',
      spectrum: 'paid',
      entitlements: { ftp: true, byoip: false },
      zone: { name: 'Example.com.', id: 'z1' },
      zones: ['other.com', { name: 'third.org', id: 'z3' }],
      virtual_networks: { success: true, result: [{ id: 'v1', name: 'n' }] },
      routes: [{ network: '10.0.0.0/8', virtual_network_id: 'v1' }],
      prefixes: [{ cidr: '203.0.113.0/24' }],
      spectrum_apps: [{ id: 'a', protocol: 'tcp/22' }],
      quotas: { ipv4: 2, pools: 20 },
    },
    src,
  );
  assert.deepEqual(problems, []);
  assert.equal(context.plan, 'enterprise');
  assert.deepEqual(context.zone, { name: 'example.com', id: 'z1' });
  assert.deepEqual(context.zones, [{ name: 'other.com' }, { name: 'third.org', id: 'z3' }]);
  assert.equal(context.virtual_networks?.length, 1);
  assert.deepEqual(context.entitlements, { ftp: true, byoip: false });
  assert.deepEqual(context.quotas, { ipv4: 2, pools: 20 });
});

test('the list form of entitlements makes the unlisted ones known to be off', () => {
  const { context } = validateAccount({ entitlements: ['byoip'] }, src);
  assert.deepEqual(context.entitlements, { ftp: false, byoip: true, argo_smart_routing: false, load_balancing: false });
});

test('wrong shapes are problems with pointers, and the rest is kept', () => {
  const { context, problems } = validateAccount(
    { plan: 'gold', spectrum: 1, routes: [{ network: '10.0.0.0/33' }, { network: '10.0.0.0/8' }], quotas: { ipv4: -1, disks: 3 }, colour: 'x' },
    src,
  );
  assert.deepEqual(problems.map((p) => p.pointer).sort(), ['/colour', '/plan', '/quotas/disks', '/quotas/ipv4', '/routes/0/network', '/spectrum']);
  assert.equal(context.plan, undefined);
  assert.equal(context.routes?.length, 1);
  assert.deepEqual(validateAccount('nope', src).problems.map((p) => p.pointer), ['']);
});

test('pulled_at marks the context as pulled, and messages say when', () => {
  const { context } = validateAccount({ pulled_at: '2026-11-22T10:00:00Z' }, { kind: 'file', path: '/ws/ctx.json' });
  assert.equal(context.source.kind, 'pull');
  assert.equal(according(context), 'according to the account context pulled 2026-11-22 10:00 UTC');
  assert.equal(according(validateAccount({}, src).context), 'according to the account context in spectrum-lint.config.json');
});

test('a context file with problems gives config-invalid findings on the offending values', () => {
  const text = '{\n  // hand-written\n  "plan": "gold",\n  "routes": [ { "network": "nope" } ],\n}\n';
  const { context, findings } = loadAccountText(text, '/ws/ctx.jsonc');
  assert.ok(context);
  assert.deepEqual(findings.map((f) => [f.id, text.slice(f.offset, f.offset + f.length)]), [
    ['config-invalid', '"gold"'],
    ['config-invalid', '"nope"'],
  ]);
  assert.equal(loadAccountText('{ "plan": ', '/ws/ctx.json').context, undefined);
});

test('resolveAccount reads a path relative to the configuration file, through the injected reader', () => {
  const files: Record<string, string> = { '/ws/cf/account.json': '{ "plan": "pro" }' };
  const read = (p: string) => files[p.replace(/\\/g, '/')];
  const r = resolveAccount('cf/account.json', '/ws/spectrum-lint.config.json', read);
  assert.equal(r.context?.plan, 'pro');
  assert.equal(r.contextPath?.replace(/\\/g, '/'), '/ws/cf/account.json');
  const missing = resolveAccount('nope.json', '/ws/spectrum-lint.config.json', read, '{ "account": "nope.json" }');
  assert.equal(missing.context, undefined);
  assert.equal(missing.diagnostics[0].findings[0].id, 'config-invalid');
});

test('an inline account object locates its values in the configuration file', () => {
  const text = '{ "account": { "plan": "pro", "routes": [ { "network": "10.0.0.0/8" } ] } }';
  const r = resolveAccount(JSON.parse(text).account, '/ws/spectrum-lint.config.json', () => undefined, text);
  const at = r.context?.locate?.('/routes/0');
  assert.ok(at);
  assert.equal(at.path, '/ws/spectrum-lint.config.json');
  assert.equal(at.range.start.character, text.indexOf('{ "network"'));
});
