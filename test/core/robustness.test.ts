import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'jsonc-parser';
import { applyEdits, findEntry, fixAll, JsonDocument, lint, parseConfig, type FixEnv, type LintOptions } from '../../server/core';
import { prng } from '../helpers';

// Randomized robustness: mutated valid and invalid documents never make lint() or fixAll() throw,
// no rule throws (ruleErrors stays empty), and every finding has a sane range. Seeded, so a failure
// replays exactly; sizes are capped instead of timing anything.


const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

const APP = {
  protocol: 'tcp/1000-2000',
  dns: { type: 'CNAME', name: 'range.example.com' },
  origin_direct: ['tcp://[2001:db8::1]:3000-4000', 'tcp://192.0.2.1:3000-4000'],
  proxy_protocol: 'v2',
  ip_firewall: true,
  tls: 'full',
  edge_ips: { type: 'dynamic', connectivity: 'all' },
  traffic_type: 'direct',
  argo_smart_routing: true,
};
const BAD_APP = {
  protocol: 'udp/53',
  dns: { type: 'ADDRESS', name: 'dns..example.com' },
  origin_direct: ['tcp://2001:db8::1:53', 'udp://host.example.com:53'],
  origin_dns: { name: '192.0.2.1', ttl: 60, type: 'MX' },
  origin_port: '70000-1',
  virtual_network_id: 'not-a-uuid',
  edge_ips: { type: 'static', connectivity: 'ipv4' },
  spp: true,
  id: 'ea95132c15732412d22c1476fa83f27a',
};
const MONITOR = { type: 'https', method: 'GET', path: '/health', expected_codes: '2xx', interval: 60, timeout: 5, retries: 2, header: { Host: ['example.com'] }, port: 443 };
const POOL = { name: 'primary-pool', origins: [{ name: 'o1', address: '192.0.2.10', enabled: true, weight: 0.5, header: { Host: ['a.example.com'] } }], monitor: 'f1aba936b94213e5b8dca0c0dbf1f9cc', minimum_origins: 2, check_regions: ['WEU'] };

/** Documents to mutate: Spectrum apps in every shape, LB objects, envelopes, JSONC with directives, unrelated JSON. */
const SEEDS: Array<{ text: string; path?: string }> = [
  { text: pretty(APP), path: '/w/app.spectrum.json' },
  { text: pretty([APP, BAD_APP]) },
  { text: pretty({ success: true, errors: [], messages: [], result: [APP, BAD_APP, { ...APP, virtual_network_id: 'f70ff985-a4ef-4643-bbbc-4a0ed4fc8415', origin_direct: ['tcp://10.0.0.5:22'] }], result_info: { page: 1, per_page: 20, count: 3, total_count: 3 } }) },
  { text: pretty({ success: false, errors: [{ code: 11002, message: 'Invalid origin address' }, { code: 1002, message: 'Validation failed' }], messages: [], result: null }) },
  { text: pretty(MONITOR), path: '/w/lb/monitors/health.json' },
  { text: pretty(POOL), path: '/w/lb/pools/primary.json' },
  { text: pretty({ result: [MONITOR, POOL] }) },
  {
    text: [
      '// spectrum-lint-disable legacy-field -- generated',
      '[',
      '  {',
      '    /* spectrum-lint-disable-next-line 11002 */',
      '    "protocol": "tcp/22", "dns": {"type": "CNAME", "name": "a.example.com"},',
      '    // spectrum-lint-disable-next-line 11002, 11000 -- reason',
      '    "origin_direct": ["tcp://2001:db8::1:22"], "spp": false,',
      '  },',
      ']',
      '',
    ].join('\r\n'),
    path: '/w/apps.spectrum.jsonc',
  },
  { text: pretty({ name: 'some-package', version: '1.0.0', scripts: { build: 'tsc' }, dependencies: { protocol: '^1.0.0' } }) },
];

const ENV: FixEnv = { resolve: async (host) => (host.includes('nothing') ? [] : ['192.0.2.7', '2001:db8::7']) };

const OPTIONS: LintOptions[] = [
  {},
  { syntaxErrors: true },
  { path: '/w/apps/x.spectrum.json', syntaxErrors: true },
  { path: '/w/x.jsonc', ignore: [{ code: '11002', base: '/w', pointer: '/0' }, { code: '11000', files: '**/*.jsonc', base: '/w' }] },
  { rules: { '11002': 'off', 'legacy-field': 'error', 'traffic-type-default': 'hint' } },
];

let checked = 0;

