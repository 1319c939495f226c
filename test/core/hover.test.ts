import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entry, lint } from '../../server/core';
import { firstSentence, hover } from '../../server/core/hover';
import { plainText } from '../../server/core/plain-text';
import { json } from '../helpers';

/** Hover at the first occurrence of `needle` (plus `delta` characters) in the linted text. */
function hoverAt(text: string, needle: string, delta = 1, options = {}) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `no ${needle}`);
  const h = hover(lint(text, options), at + delta);
  return h && { ...h, text: text.slice(h.offset, h.offset + h.length) };
}

const app = { protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'], tls: 'full', edge_ips: { type: 'dynamic', connectivity: 'all' } };

test('hover on a finding adds no copy of its message: the title, the cause in one sentence, the docs link', () => {
  const text = json({ ...app, origin_dns: { name: 'o.example.com' }, origin_port: 22 });
  const h = hoverAt(text, '"origin_dns"')!;
  assert.equal(h.text, '"origin_dns"');
  const f = lint(text).findings.find((x) => x.id === '11000')!;
  const [block] = h.markdown.split('\n\n---\n\n');
  assert.deepEqual(block.split('\n\n'), [
    '**11000: Invalid origin configuration**',
    firstSentence(entry('11000').cause),
    `[Cloudflare documentation](${entry('11000').docs})`,
  ]);
  assert.ok(!h.markdown.includes(f.message), 'the message is the editor\'s to show');
  assert.ok(!h.markdown.includes(entry('11000').resolution), 'the resolution is one click away');
  // The field's own description follows the explanation.
  assert.match(h.markdown, /\*\*`origin_dns`\*\* · object/);
});

test('hover on a flagged error envelope code says the resolution once: in the diagnostic, not again in the hover', () => {
  const text = json({ success: false, errors: [{ code: 11044, message: 'No matching routes in the specified virtual network.' }], messages: [], result: null });
  const h = hoverAt(text, '11044')!;
  assert.equal(h.text, '11044');
  assert.ok(h.markdown.includes('Virtual network route not found'));
  assert.ok(h.markdown.includes(entry('11044').docs));
  const resolution = entry('11044').resolution;
  assert.ok(lint(text).findings[0].message.includes(plainText(resolution)));
  assert.ok(!h.markdown.includes(resolution));
  assert.ok(h.markdown.split('\n').filter((l) => l.trim()).length <= 3, h.markdown);
});

test('hover on an unknown envelope code says it is not in the catalog', () => {
  const text = json({ success: false, errors: [{ code: 98765, message: 'New thing' }] });
  assert.match(hoverAt(text, '98765')!.markdown, /`98765` is not in the spectrum-lint catalog/);
});

test('hover on a messages[] code and on the message text next to a code', () => {
  const text = json({ success: false, errors: [{ code: 1005, message: 'This object is referenced by other objects, delete them first.' }], messages: [{ code: 10002, message: 'x' }] });
  assert.ok(hoverAt(text, '10002')!.markdown.includes('Unexpected internal server error'));
  assert.ok(hoverAt(text, 'This object')!.markdown.includes('Object referenced by other objects'));
});

test('a code outside an envelope is not explained', () => {
  assert.equal(hoverAt(json({ errors: [{ code: 11044 }] }), '11044'), undefined);
});

test('hover on failure_reason, case-insensitively, in pool health and health events', () => {
  const health = json({
    success: true,
    errors: [],
    messages: [],
    result: { pool_id: '17b5962d775c646f3f9725cbc7a53df4', pop_health: { 'Amsterdam, NL': { healthy: false, origins: [{ '2001:DB8::5': { healthy: false, rtt: '0ms', failure_reason: 'tls NAME mismatch ERROR', response_code: 0 } }] } } },
  });
  const h = hoverAt(health, 'tls NAME')!;
  assert.equal(h.text, '"tls NAME mismatch ERROR"');
  assert.ok(h.markdown.includes(`**What to change:** ${entry('tls-name-mismatch-error').resolution}`));
  assert.doesNotMatch(h.markdown, /predicts|spectrum-lint cannot/, 'what to change, not what spectrum-lint can detect');
  assert.match(h.markdown, /\*\*Monitor and pool fields to look at:\*\* `header\.Host`/);
  assert.ok(h.markdown.includes('#tls-name-mismatch-error'));

  const events = json({ success: true, result: [{ id: 1, timestamp: '2014-01-01T05:20:00.12345Z', pool: { id: 'x', name: 'p' }, origins: [{ name: 'o', address: '198.51.100.4', failure_reason: 'No failures' }] }] });
  assert.ok(hoverAt(events, 'No failures')!.markdown.includes(entry('no-failures').cause));
  const odd = json({ result: [{ pool: {}, origins: [{ failure_reason: 'Gremlins' }] }] });
  assert.match(hoverAt(odd, 'Gremlins')!.markdown, /`Gremlins` is not in the spectrum-lint catalog/);
});

test('hover on a Spectrum event-log status, also in NDJSON, only next to event-log fields', () => {
  const line = (status: number) => JSON.stringify({ Timestamp: '2026-01-01T00:00:00Z', Event: 'disconnect', ClientIP: '198.51.100.1', OriginIP: '192.0.2.1', Status: status });
  const ndjson = line(200) + '\n' + line(522) + '\n';
  const h = hoverAt(ndjson, '522')!;
  assert.equal(h.text, '522');
  assert.ok(h.markdown.includes('Origin connect timed out'));
  assert.ok(h.markdown.includes('not an HTTP status'));
  const single = json({ Timestamp: 't', ClientIP: '198.51.100.1', status: 777 });
  assert.match(hoverAt(single, '777')!.markdown, /not one of the documented statuses/);
  // A bare `status` without event-log fields is somebody else's status.
  assert.equal(hoverAt(json({ status: 522, name: 'x' }), '522'), undefined);
});

test('hover on field names and enum values of an app, with type, default, allowed values and plan', () => {
  const text = json(app);
  const tls = hoverAt(text, '"tls"')!;
  assert.equal(tls.text, '"tls"');
  assert.match(tls.markdown, /\*\*`tls`\*\* · string/);
  assert.match(tls.markdown, /\*\*Allowed values:\*\* `"off"`, `"flexible"`, `"full"`, `"strict"`/);
  assert.match(tls.markdown, /\*\*Default:\*\* `"off"`/);
  assert.match(tls.markdown, /\*\*Plan:\*\* Enterprise only/);
  const full = hoverAt(text, '"full"')!;
  assert.match(full.markdown, /^\*\*`"full"`\*\*: a value of `tls`/);
  const nested = hoverAt(text, '"connectivity"')!;
  assert.match(nested.markdown, /\*\*`edge_ips\.connectivity`\*\*/);
  assert.match(hoverAt(text, '"CNAME"')!.markdown, /a value of `dns\.type`/);
});

test('hover on a key still waiting for its value', () => {
  const text = '{"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "a.example.com"}, "origin_direct": ["tcp://192.0.2.1:22"], "tls"';
  const h = hover(lint(text), text.lastIndexOf('"tls"') + 1)!;
  assert.match(h.markdown, /\*\*`tls`\*\* · string/);
});

test('hover on monitor and pool fields, including pool origin items and array enum values', () => {
  const monitor = json({ type: 'https', path: '/health', expected_codes: '200', interval: 60, timeout: 5, retries: 2, header: { Host: ['a.example.com'] } });
  assert.match(hoverAt(monitor, '"interval"')!.markdown, /\*\*Range:\*\* minimum 10, maximum 3600/);
  assert.match(hoverAt(monitor, '"https"')!.markdown, /a value of `type`/);
  const pool = json({ name: 'p1', check_regions: ['WNAM'], origins: [{ name: 'o1', address: '203.0.113.1', weight: 0.5 }] });
  assert.match(hoverAt(pool, '"weight"')!.markdown, /\*\*`origins\[\]\.weight`\*\* · number/);
  assert.match(hoverAt(pool, '"WNAM"')!.markdown, /Western North America/);
});

test('hover finds nothing on unrelated JSON or whitespace', () => {
  assert.equal(hoverAt(json({ name: 'x', version: '1.0.0' }), 'version'), undefined);
  const text = json(app);
  assert.equal(hover(lint(text), text.indexOf('\n') + 1), undefined);
});

test('hover and completion never throw on half-typed input', async () => {
  const { complete } = await import('../../server/core/completion');
  const { analyze } = await import('../../server/core');
  const samples = [
    json({ ...app, origin_dns: { name: 'o.example.com', type: 'SRV' }, virtual_network_id: 'x' }),
    json({ type: 'https', header: { Host: ['a'] }, expected_codes: '2xx', interval: 5, timeout: 1 }),
    json({ name: 'p', origins: [{ address: '10.0.0.1', header: { Host: 'x' } }], check_regions: null }),
    json({ success: false, errors: [{ code: 11044, message: 'm' }, { code: 'abc' }, {}], messages: [null] }),
    '{"Timestamp": 1, "ClientIP": "x", "Status": 522}\n{"Timestamp": 2, "Event"',
    '{"protocol": "tcp/22", "dns": {"type": "CNAME", // comment\n "name": "a.example.com",,}, "tls": [1, {"a": }] /* x',
  ];
  for (const sample of samples) {
    for (let cut = 0; cut <= sample.length; cut += 5) {
      const text = sample.slice(0, cut);
      const result = lint(text, { path: 'x.spectrum.json' });
      for (let offset = 0; offset <= text.length; offset += 3) {
        assert.doesNotThrow(() => hover(result, offset), `hover at ${offset} of ${JSON.stringify(text)}`);
        assert.doesNotThrow(() => complete(analyze(text), offset), `complete at ${offset} of ${JSON.stringify(text)}`);
      }
    }
  }
});
