import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, CATALOG, lint, RULES, type Rule } from '../../server/core';
import { json } from '../helpers';
import { account } from './context/support';

const LINTED_KINDS = ['spectrum-app', 'monitor', 'pool'] as const;

/** One rule per catalog entry that reports its entry on every linted object: every check, through the engine. */
const EVERY_CHECK: Rule[] = CATALOG.map((e) => ({
  name: `every-${e.id}`,
  reports: [e.id],
  kinds: [...LINTED_KINDS],
  check: ({ target, report }) => report({ id: e.id, node: target.node, message: `${e.id} here` }),
}));

const APP = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://93.184.216.34:22'] };
const MONITOR = { type: 'tcp', port: 22, interval: 60, timeout: 5, retries: 2 };
const POOL = { name: 'primary', origins: [{ name: 'a', address: '93.184.216.34' }] };

test('every catalog entry says whether it applies to requests, responses or both', () => {
  for (const e of CATALOG) assert.ok(['request', 'response', 'both'].includes(e.appliesTo), e.id);
  // Advice to set, rename or remove a field, and account predictions, are about what is sent.
  for (const id of ['traffic-type-default', 'legacy-field', 'lb-deprecated-field', 'unknown-field', 'lb-unknown-field', 'read-only-field', 'monitor-field-not-for-type', 'enterprise-monitor-type', '11044']) {
    assert.equal(CATALOG.find((e) => e.id === id)?.appliesTo, 'request', id);
  }
});

test('every check walked on a response-shaped document: only entries that apply to responses are reported', () => {
  const response = json({ success: true, errors: [], messages: [], result: [APP, MONITOR, POOL] });
  const r = lint(response, {}, EVERY_CHECK);
  assert.deepEqual(r.targets.map((t) => `${t.kind}:${t.role}`), ['spectrum-app:response', 'monitor:response', 'pool:response']);
  const expected = CATALOG.filter((e) => e.appliesTo !== 'request').map((e) => e.id).sort();
  for (const t of r.targets) assert.deepEqual([...new Set(r.findings.filter((f) => f.offset === t.node.offset).map((f) => f.id))].sort(), expected, t.kind);
  assert.ok(expected.length < CATALOG.length);
  // The same objects sent as requests get every entry that applies to requests.
  const request = lint(json([APP, MONITOR, POOL]), {}, EVERY_CHECK);
  const forRequests = CATALOG.filter((e) => e.appliesTo !== 'response').map((e) => e.id).sort();
  for (const t of request.targets) assert.deepEqual([...new Set(request.findings.filter((f) => f.offset === t.node.offset).map((f) => f.id))].sort(), forRequests, t.kind);
});

/** A saved list response of the era of boolean proxy_protocol, and a live pool read-back. */
const SAVED_APP = {
  id: '7a1c1d2e3f40516273849a0b1c2d3e4f',
  protocol: 'tcp/22',
  ipv4: true,
  dns: { type: 'CNAME', name: 'ssh.example.com' },
  origin_direct: ['tcp://93.184.216.34:22'],
  proxy_protocol: false,
  spp: false,
  ip_firewall: true,
  tls: 'off',
  created_on: '2019-04-01T10:00:00Z',
  modified_on: '2019-04-01T10:00:00Z',
};
const SAVED_POOL = {
  id: '17b5962d775c646f3f9725cbc7a53df4',
  name: 'primary',
  enabled: true,
  minimum_origins: 1,
  notification_email: '',
  check_regions: ['WNAM'],
  origins: [{ name: 'a', address: '93.184.216.34', enabled: true, weight: 1 }],
};
const SAVED_MONITOR = { id: 'f1aba936b94213e5b8dca0c0dbf1f9cc', type: 'icmp_ping', interval: 60, timeout: 5, retries: 2, description: '' };

test('the real rules on saved responses: no request advice, no account predictions', () => {
  const ctx = { account: account({ plan: 'business' }) };
  const requestOnly = ['traffic-type-default', 'legacy-field', 'lb-deprecated-field', 'read-only-field', 'enterprise-monitor-type'];
  const asRequest = [SAVED_APP, SAVED_POOL, SAVED_MONITOR].flatMap((o) => lint(json(o), ctx).findings.map((f) => f.id));
  for (const id of requestOnly) assert.ok(asRequest.includes(id), `${id} as a request: ${asRequest.join(', ')}`);
  for (const [name, result] of [
    ['app', SAVED_APP],
    ['pool', SAVED_POOL],
    ['monitor', SAVED_MONITOR],
    ['list', [SAVED_APP, SAVED_POOL, SAVED_MONITOR]],
  ] as const) {
    const r = lint(json({ success: true, errors: [], messages: [], result }), ctx);
    assert.deepEqual(r.findings.map((f) => `${f.id}: ${f.message}`), [], name);
    assert.deepEqual(r.ruleErrors, []);
  }
});

test('a top-level list is a saved result when its objects carry the timestamps only the API writes', () => {
  const roles = (text: string) => lint(text).targets.map((t) => t.role);
  // `jq .result` of a list response: the envelope is gone, the API's timestamps are there.
  const saved = json([SAVED_APP, { ...APP, modified_on: '2024-01-02T02:20:00Z' }]);
  assert.deepEqual(roles(saved), ['response', 'response']);
  assert.deepEqual(lint(saved).findings.filter((f) => f.id === 'read-only-field'), []);
  // A script's list of bodies to send one by one; a single object is always a body (it may be sent back).
  assert.deepEqual(roles(json([APP, MONITOR])), ['request', 'request']);
  assert.deepEqual(roles(json(SAVED_APP)), ['request']);
  // An edit inside one item decides its role again.
  const text = json([APP, SAVED_APP]);
  const first = analyze(text, {}, undefined, true);
  const edited = text.replace(/\n\s*"created_on": "[^"]*",/, '');
  const next = analyze(edited, {}, first, true);
  assert.ok(next.doc?.reparsed, 'the edit re-parsed one item');
  assert.deepEqual(next.targets.map((t) => t.role), ['request', 'response'], 'modified_on is still there');
  const again = edited.replace(/,\n\s*"modified_on": "[^"]*"/, '');
  assert.deepEqual(analyze(again, {}, next, true).targets.map((t) => t.role), ['request', 'request']);
});

test('a rule whose checks all apply to requests is not run on a saved response, and is on a request', () => {
  const ran: string[] = [];
  const requestOnly: Rule = { name: 'request-only', reports: ['read-only-field', 'unknown-field'], kinds: ['spectrum-app'], check: ({ target }) => void ran.push(target.role) };
  const mixed: Rule = { name: 'mixed', reports: ['read-only-field', '11004'], kinds: ['spectrum-app'], check: ({ target }) => void ran.push(`mixed ${target.role}`) };
  lint(json({ success: true, errors: [], messages: [], result: [APP] }), {}, [requestOnly, mixed]);
  assert.deepEqual(ran, ['mixed response'], 'a rule with one check for responses still runs');
  ran.length = 0;
  lint(json(APP), {}, [requestOnly, mixed]);
  assert.deepEqual(ran, ['request', 'mixed request']);
});

test('a rule that names an id missing from the catalog still runs, and costs its own findings only', () => {
  const broken: Rule = { name: 'broken', reports: ['no-such-id'], kinds: ['spectrum-app'], check: ({ target, report }) => report({ id: 'no-such-id', node: target.node, message: 'x' }) };
  const r = lint(json({ success: true, errors: [], messages: [], result: [APP] }), {}, [broken, ...RULES]);
  assert.deepEqual(r.ruleErrors.map((e) => e.rule), ['broken']);
});
