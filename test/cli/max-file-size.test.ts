import assert from 'node:assert/strict';
import { test } from 'node:test';
import { app, cli, tree } from './run-cli';

// Clean apps (no finding) so that the exit code says only whether the files were checked.
const CLEAN = app();
const BAD = app({ origin_direct: ['tcp://2001:db8::1:22'] });

interface JsonRun {
  files: Array<{ path: string; diagnostics: Array<{ code: unknown; severity: string }> }>;
}
const codes = (stdout: string) => (JSON.parse(stdout) as JsonRun).files.flatMap((f) => f.diagnostics.map((d) => `${String(d.code)}:${d.severity}`));

test('a file over --max-file-size is a document-skipped warning and exit 1; --exit-zero still exits 0', () => {
  const dir = tree({ 'a.spectrum.json': CLEAN, 'big.spectrum.json': CLEAN + ' '.repeat(2000) });
  assert.equal(cli(['.'], { cwd: dir }).status, 0);
  const over = cli(['.', '--max-file-size', '1k', '--format', 'json'], { cwd: dir });
  assert.equal(over.status, 1);
  assert.deepEqual(codes(over.stdout), ['document-skipped:warning']);
  assert.match(over.stderr, /big\.spectrum\.json was not checked/);
  assert.equal(cli(['.', '--max-file-size', '1k', '--exit-zero'], { cwd: dir }).status, 0);
  // --quiet hides warnings, never the fact that a file went unchecked.
  const quiet = cli(['.', '--max-file-size=1k', '--quiet'], { cwd: dir });
  assert.equal(quiet.status, 1);
  assert.match(quiet.stderr, /not checked/);
  // Turning the finding off hides it, but CI still does not pass an unchecked file.
  assert.equal(cli(['.', '--max-file-size=1k', '--rule', 'document-skipped=off'], { cwd: dir }).status, 1);
});

test('--max-file-size takes bytes or a k / M suffix, and refuses anything else', () => {
  const dir = tree({ 'big.spectrum.json': CLEAN + ' '.repeat(3000) });
  for (const ok of ['4k', '4K', '4096', '1M', '1m', '67108864']) assert.equal(cli(['.', '--max-file-size', ok], { cwd: dir }).status, 0, ok);
  for (const skip of ['2k', '2048', '1024']) assert.equal(cli(['.', `--max-file-size=${skip}`], { cwd: dir }).status, 1, skip);
  for (const bad of ['2G', '-1', '1.5M', '100', 'k', '', 'lots']) {
    const r = cli(['.', '--max-file-size', bad], { cwd: dir });
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--max-file-size needs a size of at least 1024 bytes/);
  }
  assert.match(cli(['.', '--max-file-size'], { cwd: dir }).stderr, /--max-file-size needs a value/);
});

test('the default limit checks a document far above the former 4 MB (a 10,000-app dump is about 6 MB)', () => {
  // One app with a finding, padded to 5 MB with whitespace: checked, not skipped.
  const dir = tree({ 'dump.spectrum.json': BAD.replace('{', '{' + ' '.repeat(5 * 1024 * 1024)) });
  const r = cli(['.', '--format', 'json'], { cwd: dir });
  assert.ok(!codes(r.stdout).some((c) => c.startsWith('document-skipped')), r.stdout);
  assert.deepEqual(codes(r.stdout), ['11002:error']);
  assert.equal(r.status, 1);
});

test('maxFileSize in spectrum-lint.config.json sets the limit; --max-file-size wins over it', () => {
  const dir = tree({ 'big.spectrum.json': CLEAN + ' '.repeat(2000), 'spectrum-lint.config.json': '{ "maxFileSize": "1k" }' });
  const r = cli(['.', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1);
  assert.deepEqual(codes(r.stdout), ['document-skipped:warning']);
  assert.equal(cli(['.', '--max-file-size', '1M'], { cwd: dir }).status, 0);
  assert.equal(cli(['.', '--no-config'], { cwd: dir }).status, 0);
  const number = tree({ 'big.spectrum.json': CLEAN + ' '.repeat(2000), 'spectrum-lint.config.json': '{ "maxFileSize": 1024 }' });
  assert.equal(cli(['.'], { cwd: number }).status, 1);
});

test('a malformed maxFileSize in the configuration is config-invalid and the default applies', () => {
  for (const bad of ['"64G"', '-5', '12', 'true', '"1.5M"']) {
    const dir = tree({ 'big.spectrum.json': CLEAN + ' '.repeat(2000), 'spectrum-lint.config.json': `{ "maxFileSize": ${bad} }` });
    const r = cli(['.', '--format', 'json'], { cwd: dir });
    assert.deepEqual(codes(r.stdout), ['config-invalid:warning'], bad);
    assert.match(r.stdout, /maxFileSize must be a size of at least 1024 bytes/);
  }
});

test('--help documents --max-file-size and the exit code of an unchecked file', () => {
  const help = cli(['--help']).stdout;
  assert.match(help, /--max-file-size <n>/);
  assert.match(help, /k or M suffix/);
  assert.match(help, /not checked/);
});
