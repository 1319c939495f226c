import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { test, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';
import { fixAll } from '../../server/core';
import { offsetOf, serverPath, TestClient, withCode, type StartOptions } from './client';

const dns = { type: 'CNAME', name: 'ssh.example.com' };
const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
/** 11000: both origins. Its fixes are choices (keep one or the other). */
const BOTH = pretty({ protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'origin.example.com' }, origin_port: 22 });
const VALID = pretty({ protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'] });
/** 11002 with exactly one reading: a single safe fix. */
const IPV6 = pretty({ protocol: 'udp/5000-5010', dns, origin_direct: ['udp://2606:4700::1:1000-1010'] });

async function start(t: TestContext, options: StartOptions = {}): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

test('initialize: incremental sync, pull only when the client has it, code action kinds, hover, completion', async (t) => {
  const pull = await start(t, { pull: true });
  const push = await start(t, { pull: false });
  const caps = (r: InitializeResult) => r.capabilities;
  for (const r of [pull.initializeResult, push.initializeResult]) {
    assert.deepEqual((caps(r).textDocumentSync as { change: number }).change, 2);
    assert.deepEqual((caps(r).codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.spectrum-lint']);
    assert.equal(caps(r).hoverProvider, true);
    assert.deepEqual(caps(r).completionProvider?.triggerCharacters, ['"', ':', '=', ' ']);
    assert.equal(r.serverInfo?.name, 'spectrum-lint');
  }
  assert.ok(caps(pull.initializeResult).diagnosticProvider);
  assert.equal(caps(push.initializeResult).diagnosticProvider, undefined);
  assert.equal(await pull.shutdown(), 0);
  assert.equal(await push.shutdown(), 0);
});

test('pull: didOpen gives complete diagnostics; an unchanged version answers unchanged', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  const [d] = withCode(await c.pulled(uri), 11000);
  assert.ok(d, 'expected 11000');
  assert.equal(d.code, 11000);
  assert.equal(d.source, 'spectrum-lint');
  assert.equal(d.severity, 1);
  assert.match(d.codeDescription!.href, /#11000--invalid-origin-configuration$/);
  assert.deepEqual(d.data, { id: '11000', version: 1 });
  assert.equal(d.relatedInformation?.length, 1);
  assert.equal(d.relatedInformation![0].location.uri, uri);
  // The range is the key of the second origin, not the document.
  const key = offsetOf(BOTH, '"origin_dns"');
  assert.deepEqual(d.range, { start: positionOf(BOTH, key), end: positionOf(BOTH, key + '"origin_dns"'.length) });

  const first = await c.pull(uri);
  assert.equal(first.kind, 'full');
  const again = await c.pull(uri, first.resultId);
  assert.equal(again.kind, 'unchanged');
  await c.shutdown();
});

test('pull: an edit that changes no finding answers unchanged; the kept diagnostics still get their fixes', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  const first = await c.pull(uri);
  assert.equal(first.kind, 'full');
  const [d] = withCode(first.kind === 'full' ? first.items : [], 11000);
  assert.deepEqual(d.data, { id: '11000', version: 1 });
  // A character typed into the hostname, on a line after the finding: nothing shown moves or changes.
  await c.replace(uri, 'origin.example.com', 'origins.example.com');
  const second = await c.pull(uri, first.resultId);
  assert.equal(second.kind, 'unchanged');
  assert.notEqual(second.resultId, first.resultId, 'a new id: the next request names this version');
  const actions = (await c.codeActions(uri, d.range, [d])) ?? [];
  const fix = actions.find((a) => a.kind === 'quickfix' && a.edit);
  assert.ok(fix, `a fix for the diagnostic of version 1 at version 2: ${actions.map((a) => a.title).join(', ')}`);
  const edit = fix.edit!.documentChanges?.[0] as { textDocument: { version: number } } | undefined;
  if (edit) assert.equal(edit.textDocument.version, 2, 'the edit is for the current text');
  // A line added above the finding moves it: a full report again, made for the new version.
  await c.replace(uri, '{\n  "protocol"', '{\n\n  "protocol"');
  const third = await c.pull(uri, second.resultId);
  assert.equal(third.kind, 'full');
  assert.deepEqual(withCode(third.kind === 'full' ? third.items : [], 11000)[0].data, { id: '11000', version: 3 });
  // A diagnostic of version 1 no longer stands for anything.
  assert.deepEqual(((await c.codeActions(uri, d.range, [d])) ?? []).filter((a) => a.kind === 'quickfix'), []);
  await c.shutdown();
});

test('pull: didChange (incremental) updates the diagnostics', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  assert.equal(withCode(await c.pulled(uri), 11000).length, 1);
  // Delete `"origin_dns": {...},` with a ranged change.
  const from = offsetOf(BOTH, '"origin_dns"');
  const to = offsetOf(BOTH, '"origin_port"');
  const doc = c.text(uri);
  await c.change(uri, [{ range: { start: positionOf(doc, from), end: positionOf(doc, to) }, text: '' }]);
  assert.equal(c.version(uri), 2);
  const after = await c.pulled(uri);
  assert.deepEqual(withCode(after, 11000), []);
  assert.ok(after.every((d) => (d.data as { version: number }).version === 2));
  await c.shutdown();
});

test('push: didOpen publishes, didChange republishes for the new version, didClose clears', async (t) => {
  const c = await start(t, { pull: false });
  const uri = await c.open('app.json', BOTH);
  const opened = await c.pushed(uri, (p) => p.version === 1);
  assert.deepEqual(codes(withCode(opened.diagnostics, 11000)), ['11000']);

  await c.replace(uri, '"origin_dns": {\n    "name": "origin.example.com"\n  },\n  ', '');
  const changed = await c.pushedNow(uri);
  assert.deepEqual(withCode(changed, 11000), []);

  await c.close(uri);
  const closed = await c.pushed(uri, (p) => p.version === undefined);
  assert.deepEqual(closed.diagnostics, []);
  await c.shutdown();
});

test('push: quick changes end with diagnostics for the last version, never out of order', async (t) => {
  const c = await start(t, { pull: false });
  const uri = await c.open('app.json', VALID);
  await c.pushed(uri, (p) => p.version === 1);
  await c.replace(uri, '"tcp/22"', '"tcp/2"');
  await c.replace(uri, '"tcp/2"', '"tcp/"');
  await c.replace(uri, '"tcp/"', '"tcp/23"');
  await c.pushedNow(uri);
  const versions = c.published.filter((p) => p.uri === uri).map((p) => p.version!);
  assert.equal(versions.at(-1), 4);
  assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
  await c.shutdown();
});

test('code actions for 11000: fixes first, documentation last, nothing preferred; the edit removes the diagnostic', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  const [d] = withCode(await c.pulled(uri), 11000);
  const actions = (await c.codeActions(uri, d.range, [d])) as CodeAction[];
  const titles = actions.map((a) => a.title);
  assert.ok(titles.length >= 3, titles.join(', '));
  assert.equal(titles.at(-1), 'Show documentation for 11000');
  assert.match(titles[0], /^Keep origin_/);
  assert.ok(actions.every((a) => a.kind === 'quickfix' && !a.isPreferred));
  // No suppression in plain JSON (comments are not allowed there).
  assert.ok(!titles.some((x) => x.startsWith('Suppress')));

  const keep = actions[0];
  const change = keep.edit!.documentChanges![0] as { textDocument: { uri: string; version: number } };
  assert.deepEqual(change.textDocument, { uri, version: 1 });
  await c.applyEdit(keep.edit!);
  assert.deepEqual(withCode(await c.pulled(uri), 11000), []);
  await c.shutdown();
});

test('code actions for 11002: the single safe fix is preferred; applying it clears 11002', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', IPV6);
  const [d] = withCode(await c.pulled(uri), 11002);
  assert.ok(d, 'expected 11002');
  const actions = (await c.codeActions(uri, d.range, [d])) as CodeAction[];
  const fix = actions[0];
  assert.equal(fix.title, 'Write udp://[2606:4700::1]:1000-1010');
  assert.equal(fix.isPreferred, true);
  assert.equal(actions.filter((a) => a.isPreferred).length, 1);
  await c.applyEdit(fix.edit!);
  assert.match(c.text(uri), /"udp:\/\/\[2606:4700::1\]:1000-1010"/);
  assert.deepEqual(withCode(await c.pulled(uri), 11002), []);
  await c.shutdown();
});

