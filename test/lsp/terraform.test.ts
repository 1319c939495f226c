// Terraform over LSP with the real server process: documents by language id (terraform, as HashiCorp's
// extension and Neovim name it) and by file name whatever the id; diagnostics pushed and pulled, a quick
// fix that writes HCL and clears its diagnostic, suppressions in HCL comments, hover, completion, the
// workspace index, and a server that cannot load its WebAssembly.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, type TestContext } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import { serverPath, TestClient, withCode, type StartOptions } from './client';
import { LOCK_V5, requires, V4 } from '../core/terraform/corpus';

const SPECTRUM_TF = readFileSync(join(process.cwd(), 'test/e2e/workspace/terraform/spectrum.tf'), 'utf8');
const UNBRACKETED = 'tcp://2a01:4f8:c2c:123f::1:22';

async function start(t: TestContext, options: StartOptions = {}): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code)).sort();
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

function assertOnAddress(d: Diagnostic, text: string): void {
  const line = lineOf(text, UNBRACKETED);
  assert.equal(d.range.start.line, line);
  const covered = text.split('\n')[line].slice(d.range.start.character, d.range.end.character);
  assert.match(covered, /^"?tcp:\/\/2a01:4f8:c2c:123f::1:22"?$/, `11002 covers ${JSON.stringify(covered)}`);
}

/** The fix that brackets the address as the IPv6 address 2a01:4f8:c2c:123f::1 with port 22, applied; the new version's text. */
async function applyBracketFix(c: TestClient, uri: string, d: Diagnostic): Promise<CodeAction> {
  const actions = ((await c.codeActions(uri, d.range, [d], ['quickfix'])) ?? []) as CodeAction[];
  const fix = actions.find((a) => a.title === 'Write tcp://[2a01:4f8:c2c:123f::1]:22');
  assert.ok(fix?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
  await c.applyEdit(fix.edit);
  assert.match(c.text(uri), /origin_direct = \["tcp:\/\/\[2a01:4f8:c2c:123f::1\]:22"\]/, 'the fix writes an HCL string in place');
  return fix;
}

test('push: a .tf opened with language id terraform gets its diagnostics; a quick fix applied clears one', async (t) => {
  const c = await start(t, { pull: false });
  const uri = await c.open('main.tf', SPECTRUM_TF, 'terraform');
  const diagnostics = await c.pushedNow(uri);
  assert.deepEqual(codes(diagnostics), ['11000', '11002']);
  const [ipv6] = withCode(diagnostics, 11002);
  assert.equal(ipv6.source, 'spectrum-lint');
  assert.equal(ipv6.severity, 1);
  assertOnAddress(ipv6, SPECTRUM_TF);
  await applyBracketFix(c, uri, ipv6);
  assert.deepEqual(codes(await c.pushedNow(uri)), ['11000']);
  assert.equal(await c.shutdown(), 0);
});

test('pull: the same document pulled, fixed, and pulled again', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('main.tf', SPECTRUM_TF, 'terraform');
  const diagnostics = await c.pulled(uri);
  assert.deepEqual(codes(diagnostics), ['11000', '11002']);
  const [both] = withCode(diagnostics, 11000);
  assert.match(both.codeDescription!.href, /#11000--invalid-origin-configuration$/);
  await applyBracketFix(c, uri, withCode(diagnostics, 11002)[0]);
  assert.deepEqual(codes(await c.pulled(uri)), ['11000']);
  await c.shutdown();
});

test('files by name whatever their language id: .tf as plaintext, .tf.json as json; terraform-vars files are accepted', async (t) => {
  const c = await start(t, { pull: true });
  const plain = await c.open('plain.tf', SPECTRUM_TF, 'plaintext');
  assert.deepEqual(codes(await c.pulled(plain)), ['11000', '11002']);
  const tfJson = JSON.stringify({ resource: { cloudflare_spectrum_application: { ssh: { zone_id: '${var.zone_id}', protocol: 'tcp/22', dns: { type: 'CNAME', name: 'cdktf.example.com' }, origin_direct: [UNBRACKETED], traffic_type: 'direct' } } } }, null, 2);
  const json = await c.open('cdktf.tf.json', tfJson, 'json');
  assert.deepEqual(codes(await c.pulled(json)), ['11002']);
  // Variable values hold no resources: nothing to report, and no failure.
  const vars = await c.open('prod.tfvars', 'zone_id = "023e105f4ecef8ad9ca31a8372d0c353"\n', 'terraform-vars');
  assert.deepEqual(await c.pulled(vars), []);
  assert.doesNotMatch(c.stderr, /error/i);
  await c.shutdown();
});

test('hover on a flagged HCL value explains its code, as in JSON', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('main.tf', SPECTRUM_TF, 'terraform');
  await c.pulled(uri);
  const hover = await c.hover(uri, SPECTRUM_TF.indexOf(UNBRACKETED) + 8);
  assert.ok(hover, 'a hover on the flagged value');
  assert.match((hover.contents as MarkupContent).value, /11002/);
  await c.shutdown();
});

