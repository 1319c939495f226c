// `npm run package` builds a .vsix that carries only what runs: the bundled, minified extension and
// server, the Terraform parser's WebAssembly, the grammar, the Terraform language configuration, the
// schemas, README, CHANGELOG, LICENSE and icon. Anything else fails the test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from '../e2e/root';
import { TestClient } from '../lsp/client';
import { readZip, type ZipEntry } from './zip';

const MAX_BYTES = 1024 * 1024;
const REQUIRED = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/package.json',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  'extension/images/icon.png',
  'extension/dist/extension.js',
  'extension/dist/server.js',
  'extension/dist/tree-sitter.wasm',
  'extension/dist/tree-sitter-terraform.wasm',
  'extension/languages/terraform.language-configuration.json',
  'extension/syntaxes/spectrum.injection.tmLanguage.json',
];
const ALSO_ALLOWED = [/^extension\/schemas\/[\w.-]+\.json$/, /^extension\/syntaxes\/[\w.-]+\.tmLanguage\.json$/];

let dir: string;
let vsix: string;
let entries: ZipEntry[];
const read = (name: string) => entries.find((e) => e.name === name)!.read().toString('utf8');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'spectrum-lint-vsix-'));
  vsix = join(dir, 'spectrum-lint.vsix');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/package.mjs'), '--out', vsix], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}${r.stderr}`);
  entries = readZip(readFileSync(vsix));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the .vsix holds exactly the files that run', () => {
  const names = entries.map((e) => e.name).sort();
  for (const r of REQUIRED) assert.ok(names.includes(r), `${r} is missing; the package has:\n${names.join('\n')}`);
  const unexpected = names.filter((n) => !REQUIRED.includes(n) && !ALSO_ALLOWED.some((re) => re.test(n)));
  assert.deepEqual(unexpected, [], 'files that do not belong in the package (adjust .vscodeignore)');
});

test('the packaged server lints a .tf document with the WebAssembly it ships, without node_modules', async () => {
  // Only the package's dist/ files, in a folder with no node_modules above it.
  const alone = mkdtempSync(join(tmpdir(), 'spectrum-lint-packaged-'));
  try {
    for (const e of entries.filter((x) => x.name.startsWith('extension/dist/'))) writeFileSync(join(alone, e.name.slice('extension/dist/'.length)), e.read());
    process.env.SPECTRUM_LINT_SERVER = join(alone, 'server.js');
    const c = await TestClient.start({ pull: true });
    try {
      const text = readFileSync(join(ROOT, 'test/e2e/workspace/terraform/spectrum.tf'), 'utf8');
      const uri = await c.open('main.tf', text, 'terraform');
      assert.deepEqual((await c.pulled(uri)).map((d) => String(d.code)).sort(), ['11000', '11002']);
      assert.doesNotMatch(c.logs.map((l) => l.message).join('\n'), /Terraform files cannot be checked/);
      await c.shutdown();
    } finally {
      if (c.alive) c.kill();
    }
  } finally {
    delete process.env.SPECTRUM_LINT_SERVER;
    rmSync(alone, { recursive: true, force: true });
  }
});

test('the .vsix stays under 1 MB', () => {
  const size = statSync(vsix).size;
  assert.ok(size < MAX_BYTES, `${(size / 1024).toFixed(0)} KB`);
});