test('11041 quick fixes resolve the origin hostname, except in an untrusted workspace', async (t) => {
  // `localhost` resolves from the hosts file: no network is involved.
  const text = pretty({ protocol: 'tcp/22', dns, origin_dns: { name: 'localhost' }, origin_port: 22, virtual_network_id: 'f3b1c6a2-9d1e-4c55-a6f0-1b2c3d4e5f60' });
  const titles = async (options: StartOptions) => {
    const c = await start(t, { pull: true, ...options });
    const uri = await c.open('app.json', text);
    const [d] = withCode(await c.pulled(uri), 11041);
    assert.ok(d, 'expected 11041');
    const result = ((await c.codeActions(uri, d.range, [d])) as CodeAction[]).map((a) => a.title);
    await c.shutdown();
    return result;
  };
  const trusted = await titles({});
  assert.ok(trusted.some((x) => /\(localhost resolves to it\)$/.test(x)), trusted.join('\n'));
  const untrusted = await titles({ initializationOptions: { workspaceTrusted: false } });
  assert.ok(!untrusted.some((x) => x.includes('resolves to it')), untrusted.join('\n'));
  assert.ok(untrusted.some((x) => x.includes('<origin-ip>')), 'the placeholder swap is still offered');
});

test('code actions in jsonc: suppressions come after the fixes and before the documentation', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.jsonc', BOTH, 'jsonc');
  const [d] = withCode(await c.pulled(uri), 11000);
  const titles = ((await c.codeActions(uri, d.range, [d])) as CodeAction[]).map((a) => a.title);
  const firstSuppress = titles.findIndex((x) => x.startsWith('Suppress 11000'));
  assert.ok(firstSuppress > 0, titles.join(', '));
  assert.ok(titles.slice(0, firstSuppress).every((x) => !x.startsWith('Suppress') && !x.startsWith('Show documentation')));
  assert.deepEqual(titles.slice(firstSuppress), ['Suppress 11000 for this line', 'Suppress 11000 for this file', 'Show documentation for 11000']);
  await c.shutdown();
});

