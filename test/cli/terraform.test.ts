// Terraform on the command line: .tf and .tf.json files found in folders (.terraform/ skipped) or named,
// reported in every format, and the HCL parser loaded from next to the bundle, only for runs that need it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { app, CLI, cli, ROOT, tree } from './run-cli';
import { LOCK_V5, requires, V4, V5 } from '../core/terraform/corpus';

/** The v5 fixture the editor tests open too: 11002 in `ssh`, 11000 in `game`, `web` clean. */
const SPECTRUM_TF = readFileSync(join(ROOT, 'test/e2e/workspace/terraform/spectrum.tf'), 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

const TF_JSON =
  JSON.stringify(
    {
      resource: {
        cloudflare_spectrum_application: {
          ssh: { zone_id: '${var.zone_id}', protocol: 'tcp/22', dns: { type: 'CNAME', name: 'cdktf.example.com' }, origin_direct: ['tcp://2a01:4f8:c2c:123f::1:22'], traffic_type: 'direct' },
        },
      },
    },
    null,
    2,
  ) + '\n';

interface Diagnostic {
  code: number | string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}
const report = (stdout: string) => JSON.parse(stdout) as { files: Array<{ path: string; diagnostics: Diagnostic[] }> };
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

test('folders: .tf and .tf.json files are linted, .terraform/ and other dot-folders are skipped', () => {
  const dir = tree({
    'infra/spectrum.tf': SPECTRUM_TF,
    'infra/cdktf.tf.json': TF_JSON,
    'infra/notes.tfvars.txt': 'x',
    'infra/.terraform/modules/vendor/spectrum.tf': SPECTRUM_TF,
    'apps/app.spectrum.json': app({ dns: { type: 'CNAME', name: 'json.example.com' } }),
  });
  const r = cli(['--format', 'json'], { cwd: dir });
  assert.equal(r.stderr, '');
  const files = report(r.stdout).files;
  assert.deepEqual(
    files.map((f) => f.path),
    ['apps/app.spectrum.json', 'infra/cdktf.tf.json', 'infra/spectrum.tf'],
  );
  const by = new Map(files.map((f) => [f.path, f.diagnostics]));
  assert.deepEqual(codes(by.get('infra/spectrum.tf')!), [11000, 11002]);
  assert.deepEqual(codes(by.get('infra/cdktf.tf.json')!), [11002]);
  assert.equal(r.status, 1);
});

test('a .tf file named on the command line: the diagnostics sit on the HCL attribute values', () => {
  const dir = tree({ 'main.tf': SPECTRUM_TF });
  const r = cli(['--format', 'json', 'main.tf'], { cwd: dir });
  assert.equal(r.stderr, '');
  const [file] = report(r.stdout).files;
  assert.equal(file.path, 'main.tf');
  const ipv6 = file.diagnostics.find((d) => d.code === 11002)!;
  assert.equal(ipv6.severity, 'error');
  const line = lineOf(SPECTRUM_TF, 'tcp://2a01:4f8:c2c:123f::1:22');
  assert.equal(ipv6.range.start.line, line);
  const text = SPECTRUM_TF.split('\n')[line].slice(ipv6.range.start.character, ipv6.range.end.character);
  assert.match(text, /^"?tcp:\/\/2a01:4f8:c2c:123f::1:22"?$/, `the range covers ${JSON.stringify(text)}`);
  const both = file.diagnostics.find((d) => d.code === 11000)!;
  const game = lineOf(SPECTRUM_TF, '"game"');
  assert.ok(both.range.start.line >= game && both.range.start.line <= lineOf(SPECTRUM_TF, 'traffic_type = "direct"'), `11000 inside the game resource, line ${both.range.start.line}`);
});

test('every output format reports the Terraform findings', () => {
  const dir = tree({ 'main.tf': SPECTRUM_TF });
  const line = lineOf(SPECTRUM_TF, 'tcp://2a01:4f8:c2c:123f::1:22') + 1;

  const stylish = cli(['main.tf', '--no-color'], { cwd: dir });
  assert.equal(stylish.status, 1);
  assert.match(stylish.stdout, /^main\.tf$/m);
  assert.match(stylish.stdout, new RegExp(`^\\s+${line}:\\d+\\s+error\\s+.*\\b11002$`, 'm'));
  assert.match(stylish.stdout, /\b11000$/m);

  const github = cli(['main.tf', '--format', 'github'], { cwd: dir });
  assert.match(github.stdout, new RegExp(`^::error file=main\\.tf,line=${line},.*11002`, 'm'));
  assert.match(github.stdout, /^::error file=main\.tf,.*11000/m);

  const sarif = JSON.parse(cli(['main.tf', '--format', 'sarif'], { cwd: dir }).stdout);
  const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
  const ipv6 = results.find((r) => r.ruleId === '11002')!;
  assert.ok(ipv6, `rule ids: ${results.map((r) => r.ruleId).join(', ')}`);
  assert.match(ipv6.locations[0].physicalLocation.artifactLocation.uri, /main\.tf$/);
  assert.equal(ipv6.locations[0].physicalLocation.region.startLine, line);
  assert.ok(results.some((r) => r.ruleId === '11000'));
});

test('cross-file checks see every Terraform file of the run: one hostname in two .tf files', () => {
  const resource = (name: string) => `resource "cloudflare_spectrum_application" "${name}" {\n  protocol = "tcp/22"\n  dns = {\n    type = "CNAME"\n    name = "ssh.example.com"\n  }\n  origin_direct = ["tcp://146.190.50.22:22"]\n}\n`;
  const dir = tree({ 'a.tf': resource('a'), 'b.tf': resource('b') });
  const files = report(cli(['--format', 'json', '.'], { cwd: dir }).stdout).files;
  assert.deepEqual(
    files.map((f) => [f.path, codes(f.diagnostics)]),
    [
      ['a.tf', ['duplicate-hostname']],
      ['b.tf', ['duplicate-hostname']],
    ],
  );
});

/** A copy of the bundled CLI alone in a folder with no node_modules above it, with or without the WASM. */
function loneCli(withWasm: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'spectrum-lint-lone-cli-'));
  copyFileSync(CLI, join(dir, 'cli.js'));
  if (withWasm) for (const f of ['tree-sitter.wasm', 'tree-sitter-terraform.wasm']) copyFileSync(join(dirname(CLI), f), join(dir, f));
  return join(dir, 'cli.js');
}

