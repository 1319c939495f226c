import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { entry } from '../../server/core/catalog';
import { app, cli, ROOT, tree } from './run-cli';

// A UDP app with ip_firewall: one warning (tcp-only-setting), no error.
const WARNING_ONLY = app({ protocol: 'udp/27015', origin_direct: ['udp://146.190.50.22:27015'], ip_firewall: true });

test('exit 0 without errors, 1 with errors, --exit-zero always 0', () => {
  assert.equal(cli(['examples/minecraft.spectrum.json']).status, 0);
  assert.equal(cli(['examples']).status, 1);
  const zero = cli(['examples', '--exit-zero']);
  assert.equal(zero.status, 0);
  assert.match(zero.stdout, /errors/);
});

test('--max-warnings turns too many warnings into exit 1; --quiet keeps errors only', () => {
  const dir = tree({ 'game.spectrum.json': WARNING_ONLY });
  assert.equal(cli(['.'], { cwd: dir }).status, 0);
  const over = cli(['.', '--max-warnings', '0'], { cwd: dir });
  assert.equal(over.status, 1);
  assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
  assert.equal(cli(['.', '--max-warnings=1'], { cwd: dir }).status, 0);
  assert.equal(cli(['.', '--max-warnings', '-1'], { cwd: dir }).status, 0);
  // --quiet hides the warning, --max-warnings still counts it (as ESLint does).
  const quiet = cli(['.', '--quiet', '--max-warnings', '0', '--format', 'json'], { cwd: dir });
  assert.equal(quiet.status, 1);
  assert.deepEqual(JSON.parse(quiet.stdout).summary, { errors: 0, warnings: 0, infos: 0 });
});

test('--rule overrides severities (and the configuration file)', () => {
  const dir = tree({ 'game.spectrum.json': WARNING_ONLY, 'spectrum-lint.config.json': '{ "rules": { "tcp-only-setting": "off" } }' });
  assert.match(cli(['.'], { cwd: dir }).stdout, /No problems/);
  assert.equal(cli(['.', '--rule', 'tcp-only-setting=error'], { cwd: dir }).status, 1);
  assert.equal(cli(['.', '--rule', 'tcp-only-setting=error', '--no-config'], { cwd: dir }).status, 1);
  assert.match(cli(['.', '--no-config'], { cwd: dir }).stdout, /tcp-only-setting/);
  const r = cli(['examples/origins.spectrum.json', '--rule', '11002=off,11000=warning', '--format', 'json']);
  const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: unknown; severity: string }) => `${d.code}:${d.severity}`);
  assert.ok(!codes.some((c: string) => c.startsWith('11002:')));
  assert.ok(codes.includes('11000:warning'));
});