test('code actions for a diagnostic of an older version: nothing rather than a wrong edit', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  const [stale] = withCode(await c.pulled(uri), 11000);
  // Shift every line: the old range now points elsewhere.
  await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
  assert.deepEqual(await c.codeActions(uri, stale.range, [stale]), []);
  // The current diagnostic still gets its fixes.
  const [fresh] = withCode(await c.pulled(uri), 11000);
  assert.ok(((await c.codeActions(uri, fresh.range, [fresh])) as CodeAction[]).length > 0);
  await c.shutdown();
});

test('fix-all: source.fixAll.spectrum-lint gives one edit equal to the core fix-all, and only when asked', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', IPV6);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  for (const only of [['source.fixAll.spectrum-lint'], ['source.fixAll'], ['source']]) {
    const actions = (await c.codeActions(uri, range, [], only)) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.spectrum-lint'], only.join());
  }
  // Not on every cursor move, and not for quick-fix-only requests.
  assert.deepEqual(await c.codeActions(uri, range, [], undefined, 2), []);
  assert.deepEqual(await c.codeActions(uri, range, [], ['quickfix']), []);

  const [all] = (await c.codeActions(uri, range, [], ['source.fixAll.spectrum-lint'])) as CodeAction[];
  const edits = all.edit!.documentChanges![0] as { edits: unknown[] };
  assert.equal(edits.edits.length, 1);
  await c.applyEdit(all.edit!);
  assert.equal(c.text(uri), (await fixAll(IPV6, { path: pathOfUri(uri) })).text);
  assert.deepEqual(withCode(await c.pulled(uri), 11002), []);
  // Nothing left to fix: no action.
  assert.deepEqual(await c.codeActions(uri, range, [], ['source.fixAll.spectrum-lint']), []);
  await c.shutdown();
});