test('the bundles are minified production builds without sourcemaps', () => {
  for (const name of ['extension/dist/extension.js', 'extension/dist/server.js']) {
    const text = read(name);
    assert.doesNotMatch(text, /sourceMappingURL/, `${name} points at a sourcemap`);
    // Template literals keep their newlines; a minified bundle still averages thousands of characters a line.
    const lines = text.split('\n').length;
    assert.ok(text.length / lines > 1000, `${name}: ${lines} lines for ${text.length} characters: not minified`);
    assert.doesNotMatch(text, /require\(["'](vscode-languageserver|vscode-languageclient|jsonc-parser|ipaddr\.js)/, `${name} bundles its dependencies`);
  }
});

test('the manifest is complete for the Marketplace and Open VSX', () => {
  const pkg = JSON.parse(read('extension/package.json'));
  assert.equal(pkg.publisher, 'spectrum-lint');
  assert.equal(pkg.name, 'spectrum-lint');
  assert.ok(pkg.displayName && pkg.description, 'displayName and description');
  assert.deepEqual([...pkg.categories].sort(), ['Linters', 'Programming Languages']);
  assert.ok(Array.isArray(pkg.keywords) && pkg.keywords.length >= 3 && pkg.keywords.length <= 30, 'keywords');
  assert.equal(pkg.repository?.url, 'https://github.com/spectrum-lint/spectrum-lint');
  assert.equal(pkg.license, 'MIT');
  assert.equal(pkg.icon, 'images/icon.png');
  assert.match(read('extension/LICENSE.txt'), /^MIT License/);
  assert.equal(pkg.main, './dist/extension.js');
  // Explicit activation: VS Code 1.139 derives none from a language contribution without a configuration.
  assert.ok(pkg.activationEvents.includes('onLanguage:json') && pkg.activationEvents.includes('onLanguage:jsonc'), 'activates on JSON and JSONC');
  assert.ok(!pkg.activationEvents.includes('*'), 'no startup activation');
  assert.ok(pkg.capabilities?.untrustedWorkspaces, 'untrusted workspaces declared');
});

test('the manifest activates on Terraform and contributes a terraform language that works without HashiCorp\'s extension', () => {
  const pkg = JSON.parse(read('extension/package.json'));
  for (const event of ['onLanguage:terraform', 'onLanguage:terraform-vars', 'workspaceContains:**/*.tf']) assert.ok(pkg.activationEvents.includes(event), event);
  const terraform = pkg.contributes.languages.find((l: { id: string }) => l.id === 'terraform');
  assert.ok(terraform, 'a terraform language is contributed');
  assert.deepEqual(terraform.extensions, ['.tf']);
  assert.ok(terraform.aliases.includes('Terraform'));
  // Nothing that VS Code would merge over HashiCorp's: no configuration file, icon or grammar for the language.
  assert.deepEqual(Object.keys(terraform).sort(), ['aliases', 'extensions', 'id']);
  assert.deepEqual(pkg.contributes.grammars.filter((g: { language?: string }) => g.language), [], 'no grammar for a language');
  // The client sets the packaged configuration (HCL's comments) when no other extension configures the language.
  const configuration = JSON.parse(read('extension/languages/terraform.language-configuration.json'));
  assert.equal(configuration.comments.lineComment, '#');
  assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
});

test('engines.vscode is what the bundled language client requires, and no lower', () => {
  const pkg = JSON.parse(read('extension/package.json'));
  const client = JSON.parse(readFileSync(join(ROOT, 'node_modules/vscode-languageclient/package.json'), 'utf8'));
  const types = JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/vscode/package.json'), 'utf8'));
  const min = (range: string) => range.replace(/^[\^~>=\s]+/, '').split('.').map(Number);
  const cmp = (a: number[], b: number[]) => a[0] - b[0] || a[1] - b[1] || (a[2] ?? 0) - (b[2] ?? 0);
  assert.ok(cmp(min(pkg.engines.vscode), min(client.engines.vscode)) >= 0, `engines.vscode ${pkg.engines.vscode} is below vscode-languageclient's ${client.engines.vscode}`);
  assert.ok(cmp(min(pkg.engines.vscode), min(types.version)) >= 0, `engines.vscode ${pkg.engines.vscode} is below the @types/vscode the code is checked against (${types.version})`);
});

test('the icon is a 128x128 PNG', () => {
  const png = entries.find((e) => e.name === 'extension/images/icon.png')!.read();
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  assert.equal(png.readUInt32BE(16), 128);
  assert.equal(png.readUInt32BE(20), 128);
});