/** Lints one text and checks every invariant; occasionally computes and applies the fixes too. */
async function check(text: string, options: LintOptions, label: string, withFixes: boolean): Promise<void> {
  checked++;
  const r = lint(text, options);
  assert.deepEqual(
    r.ruleErrors.map((e) => `${e.rule}: ${e.error instanceof Error ? e.error.stack : String(e.error)}`),
    [],
    `a rule threw on ${label}:\n${text.slice(0, 2000)}`,
  );
  const doc = new JsonDocument(text);
  const lastLine = doc.positionAt(text.length).line;
  for (const f of r.findings) {
    const where = `${f.id} on ${label}`;
    assert.ok(findEntry(f.id), `unknown id ${where}`);
    assert.ok(Number.isInteger(f.offset) && Number.isInteger(f.length), `non-integer span ${where}`);
    assert.ok(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length, `span outside the text: ${where} ${f.offset}+${f.length}/${text.length}`);
    assert.deepEqual(f.range, doc.rangeOf(f.offset, f.length), `range does not match the span: ${where}`);
    assert.ok(f.range.end.line <= lastLine, `range past the end: ${where}`);
    assert.ok(f.range.start.line < f.range.end.line || (f.range.start.line === f.range.end.line && f.range.start.character <= f.range.end.character), `reversed range: ${where}`);
    assert.ok(typeof f.message === 'string' && f.message.trim().length > 0, `empty message: ${where}`);
    assert.ok(f.pointer === '' || f.pointer.startsWith('/'), `bad pointer ${JSON.stringify(f.pointer)}: ${where}`);
    if (withFixes && f.fixes) {
      const fixes = await f.fixes(ENV);
      for (const fix of fixes) {
        assert.ok(fix.title.length > 0, `untitled fix: ${where}`);
        for (const e of fix.edits) assert.ok(e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length, `fix "${fix.title}" edits outside the text: ${where}`);
        assert.equal(typeof applyEdits(text, fix.edits), 'string');
      }
    }
  }
  if (withFixes) {
    const fixed = await fixAll(text, options, ENV);
    assert.equal(typeof fixed.text, 'string');
  }
}

test('truncation at every position of several documents', async () => {
  for (const seed of SEEDS.slice(0, 3).concat(SEEDS[7])) {
    for (let i = 0; i <= seed.text.length; i++) {
      const text = seed.text.slice(0, i);
      await check(text, { path: seed.path, syntaxErrors: true }, `prefix ${i} of a seed`, i % 37 === 0);
      if (i % 3 === 0) await check(seed.text.slice(i), { path: seed.path }, `suffix ${i} of a seed`, false);
    }
  }
});

test('a brace inserted or a character deleted at every position: every finding still gives its fixes', async () => {
  // jsonc-parser's edit helpers throw on some recovered trees (`"dns": }{...}`); such a finding offers no fix.
  for (const seed of [SEEDS[1], SEEDS[2], SEEDS[7]]) {
    for (let i = 0; i < seed.text.length; i++) {
      await check(seed.text.slice(0, i) + '}' + seed.text.slice(i), { path: seed.path }, `"}" inserted at ${i}`, true);
      await check(seed.text.slice(0, i) + seed.text.slice(i + 1), { path: seed.path }, `character ${i} deleted`, i % 4 === 0);
    }
  }
});

/** Every value position of a parsed document, as a path. */
function paths(v: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function setAt(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(root));
  let cur = copy;
  for (const seg of path.slice(0, -1)) cur = cur[seg];
  cur[path[path.length - 1]] = value;
  return copy;
}

test('type swaps, odd values and huge strings at every kind of position', async () => {
  const rnd = prng(0x5eed);
  const oddValues = (): unknown[] => [
    null,
    true,
    0,
    -1,
    1.7976931348623157e308,
    65536,
    0.5,
    '',
    ' ',
    'tcp/',
    'tcp/0-0',
    'udp/65535-1',
    'tcp://[::1]:0',
    'tcp://[zz]:22',
    'tcp://1.2.3.4:22-',
    '\u0000',
    '\ud800',
    'x'.repeat(1 + Math.floor(rnd() * 200_000)),
    [],
    {},
    [[[[[]]]]],
    { type: 'static', ips: [] },
    Array.from({ length: 2000 }, (_, i) => `tcp://192.0.2.${i % 256}:${i + 1}`),
  ];
  for (const seed of SEEDS) {
    const value = parse(seed.text, [], { allowTrailingComma: true });
    const all = paths(value);
    for (let n = 0; n < 60; n++) {
      const path = all[Math.floor(rnd() * all.length)];
      const odd = oddValues();
      const mutated = setAt(value, path, odd[Math.floor(rnd() * odd.length)]);
      const text = rnd() < 0.5 ? pretty(mutated) : JSON.stringify(mutated);
      await check(text, OPTIONS[n % OPTIONS.length], `swap at /${path.join('/')}`, n % 5 === 0);
    }
  }
});