test('a minimal client (no capabilities at all) gets pushed diagnostics and plain edits that work', async (t) => {
  const c = await start(t, { capabilities: {} });
  assert.equal(c.initializeResult.capabilities.diagnosticProvider, undefined);
  const uri = await c.open('app.json', IPV6);
  const [d] = withCode(await c.pushedNow(uri), 11002);
  assert.ok(d, 'expected 11002');
  const [fix] = (await c.codeActions(uri, d.range, [d])) as CodeAction[];
  assert.equal(fix.edit!.documentChanges, undefined);
  assert.ok(fix.edit!.changes?.[uri]);
  await c.applyEdit(fix.edit!);
  assert.deepEqual(withCode(await c.pushedNow(uri), 11002), []);
  assert.equal(c.configurationRequests, 0);
  await c.shutdown();
});

test('settings change (pull): a code turned off disappears after a refresh, without a restart', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  assert.equal(withCode(await c.pulled(uri), 11000).length, 1);
  await c.configure({ rules: { '11000': 'off' } });
  await c.refreshed(1);
  assert.deepEqual(withCode(await c.pulled(uri), 11000), []);
  await c.configure({ rules: { '11000': 'warning' } });
  await c.refreshed(2);
  assert.deepEqual(withCode(await c.pulled(uri), 11000).map((d) => d.severity), [2]);
  await c.shutdown();
});

test('settings change (push): diagnostics are republished with the new severities', async (t) => {
  const c = await start(t, { pull: false });
  const uri = await c.open('app.json', BOTH);
  await c.pushed(uri, (p) => withCode(p.diagnostics, 11000).length === 1);
  const before = c.published.length;
  await c.configure({ rules: { '11000': 'off' } });
  const p = await c.pushed(uri, (x) => c.published.indexOf(x) >= before);
  assert.deepEqual(withCode(p.diagnostics, 11000), []);
  await c.shutdown();
});

test('settings without workspace/configuration: initializationOptions, then didChangeConfiguration settings', async (t) => {
  const c = await start(t, { pull: true, configuration: false, initializationOptions: { spectrumLint: { rules: { '11000': 'hint' } } } });
  const uri = await c.open('app.json', BOTH);
  assert.deepEqual(withCode(await c.pulled(uri), 11000).map((d) => d.severity), [4]);
  await c.configure({ rules: { '11000': 'off' } }, true);
  await c.refreshed(1);
  assert.deepEqual(withCode(await c.pulled(uri), 11000), []);
  assert.equal(c.configurationRequests, 0);
  await c.shutdown();
});

test('spectrumLint.enable false: no diagnostics, no code actions', async (t) => {
  const c = await start(t, { pull: true, settings: { enable: false } });
  const uri = await c.open('app.json', BOTH);
  assert.deepEqual(await c.pulled(uri), []);
  assert.deepEqual(await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, []), []);
  await c.shutdown();
});

test('spectrum-lint.config.json: rules apply, and a change to the file applies without a restart', async (t) => {
  const c = await start(t, { pull: true });
  c.writeFile('spectrum-lint.config.json', JSON.stringify({ rules: { '11000': 'warning' } }));
  const uri = await c.open('app.json', BOTH);
  assert.deepEqual(withCode(await c.pulled(uri), 11000).map((d) => d.severity), [2]);
  const config = c.writeFile('spectrum-lint.config.json', JSON.stringify({ rules: { '11000': 'off' } }));
  await c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
  await c.refreshed(1);
  assert.deepEqual(withCode(await c.pulled(uri), 11000), []);
  // Editor settings win over the file.
  await c.configure({ rules: { '11000': 'error' } });
  await c.refreshed(2);
  assert.deepEqual(withCode(await c.pulled(uri), 11000).map((d) => d.severity), [1]);
  await c.shutdown();
});