test('completion inside a resource block offers its attribute names', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('main.tf', SPECTRUM_TF, 'terraform');
  await c.pulled(uri);
  // A new line in the `web` resource: attribute names of a Spectrum application are offered.
  const at = SPECTRUM_TF.indexOf('8443"]') + '8443"]'.length;
  await c.change(uri, [{ range: { start: positionAt(SPECTRUM_TF, at), end: positionAt(SPECTRUM_TF, at) }, text: '\n  ' }]);
  const list = await c.completion(uri, at + 3);
  const items = (Array.isArray(list) ? list : ((list as CompletionList | null)?.items ?? [])) as CompletionItem[];
  assert.ok(items.some((i) => i.label === 'proxy_protocol' || i.label === 'argo_smart_routing'), `completion offered: ${items.map((i) => i.label).join(', ')}`);
  await c.shutdown();
});

test('HCL has comments: a .tf diagnostic offers the line suppression, which with a reason suppresses it', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('main.tf', SPECTRUM_TF, 'terraform');
  const [d] = withCode(await c.pulled(uri), 11002);
  const actions = ((await c.codeActions(uri, d.range, [d])) ?? []) as CodeAction[];
  const suppress = actions.find((a) => a.title === 'Suppress 11002 for this line');
  assert.ok(suppress?.edit, `offered: ${actions.map((a) => a.title).join(' | ')}`);
  await c.applyEdit(suppress.edit);
  await c.replace(uri, '<reason>', 'the origin is reached through a proxy that reads it this way');
  assert.deepEqual(codes(await c.pulled(uri)), ['11000']);
  await c.shutdown();
});

test('Terraform files that are not open are indexed: a hostname used in another .tf file of the workspace', async (t) => {
  const c = await start(t, { pull: true });
  const app = (name: string, host: string) => `resource "cloudflare_spectrum_application" "${name}" {\n  zone_id  = var.zone_id\n  protocol = "tcp/22"\n  dns = {\n    type = "CNAME"\n    name = "${host}"\n  }\n  origin_direct = ["tcp://146.190.50.22:22"]\n}\n`;
  c.writeFile('other.tf', app('other', 'ssh.example.com'));
  // A rescan (as after a workspace folder change) indexes the file written after start.
  await c.request('spectrumLint/contextInfo', { uri: c.uri('none.json') });
  const base = c.refreshes;
  c.connection.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(c.root).href, name: 'test' }]);
  await c.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [] } });
  await c.refreshed(base + 1);
  await c.request('spectrumLint/contextInfo', { uri: c.uri('none.json') }); // answered once the scan is done
  const uri = await c.open('mine.tf', app('mine', 'ssh.example.com'), 'terraform');
  const [d] = withCode(await c.pulled(uri), 'duplicate-hostname');
  assert.ok(d, 'duplicate-hostname expected');
  assert.equal(d.relatedInformation?.[0].location.uri, c.uri('other.tf'));
  await c.shutdown();
});

test('a server whose WebAssembly is missing says so, reports the .tf as not checked, and still checks JSON', async (t) => {
  const alone = mkdtempSync(join(tmpdir(), 'spectrum-lint-no-wasm-'));
  copyFileSync(serverPath(), join(alone, 'server.js'));
  process.env.SPECTRUM_LINT_SERVER = join(alone, 'server.js');
  t.after(() => {
    delete process.env.SPECTRUM_LINT_SERVER;
    rmSync(alone, { recursive: true, force: true });
  });
  const c = await start(t, { pull: true });
  delete process.env.SPECTRUM_LINT_SERVER;
  const tf = await c.open('main.tf', SPECTRUM_TF, 'terraform');
  assert.deepEqual(codes(await c.pulled(tf)), ['document-skipped']);
  assert.match(c.logs.map((l) => l.message).join('\n'), /Terraform files cannot be checked: /);
  const json = await c.open('app.spectrum.json', JSON.stringify({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'json.example.com' }, origin_direct: [UNBRACKETED] }), 'json');
  assert.deepEqual(codes(await c.pulled(json)), ['11002']);
  await c.shutdown();
});

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

test('the provider version locked in .terraform.lock.hcl beside the file counts over LSP too', async (t) => {
  const c = await start(t, { pull: true });
  c.writeFile('.terraform.lock.hcl', LOCK_V5);
  const uri = await c.open('main.tf', V4.app, 'terraform');
  assert.deepEqual(codes(await c.pulled(uri)), ['terraform-version-form', 'terraform-version-form']);
  await c.shutdown();
});