test('deep nesting below and above the depth limit', async () => {
  for (const depth of [50, 400, 499, 501, 5000]) {
    await check('['.repeat(depth) + ']'.repeat(depth), { syntaxErrors: true }, `array depth ${depth}`, false);
    await check('{"a":'.repeat(depth) + '1' + '}'.repeat(depth), { syntaxErrors: true }, `object depth ${depth}`, false);
    const nested = '['.repeat(depth) + '"tcp://192.0.2.1:22"' + ']'.repeat(depth);
    await check(`{"protocol":"tcp/22","dns":{"type":"CNAME","name":"a.example.com"},"origin_direct":${nested}}`, { path: '/w/a.spectrum.json' }, `origin depth ${depth}`, depth < 500);
    await check('['.repeat(depth), { syntaxErrors: true }, `unclosed depth ${depth}`, false);
  }
});

test('random bytes, token soup and unbalanced brackets', async () => {
  const rnd = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const TOKENS = ['{', '}', '[', ']', ':', ',', '"', '\\', '//', '/*', '*/', '\n', '\r\n', '\t', ' ', 'null', 'true', '-0', '1e999', '"protocol"', '"tcp/22"', '"origin_direct"', '"dns"', '"result"', '"tcp://[::1]:22"', '"spectrum-lint-disable"', '// spectrum-lint-disable-next-line 11002 --', '\u0000', '\ufeff', '\ud83d'];
  for (let n = 0; n < 300; n++) {
    let text: string;
    const kind = n % 4;
    if (kind === 0) {
      text = Array.from({ length: Math.floor(rnd() * 400) }, () => String.fromCharCode(Math.floor(rnd() * 0x10000))).join('');
    } else if (kind === 1) {
      text = Array.from({ length: Math.floor(rnd() * 200) }, () => pick(TOKENS)).join('');
    } else {
      // Unbalanced: delete, duplicate or insert structural characters in a seed.
      const seed = pick(SEEDS).text;
      const chars = [...seed];
      for (let k = 0; k < 1 + Math.floor(rnd() * 6); k++) {
        const i = Math.floor(rnd() * chars.length);
        const op = rnd();
        if (op < 0.4) chars.splice(i, 1);
        else if (op < 0.7) chars.splice(i, 0, pick(['{', '}', '[', ']', '"', ',', ':']));
        else chars.splice(i, 0, ...chars.slice(i, i + Math.floor(rnd() * 40)));
      }
      text = chars.join('');
    }
    await check(text, OPTIONS[n % OPTIONS.length], `random text #${n}`, n % 4 === 0);
  }
});

test('large inputs are handled within the size guard', async () => {
  const many = pretty({ result: Array.from({ length: 3000 }, (_, i) => ({ ...APP, dns: { type: 'CNAME', name: `app${i}.example.com` } })) });
  await check(many, {}, '3000 apps', false);
  const tooBig = '[' + '"x",'.repeat(1_200_000) + '"x"]';
  const r = lint(tooBig, { path: '/w/big.spectrum.json', maxFileSize: 4 * 1024 * 1024 });
  assert.deepEqual(r.findings.map((f) => f.id), ['document-skipped']);
  await check('\u0000' + pretty(APP), { syntaxErrors: true }, 'binary', true);
});

test('the configuration parser survives the same mutations', () => {
  const rnd = prng(7);
  const seed = pretty({ rules: { '11002': 'warning' }, files: { 'spectrum-app': ['a/*.json'] }, ignore: [{ files: 'x/*.json', code: 11002, pointer: '/0', reason: 'r' }], account: { plan: 'enterprise' } });
  for (let i = 0; i <= seed.length; i++) {
    for (const text of [seed.slice(0, i), seed.slice(0, i) + '"' + seed.slice(i), seed.slice(0, i) + seed.slice(i + 1)]) {
      const { findings } = parseConfig(text, '/w/spectrum-lint.config.json', { syntaxErrors: rnd() < 0.5 });
      for (const f of findings) assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, `config finding outside the text at ${i}`);
    }
  }
});

test('the randomized checks ran', () => {
  // Guards against a refactor that silently skips the loops above.
  assert.ok(checked > 2000, `only ${checked} documents checked`);
});

test('a second JSON value after the first (responses appended one after another) is said to be one, once', () => {
  const page = JSON.stringify({ success: true, errors: [], messages: [], result: [] });
  const r = lint(`${page}\n${page}\n`, { path: '/w/apps.json', syntaxErrors: true });
  assert.deepEqual(
    r.findings.map((f) => [f.id, f.offset, f.message]),
    [['json-syntax', page.length + 1, 'JSON syntax error: another JSON value starts here, after the first one ended; a file holds one value. Pages of API responses can be kept as one list of them, as jq -s writes it.']],
  );
  // Anything else after the value is the parser's own words.
  assert.deepEqual(lint(`${page} x`, { path: '/w/apps.json', syntaxErrors: true }).findings.map((f) => f.message), ['JSON syntax error: invalid symbol.']);
});