test('an open spectrum-lint.config.json shows the problems of the configuration itself', async (t) => {
  const c = await start(t, { pull: true });
  const text = pretty({ rules: { '11000': 'loud' }, colour: 'blue' });
  const uri = await c.open('spectrum-lint.config.json', text);
  const ds = await c.pulled(uri);
  assert.ok(ds.length >= 2, JSON.stringify(ds));
  assert.ok(ds.every((d) => d.code === 'config-invalid' && d.source === 'spectrum-lint'));
  assert.deepEqual(await c.pulled(await c.open('spectrum-lint.config.json.bak', text)), [], 'only the file name counts');
  await c.shutdown();
});

test('unrelated JSON (package.json, tsconfig, settings) gets zero diagnostics, pull and push', async (t) => {
  const files: Record<string, string> = {
    'package.json': pretty({ name: 'x', version: '1.0.0', scripts: { test: 'node --test' }, dependencies: { protocol: '^1.0.0' } }),
    'tsconfig.json': '{\n  // comments are fine\n  "compilerOptions": { "strict": true, "module": "commonjs" },\n}\n',
    'settings.json': pretty({ 'editor.tabSize': 2, 'json.schemas': [], protocol: 'https' }),
  };
  const pull = await start(t, { pull: true });
  const push = await start(t, { pull: false });
  for (const [name, text] of Object.entries(files)) {
    const language = name === 'package.json' ? 'json' : 'jsonc';
    assert.deepEqual(await pull.pulled(await pull.open(name, text, language)), [], name);
    assert.deepEqual(await push.pushedNow(await push.open(name, text, language)), [], name);
  }
  await pull.shutdown();
  await push.shutdown();
});

test('garbage documents and malformed requests cost a request, never the server', async (t) => {
  const c = await start(t, { pull: true });
  const garbage = [
    '\u0000\u0001binary\u0000',
    '{"protocol": "tcp/22", "origin_direct": [',
    '['.repeat(5000) + ']'.repeat(5000),
    '{"protocol": "tcp/22", "dns": {}, "origin_direct": ["' + 'x'.repeat(1_000_000) + '"]}',
    '"just a string"',
    '',
  ];
  for (const [i, text] of garbage.entries()) {
    const uri = await c.open(`garbage-${i}.json`, text);
    await c.pulled(uri);
    await c.hover(uri, Math.floor(text.length / 2));
    await c.completion(uri, text.length);
    await c.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, [], ['source.fixAll']);
  }
  // Requests about documents that are not open, and nonsense params.
  assert.deepEqual(await c.pulled('file:///nowhere/not-open.json'), []);
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.json' }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(
    await c.request('textDocument/codeAction', {
      textDocument: { uri: c.uri('garbage-1.json') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [{ range: { start: { line: 99, character: 0 }, end: { line: 99, character: 1 } }, message: 'x', source: 'spectrum-lint', code: 11000, data: { id: 'nonsense', version: 1 } }] },
    }),
    [],
  );
  // Bytes that are not JSON-RPC at all, and a request without params.
  c.writeRaw('Content-Length: 5\r\n\r\nhello');
  c.writeRaw('Content-Length: 2\r\n\r\n[]');
  // A handler that throws answers its fallback and logs why, to the client's log.
  assert.equal(await c.request('textDocument/hover', {}), null);
  assert.ok(c.logs.some((l) => l.type === 1 && l.message.includes('textDocument/hover failed')), JSON.stringify(c.logs));
  // The server still answers normally afterwards.
  const uri = await c.open('app.json', BOTH);
  assert.equal(withCode(await c.pulled(uri), 11000).length, 1);
  assert.ok(c.alive);
  assert.equal(await c.shutdown(), 0);
});

test('hover on a diagnostic explains the code from the catalog', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  const h = await c.hover(uri, offsetOf(BOTH, '"origin_dns"', 3));
  assert.ok(h, 'expected a hover');
  const value = (h.contents as { kind: string; value: string }).value;
  assert.equal((h.contents as { kind: string }).kind, 'markdown');
  assert.match(value, /11000/);
  assert.match(value, /developers\.cloudflare\.com/);
  await c.shutdown();
});