test('exit 2 with a clear message on bad usage or unreadable input', () => {
  const cases: Array<[string[], RegExp]> = [
    [['no/such/file.json'], /cannot read no\/such\/file\.json: no such file or folder/],
    [['examples/*.yaml'], /no files match examples\/\*\.yaml/],
    [['--format', 'xml', 'examples'], /unknown format "xml"/],
    [['--max-warnings', 'many'], /--max-warnings needs a whole number/],
    [['--rule', '1100=off'], /"1100" is not a spectrum-lint code/],
    [['--rule', '11002=loud'], /severity "loud"/],
    [['--rule'], /--rule needs a value/],
    [['--frobnicate'], /unknown option --frobnicate/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
  // Readable files are still reported next to the unreadable one.
  const mixed = cli(['examples/origins.spectrum.json', 'missing.json']);
  assert.equal(mixed.status, 2);
  assert.match(mixed.stdout, /origins\.spectrum\.json/);
});

test('JSON syntax errors are reported by the CLI', () => {
  const dir = tree({ 'broken.spectrum.json': '{ "protocol": "tcp/22", "dns": { "type": "CNAME" ' });
  const r = cli(['--format', 'json', '.'], { cwd: dir });
  assert.equal(r.status, 1);
  const [file] = JSON.parse(r.stdout).files;
  assert.equal(file.path, 'broken.spectrum.json');
  assert.ok(file.diagnostics.some((d: { code: string }) => d.code === 'json-syntax'));
});

test('folders: .json and .jsonc recursively, skipping node_modules and dot-folders; globs', () => {
  const dir = tree({
    'a/app.spectrum.json': app(),
    'a/b/app.jsonc': app(),
    'a/notes.txt': 'x',
    'node_modules/pkg/app.spectrum.json': '{',
    '.cache/app.spectrum.json': '{',
    'c/d.spectrum.json': app(),
  });
  const paths = (args: string[]) => JSON.parse(cli([...args, '--format', 'json'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
  assert.deepEqual(paths([]), ['a/app.spectrum.json', 'a/b/app.jsonc', 'c/d.spectrum.json']);
  assert.deepEqual(paths(['a/**/*.jsonc']), ['a/b/app.jsonc']);
  assert.deepEqual(paths(['c', 'c/d.spectrum.json']), ['c/d.spectrum.json']);
});

test('configuration: nearest file per folder, its own problems and unused ignore entries reported against it', () => {
  const dir = tree({
    'spectrum-lint.config.json': JSON.stringify({ rules: { 'tcp-only-setting': 'error' }, ignore: [{ files: 'apps/*.json', code: 11002, reason: 'nothing like that here' }] }, null, 2),
    'apps/game.spectrum.json': WARNING_ONLY,
    'team/spectrum-lint.config.json': '{\n  "rules": { "tcp-only-setting": "loud" }\n}\n',
    'team/game.spectrum.json': WARNING_ONLY.replace('ssh.example.com', 'team.example.com'),
  });
  const r = cli(['--format', 'json', '.'], { cwd: dir });
  const files = JSON.parse(r.stdout).files as Array<{ path: string; diagnostics: Array<{ code: string; severity: string; range: { start: { line: number } } }> }>;
  const by = new Map(files.map((f) => [f.path, f.diagnostics.map((d) => `${d.code}:${d.severity}`)]));
  assert.deepEqual(by.get('apps/game.spectrum.json'), ['tcp-only-setting:error']);
  assert.deepEqual(by.get('team/game.spectrum.json'), ['tcp-only-setting:warning'], 'the nearer configuration wins; its bad value is ignored');
  assert.deepEqual(by.get('team/spectrum-lint.config.json'), ['config-invalid:warning']);
  assert.deepEqual(by.get('spectrum-lint.config.json'), ['unused-suppression:warning']);
  assert.equal(r.status, 1);
  // Linting only a file the entry does not cover says nothing about the entry.
  const narrow = JSON.parse(cli(['--format', 'json', 'team'], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
  assert.ok(!narrow.includes('spectrum-lint.config.json'));
});

test('explain prints the catalog entry; unknown codes and missing arguments exit 2', () => {
  const r = cli(['explain', '11002']);
  assert.equal(r.status, 0);
  assert.ok(r.stdout.includes(entry('11002').title));
  assert.ok(r.stdout.includes(entry('11002').docs));
  const md = cli(['explain', '11002', '--markdown']);
  assert.equal(md.status, 0);
  assert.match(md.stdout, /^#+ /);
  const unknown = cli(['explain', '99999']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown code "99999"/);
  assert.equal(cli(['explain']).status, 2);
});

test('--help, --version, and the bin entry', () => {
  const help = cli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--max-warnings/);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(cli(['--version']).stdout.trim(), pkg.version);
  assert.equal(pkg.bin['spectrum-lint'], 'bin/spectrum-lint.js');
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const viaBin = spawnSync(process.execPath, [join(ROOT, 'bin/spectrum-lint.js'), 'explain', '11000'], { encoding: 'utf8' });
  assert.equal(viaBin.status, 0);
  assert.ok(viaBin.stdout.includes(entry('11000').title));
});
