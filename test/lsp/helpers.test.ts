import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText } from '../../server/lsp/completion';
import { pathOf } from '../../server/lsp/documents';
import { normalizeSettings, sectionOf } from '../../server/lsp/settings';

test('settings: valid values are kept, malformed ones fall back instead of throwing', () => {
  assert.deepEqual(normalizeSettings(undefined), { enable: true, rules: {}, files: {}, raw: {} });
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
});

test('paths for file-name globs: file system paths for file URIs, the URI path otherwise', () => {
  assert.equal(pathOf('file:///home/u/apps/x.spectrum.json'), '/home/u/apps/x.spectrum.json');
  assert.equal(pathOf('file:///home/u/my%20apps/a.json'), '/home/u/my apps/a.json');
  assert.equal(pathOf('vscode-vfs://github/org/repo/spectrum/app.json'), '/org/repo/spectrum/app.json');
  assert.equal(pathOf('untitled:Untitled-1'), 'Untitled-1');
  assert.equal(pathOf('not a uri'), undefined);
});