test('completion offers field names of an app that are not there yet', async (t) => {
  const c = await start(t, { pull: true });
  const text = '{\n  "protocol": "tcp/22",\n  "dns": { "type": "CNAME", "name": "a.example.com" },\n  ""\n}\n';
  const uri = await c.open('app.spectrum.json', text);
  const result = await c.completion(uri, offsetOf(text, '""', 1), '"');
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('origin_direct'), labels.join(', '));
  assert.ok(!labels.includes('protocol'), 'protocol is already present');
  await c.shutdown();
});

test('completion snippets: snippet syntax only for clients that support it', async (t) => {
  const items = async (snippets: boolean) => {
    const c = await start(t, { snippets });
    const uri = await c.open('empty.spectrum.json', '');
    const result = await c.completion(uri, 0);
    await c.shutdown();
    return Array.isArray(result) ? result : (result?.items ?? []);
  };
  const [withSnippets] = (await items(true)).filter((i) => i.kind === 9);
  assert.ok(withSnippets, 'expected an app snippet in an empty *.spectrum.json');
  assert.equal(withSnippets.insertTextFormat, 2);
  assert.match(withSnippets.insertText ?? '', /\$\{1/);
  const [plain] = (await items(false)).filter((i) => i.kind === 9);
  assert.equal(plain.insertTextFormat, 1);
  assert.doesNotMatch(plain.insertText ?? '', /\$\{?\d/);
  assert.doesNotThrow(() => JSON.parse(plain.insertText!), 'the plain text of the app snippet is JSON');
});

test('spectrumLint/catalog and spectrumLint/explain serve the client’s explain command', async (t) => {
  const c = await start(t);
  const catalog = await c.request<Array<{ id: string; code: number | string; title: string; group: string }>>('spectrumLint/catalog');
  const e = catalog.find((x) => x.id === '11000');
  assert.ok(e);
  assert.equal(e.code, 11000);
  assert.equal(e.group, 'spectrum-api');
  assert.ok(catalog.length > 22);
  const md = await c.request<string | null>('spectrumLint/explain', { id: '11000' });
  assert.ok(md?.includes(e.title), md ?? 'null');
  assert.equal(await c.request('spectrumLint/explain', { id: 'no-such-code' }), null);
  assert.equal(await c.request('spectrumLint/explain', {}), null);
  await c.shutdown();
});

test('"Show documentation" runs on the server and asks the client to open the URL externally', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('app.json', BOTH);
  const [d] = withCode(await c.pulled(uri), 11000);
  const docs = ((await c.codeActions(uri, d.range, [d])) as CodeAction[]).find((a) => a.title === 'Show documentation for 11000')!;
  assert.equal(docs.command!.command, 'spectrumLint.showDocumentation');
  await c.request('workspace/executeCommand', { command: docs.command!.command, arguments: docs.command!.arguments });
  assert.deepEqual(c.shown, [{ uri: d.codeDescription!.href, external: true }]);
  // Only https documentation links are opened.
  await c.request('workspace/executeCommand', { command: 'spectrumLint.showDocumentation', arguments: ['file:///etc/passwd'] });
  assert.equal(c.shown.length, 1);
  await c.shutdown();
});

test('a client without showDocument is shown the URL in a message instead', async (t) => {
  const c = await start(t, { showDocument: false });
  await c.request('workspace/executeCommand', { command: 'spectrumLint.showDocumentation', arguments: ['https://developers.cloudflare.com/spectrum/'] });
  assert.deepEqual(c.shown, []);
  assert.match(c.messages.at(-1)?.message ?? '', /https:\/\/developers\.cloudflare\.com\/spectrum\//);
  await c.shutdown();
});

test('--node-ipc: the server speaks over Node IPC too (as VS Code starts it)', async (t) => {
  const child = fork(serverPath(), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  t.after(() => child.kill());
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const r: InitializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
  assert.ok(r.capabilities.diagnosticProvider);
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL('/tmp/ipc-app.json').href;
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: BOTH } });
  const report: { items: Diagnostic[] } = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(withCode(report.items, 11000).length, 1);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  assert.equal(await exited, 0);
  connection.dispose();
});

function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

function pathOfUri(uri: string): string {
  return new URL(uri).pathname;
}
