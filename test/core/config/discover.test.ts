import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigResolver, findConfigFile, mergeRules, configLintOptions, anchorGlob, type ConfigHost } from '../../../server/core/config';
import { kindByPath } from '../../../server/core/detect';

function host(files: Record<string, string>, reads: string[] = []): ConfigHost {
  return {
    async readFile(p) {
      reads.push(p);
      return files[p];
    },
  };
}

test('the nearest configuration above the file wins', async () => {
  const h = host({ '/w/spectrum-lint.config.json': '{}', '/w/a/spectrum-lint.config.json': '{"rules":{"11002":"off"}}' });
  assert.equal((await findConfigFile('/w/a/b/c/app.json', h))?.path, '/w/a/spectrum-lint.config.json');
  assert.equal((await findConfigFile('/w/x/app.json', h))?.path, '/w/spectrum-lint.config.json');
  assert.equal(await findConfigFile('/elsewhere/app.json', h), undefined);
});

test('discovery does not look above the stop directory', async () => {
  const reads: string[] = [];
  const h = host({ '/w/spectrum-lint.config.json': '{}' }, reads);
  assert.equal(await findConfigFile('/w/project/sub/app.json', h, '/w/project'), undefined);
  assert.deepEqual(reads, ['/w/project/sub/spectrum-lint.config.json', '/w/project/spectrum-lint.config.json']);
  // A file outside the stop directory (opened on its own) still finds its configuration.
  assert.equal((await findConfigFile('/w/other/app.json', h, '/w/project'))?.path, '/w/spectrum-lint.config.json');
});

test('the resolver reads each directory once and reparses after invalidate()', async () => {
  const reads: string[] = [];
  const files: Record<string, string> = { '/w/spectrum-lint.config.json': '{"rules":{"11002":"warning"}}' };
  const r = new ConfigResolver(host(files, reads));
  const a = await r.forFile('/w/a/one.json');
  const b = await r.forFile('/w/a/two.json');
  assert.equal(a, b);
  assert.deepEqual(a?.config.rules, { '11002': 'warning' });
  assert.equal(reads.filter((p) => p === '/w/a/spectrum-lint.config.json').length, 1);
  files['/w/spectrum-lint.config.json'] = '{"rules":{"11002":"off"}}';
  assert.deepEqual((await r.forFile('/w/a/one.json'))?.config.rules, { '11002': 'warning' });
  r.invalidate();
  assert.deepEqual((await r.forFile('/w/a/one.json'))?.config.rules, { '11002': 'off' });
  assert.equal((await r.loaded()).length, 1);
});

test('editor settings override the configuration per code', () => {
  assert.deepEqual(mergeRules({ '11002': 'warning', '11000': 'off' }, { '11002': 'error', 'Legacy-Field': 'off' }), {
    '11002': 'error',
    '11000': 'off',
    'legacy-field': 'off',
  });
  assert.deepEqual(mergeRules(undefined, undefined), {});
});

test('configuration globs are relative to the configuration file and add to the defaults', async () => {
  const r = new ConfigResolver(host({ '/w/spectrum-lint.config.json': '{"files":{"spectrum-app":["edge/*.json"]}}' }));
  const parsed = await r.forFile('/w/edge/app.json');
  const options = configLintOptions(parsed?.config);
  assert.equal(kindByPath('/w/edge/app.json', options.files), 'spectrum-app');
  assert.equal(kindByPath('/other/edge/app.json', options.files), undefined);
  assert.equal(kindByPath('/w/x/y.spectrum.json', options.files), 'spectrum-app', 'defaults still apply');
  assert.equal(anchorGlob('/w/a (1)', './x/*.json'), '/w/a \\(1\\)/x/*.json');
});