/**
 * A v4 `main.tf` open beside `file`, which says v5 (two version-form findings); `file` rewritten to say
 * v4 and reported changed on disk: the open file is checked again, clean. The client's registrations
 * are passed to `registered` after the open.
 */
async function savedBesideRechecks(t: TestContext, file: string, v5: string, v4: string, registered: (c: TestClient) => void = () => {}): Promise<void> {
  const c = await start(t, { pull: true });
  const written = c.writeFile(file, v5);
  const uri = await c.open('main.tf', V4.app, 'terraform');
  assert.deepEqual(codes(await c.pulled(uri)), ['terraform-version-form', 'terraform-version-form']);
  registered(c);
  const base = c.refreshes;
  c.writeFile(file, v4);
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: written, type: 2 }] });
  await c.refreshed(base + 1);
  assert.deepEqual(codes(await c.pulled(uri)), []);
  await c.shutdown();
}

test('terraform init changing the lock file re-checks the open .tf files beside it, and the server watches lock files', async (t) => {
  await savedBesideRechecks(t, '.terraform.lock.hcl', LOCK_V5, LOCK_V5.replace('"5.8.2"', '"4.52.0"').replace('"~> 5.0"', '"~> 4.0"'), (c) => {
    const watched = c.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => (r.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern));
    assert.ok(watched.includes('**/.terraform.lock.hcl'), `watched: ${watched.join(', ')}`);
  });
});

test('required_providers in versions.tf beside an open .tf counts; saving a new constraint there re-checks it', async (t) => {
  await savedBesideRechecks(t, 'versions.tf', requires('~> 5.0'), requires('~> 4.0'));
});

test('an unsaved required_providers in an open versions.tf counts for main.tf; closing it unsaved brings back the file on disk', async (t) => {
  const c = await start(t, { pull: true });
  c.writeFile('versions.tf', requires('~> 5.0'));
  const uri = await c.open('main.tf', V4.app, 'terraform');
  assert.deepEqual(codes(await c.pulled(uri)), ['terraform-version-form', 'terraform-version-form']);
  const versions = await c.open('versions.tf', requires('~> 5.0'), 'terraform');
  assert.deepEqual(await c.pulled(versions), []);
  const base = c.refreshes;
  await c.replace(versions, '~> 5.0', '~> 4.0');
  // The editor pulls the edited document; its lint reads the new declaration.
  await c.pulled(versions);
  await c.refreshed(base + 1);
  assert.deepEqual(codes(await c.pulled(uri)), []);
  await c.close(versions);
  await c.refreshed(base + 2);
  assert.deepEqual(codes(await c.pulled(uri)), ['terraform-version-form', 'terraform-version-form']);
  await c.shutdown();
});

test('a .tf edited by many incremental didChanges gets the diagnostics a fresh server gives each version', async (t) => {
  const module = [V4.app, V4.monitor, V4.pool, V4.lb].join('\n').replace('"tcp/22"', '"tcp/99999"') + '\n# the end\n';
  const edited = await start(t, { pull: true });
  const fresh = await start(t, { pull: true });
  const uri = await edited.open('main.tf', module, 'terraform');
  await edited.pulled(uri);
  // Typing, deleting, breaking and mending the syntax, a CR LF, non-ASCII text, lines added.
  const steps: Array<[search: string, replacement: string]> = [
    ['"tcp/99999"', '"tcp/2"'],
    ['"tcp/2"', '"tcp/22"'],
    ['interval       = 60', 'interval       = 6'],
    ['name    = "web-1"', 'name    = "web-1'],
    ['name    = "web-1', 'name    = "wéb-1 😀"'],
    ['proxied          = true\n', 'proxied          = true\r\n  ttl = 30\n'],
    ['  edge_ips {', '  edge_ips {{'],
    ['  edge_ips {{', '  edge_ips {'],
    ['session_affinity = "cookie"', 'session_affinity = "cookies"'],
    ['# the end', '# the end\nresource "cloudflare_spectrum_application" "late" {\n  protocol = "tcp/1"\n}'],
    ['"ssh.example.com"', '"ssh2.example.com"'],
    ['values = ["app.example.com"]', 'values = [var.host]'],
  ];
  // The document's version and the workspace folder are the only things that differ between the two.
  const without = (ds: Diagnostic[], root: string) =>
    JSON.stringify(ds.map((d) => ({ ...d, data: { ...(d.data as object), version: undefined } })))
      .split(pathToFileURL(root).href)
      .join('<root>');
  for (const [search, replacement] of steps) {
    await edited.replace(uri, search, replacement);
    const text = edited.text(uri);
    const once = await fresh.open('main.tf', text, 'terraform');
    assert.equal(without(await edited.pulled(uri), edited.root), without(await fresh.pulled(once), fresh.root), `after writing ${JSON.stringify(replacement)}`);
    await fresh.close(once);
  }
  await edited.shutdown();
  await fresh.shutdown();
});
