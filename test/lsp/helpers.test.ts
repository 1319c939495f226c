import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, type Rule } from '../../server/core';
import { plainText } from '../../server/lsp/completion';
import { AnalysisCache, pathOf } from '../../server/lsp/documents';
import { normalizeSettings, sectionOf } from '../../server/lsp/settings';

test('settings: valid values are kept, malformed ones fall back instead of throwing', () => {
  assert.deepEqual(normalizeSettings(undefined), { enable: true, rules: {}, files: {}, run: 'onType', raw: {} });
  const raw = {
    enable: false,
    rules: { '11002': 'warning', 'legacy-field': 'off', '11000': 'loud', ' 11041 ': 'info', x: 3 },
    files: { 'spectrum-app': ['**/apps/*.json', 7], monitor: '**/m/*.json', pool: { no: 1 } },
    maxFileSize: 2048,
  };
  const s = normalizeSettings(raw);
  assert.equal(s.enable, false);
  assert.deepEqual(s.rules, { '11002': 'warning', 'legacy-field': 'off', '11041': 'info' });
  assert.deepEqual(s.files, { 'spectrum-app': ['**/apps/*.json'], monitor: ['**/m/*.json'] });
  assert.equal(s.maxFileSize, 2048);
  assert.equal(normalizeSettings({ maxFileSize: '64M' }).maxFileSize, 64 * 1024 * 1024);
  assert.equal(normalizeSettings({ maxFileSize: 1.5 }).maxFileSize, undefined);
  assert.deepEqual([normalizeSettings({ run: 'onSave', debounce: 120.4 }).run, normalizeSettings({ run: 'onSave', debounce: 120.4 }).debounce], ['onSave', 120]);
  for (const [run, debounce] of [['always', -1], [null, 'soon'], ['onsave', Number.NaN]]) {
    const n = normalizeSettings({ run, debounce });
    assert.deepEqual([n.run, n.debounce], ['onType', undefined]);
  }
  assert.equal(normalizeSettings({ debounce: 1e9 }).debounce, 10_000);
  for (const bad of [null, 'x', [], { enable: 'yes', rules: [], files: 1, maxFileSize: -1 }]) {
    const n = normalizeSettings(bad);
    assert.equal(n.enable, true);
    assert.deepEqual([n.rules, n.files, n.maxFileSize], [{}, {}, undefined]);
  }
});

test('initializationOptions: the section itself or wrapped in { spectrumLint }', () => {
  assert.deepEqual(sectionOf({ spectrumLint: { enable: false } }), { enable: false });
  assert.deepEqual(sectionOf({ enable: false }), { enable: false });
});

test('snippets become plain text for clients without snippet support', () => {
  assert.equal(plainText('"protocol": "${1:tcp/22}",$0'), '"protocol": "tcp/22",');
  assert.equal(plainText('"type": "${1|CNAME,ADDRESS|}"'), '"type": "CNAME"');
  assert.equal(plainText('{"a": ${1:{"b": ${2:1}}}}'), '{"a": {"b": 1}}');
  assert.equal(plainText('cost: \\$5 $1'), 'cost: $5 ');
  // A mirror repeats its placeholder's default, as an editor would fill it.
  assert.equal(plainText('"${1|tcp,udp|}/22", "$1://192.0.2.1:22"'), '"tcp/22", "tcp://192.0.2.1:22"');
});

test('paths for file-name globs: file system paths for file URIs, the URI path otherwise', () => {
  assert.equal(pathOf('file:///home/u/apps/x.spectrum.json'), '/home/u/apps/x.spectrum.json');
  assert.equal(pathOf('file:///home/u/my%20apps/a.json'), '/home/u/my apps/a.json');
  assert.equal(pathOf('vscode-vfs://github/org/repo/spectrum/app.json'), '/org/repo/spectrum/app.json');
  assert.equal(pathOf('untitled:Untitled-1'), 'Untitled-1');
  assert.equal(pathOf('not a uri'), undefined);
});

test('analysis cache: one parse and one lint per version; a throwing rule is reported once and costs only itself', async () => {
  const linted: Array<[number, string[]]> = [];
  const throwing: Rule = {
    name: 'always-throws',
    reports: ['11000'],
    kinds: ['spectrum-app'],
    check() {
      throw new Error('boom');
    },
  };
  const cache = new AnalysisCache((_uri, version, result) => linted.push([version, result.ruleErrors.map((e) => e.rule)]), [...RULES, throwing]);
  const text = JSON.stringify({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'a.example.com' }, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'o.example.com' } });
  const v1 = TextDocument.create('file:///w/app.json', 'json', 1, text);
  const options = { path: '/w/app.json' };
  const first = (await cache.result(v1, options, 0))!;
  assert.equal(await cache.result(v1, options, 0), first, 'same version and generation: the cached result');
  assert.equal(cache.analysis(v1, options, 0), cache.analysis(v1, options, 0));
  assert.ok(first.findings.some((f) => f.id === '11000'), 'the other rules still report');
  assert.deepEqual(linted, [[1, ['always-throws']]]);
  // A new generation whose options are equal (a settings notification that changed nothing) keeps the result.
  assert.equal(await cache.result(v1, { path: '/w/app.json' }, 1), first);
  // New options (settings changed) or a new version lint again.
  assert.notEqual(await cache.result(v1, { path: '/w/app.json', rules: { '11000': 'warning' } }, 2), first);
  const v2 = TextDocument.update(v1, [{ text: text.replace('"tcp/22"', '"tcp/23"') }], 2);
  await cache.result(v2, options, 2);
  assert.deepEqual(linted.map(([v]) => v), [1, 1, 2]);
});

test('analysis cache: a lint under way goes on through a settings generation with equal options, and only then', async () => {
  let runs = 0;
  const counting: Rule = { name: 'counts', reports: ['11000'], kinds: ['spectrum-app'], check: () => void runs++ };
  const cache = new AnalysisCache(() => undefined, [counting]);
  const apps = Array.from({ length: 200 }, (_, i) => ({ protocol: 'tcp/22', dns: { type: 'CNAME', name: `a${i}.example.com` }, origin_direct: ['tcp://192.0.2.1:22'] }));
  const doc = TextDocument.create('file:///w/apps.json', 'json', 1, JSON.stringify(apps));
  const files = { 'spectrum-app': ['**/*.json'] };
  // Not awaited: the lint runs in slices, so the next call comes while it is under way.
  const first = cache.result(doc, { path: '/w/apps.json', files }, 0);
  const same = cache.result(doc, { path: '/w/apps.json', files: { 'spectrum-app': ['**/*.json'] } }, 1);
  assert.ok(await first);
  assert.equal(await same, await first, 'the same result');
  assert.equal(runs, 200, 'one lint: the rule ran once per app');
  // A configuration file's findings depend on more than the options: it is linted again.
  const config = TextDocument.create('file:///w/spectrum-lint.config.json', 'json', 1, '{}');
  const a = await cache.result(config, { path: '/w/spectrum-lint.config.json' }, 1);
  assert.notEqual(await cache.result(config, { path: '/w/spectrum-lint.config.json' }, 2), a);
});