test('the bundled CLI loads the HCL parser from the WASM next to it, not from node_modules', () => {
  const dir = tree({ 'main.tf': SPECTRUM_TF });
  const lone = spawnCli(loneCli(true), ['--format', 'json', 'main.tf'], dir);
  assert.equal(lone.stderr, '');
  assert.deepEqual(codes(report(lone.stdout).files[0].diagnostics), [11000, 11002]);
});

test('a JSON-only run never loads the HCL parser; a run with a .tf file needs it and says so when it is missing', () => {
  const dir = tree({ 'app.spectrum.json': app(), 'main.tf': SPECTRUM_TF });
  // Without the WASM (and no node_modules to fall back on), a JSON run still passes: it never loaded it.
  const alone = loneCli(false);
  const json = spawnCli(alone, ['app.spectrum.json'], dir);
  assert.equal(json.stderr, '');
  assert.equal(json.status, 0);
  const tf = spawnCli(alone, ['--format', 'json', '.'], dir);
  assert.match(tf.stderr, /^spectrum-lint: Terraform files cannot be checked: .+$/m);
  assert.equal(tf.status, 2, 'a file that could not be checked never passes');
  // The JSON file is still checked, and the .tf file is reported as not checked rather than silently clean.
  const files = report(tf.stdout).files;
  assert.deepEqual(codes(files.find((f) => f.path === 'app.spectrum.json')!.diagnostics), []);
  assert.ok(files.find((f) => f.path === 'main.tf')!.diagnostics.some((d) => d.code === 'document-skipped'));
});

function spawnCli(path: string, args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [path, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('required_providers in versions.tf counts for the other files of the module, over the lock file; files that disagree decide nothing', () => {
  const split = tree({ 'versions.tf': requires('~> 5.0'), 'main.tf': V4.app, '.terraform.lock.hcl': LOCK_V5.replace('"5.8.2"', '"4.52.0"') });
  const out = report(cli(['--format', 'json', '.'], { cwd: split }).stdout);
  const main = out.files.find((f) => f.path.endsWith('main.tf'))!;
  assert.deepEqual(codes(main.diagnostics), ['terraform-version-form', 'terraform-version-form']);
  assert.match(main.diagnostics[0].message, /required_providers in versions\.tf says provider v5/);
  // Either declaration taken would report one of the two files.
  const disagree = tree({ 'a.tf': requires('~> 5.0'), 'b.tf': requires('~> 4.0'), 'v4.tf': V4.app, 'v5.tf': V5.app });
  const both = report(cli(['--format', 'json', 'v4.tf', 'v5.tf'], { cwd: disagree }).stdout).files.flatMap((f) => f.diagnostics);
  assert.deepEqual(both.filter((d) => d.code === 'terraform-version-form'), []);
});

test('the provider version locked in .terraform.lock.hcl next to a .tf counts when required_providers names none', () => {
  const alone = tree({ 'main.tf': V4.app });
  assert.deepEqual(report(cli(['--format', 'json', 'main.tf'], { cwd: alone }).stdout).files.flatMap((f) => f.diagnostics), [], 'v4 syntax alone is v4');
  const locked = tree({ 'main.tf': V4.app, '.terraform.lock.hcl': LOCK_V5 });
  const [file] = report(cli(['--format', 'json', 'main.tf'], { cwd: locked }).stdout).files;
  assert.deepEqual(codes(file.diagnostics), ['terraform-version-form', 'terraform-version-form']);
  assert.equal(file.diagnostics[0].range.start.line, lineOf(V4.app, 'dns {'));
});
