// What a user sees in an editor, over the real server: plain-text diagnostics, short diagnostic
// hovers, "Fix all <code> problems", suppressions with a reason placeholder, completion order, fix-on-save.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { entry } from '../../server/core';
import { plainText } from '../../server/lsp/completion';
import { capabilities, offsetOf, TestClient, withCode, type StartOptions } from './client';

const dns = { type: 'CNAME', name: 'ssh.example.com' };
const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';
const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

async function start(t: TestContext, options: StartOptions = {}): Promise<TestClient> {
  const c = await TestClient.start(options);
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

/** Capabilities of vscode-languageclient 11: pull diagnostics, versioned edits, LSP 3.18 snippet edits. */
function withSnippetEdits(): StartOptions {
  const caps = capabilities({ pull: true });
  return { pull: true, capabilities: { ...caps, workspace: { ...caps.workspace, workspaceEdit: { documentChanges: true, snippetEditSupport: true } } } };
}

/** An editor applying snippet edits: the placeholder's default text is what lands in the document. */
function asTextEdits(edit: WorkspaceEdit): WorkspaceEdit {
  return {
    documentChanges: (edit.documentChanges as TextDocumentEdit[]).map((c) => ({
      ...c,
      edits: c.edits.map((e) => ('snippet' in e ? { range: e.range, newText: plainText((e as { snippet: { value: string } }).snippet.value) } : e)),
    })),
  };
}

/** A diagnostic's message: plain text, as this server always sends it. */
const messageOf = (d: Diagnostic): string => {
  assert.equal(typeof d.message, 'string', 'a plain-text message');
  return d.message as string;
};
const codesOf = (ds: Diagnostic[]) => ds.map((d) => String(d.code));

const hoverValue = async (c: TestClient, uri: string, offset: number): Promise<string> => {
  const h = await c.hover(uri, offset);
  assert.ok(h, 'expected a hover');
  return (h.contents as { value: string }).value as string;
};

test('diagnostic messages are plain text: no Markdown backticks, a JSON value keeps its quotes', async (t) => {
  const c = await start(t, { pull: true });
  const text = pretty({ protocol: 'TCP/22', dns: { type: 'ADDRESS', name: 'ssh.example.com' }, origin_direct: ['tcp://192.0.2.1:22'], ip_firewall: 'true', tls: 'Full' });
  const uri = await c.open('app.json', text);
  const ds = await c.pulled(uri);
  assert.ok(ds.length >= 4, ds.map(messageOf).join('\n'));
  for (const d of ds) {
    assert.doesNotMatch(messageOf(d), /`|\*\*/, messageOf(d));
    for (const r of d.relatedInformation ?? []) assert.doesNotMatch(r.message, /`/, r.message);
  }
  assert.match(messageOf(withCode(ds, 11004)[0]), /"ADDRESS"/);
  assert.equal(messageOf(withCode(ds, 'wrong-type')[0]), 'ip_firewall must be a boolean, not a string: write true without quotes.');
  assert.equal(messageOf(withCode(ds, 'protocol-format')[0]), 'protocol is case-sensitive: write tcp/22.');
  assert.match(messageOf(withCode(ds, 'invalid-enum-value')[0]), /^tls is case-sensitive: write "full", not "Full"\.$/);
  await c.shutdown();
});

test('two apps on the same hostname and port: the message says "the same port"', async (t) => {
  const c = await start(t, { pull: true });
  const app = { protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'] };
  const uri = await c.open('apps.json', pretty([app, { ...app, origin_direct: ['tcp://192.0.2.2:22'] }]));
  const [d] = withCode(await c.pulled(uri), 'duplicate-hostname');
  assert.ok(d, 'expected duplicate-hostname');
  assert.match(messageOf(d), /also uses ssh\.example\.com on the same port, tcp\/22\./);
  assert.doesNotMatch(messageOf(d), /overlaps/);
  await c.shutdown();
});

test('hover on a diagnostic: no copy of the message, only the title, a one-line cause and the docs link', async (t) => {
  const c = await start(t, { pull: true });
  const text = pretty({ protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'origin.example.com' }, origin_port: 22 });
  const uri = await c.open('app.json', text);
  const [d] = withCode(await c.pulled(uri), 11000);
  const value = await hoverValue(c, uri, offsetOf(text, '"origin_dns"', 3));
  const [block, field] = value.split('\n\n---\n\n');
  assert.ok(!value.includes(messageOf(d)), 'the editor shows the message already');
  assert.ok(!value.includes(entry('11000').resolution));
  assert.deepEqual(block.split('\n\n').length, 3, block);
  assert.match(block, /^\*\*11000: Invalid origin configuration\*\*\n\n/);
  assert.ok(block.endsWith(`[Cloudflare documentation](${entry('11000').docs})`), block);
  // The field's own hover still follows, unchanged.
  assert.match(field, /^\*\*`origin_dns`\*\* · object/);
  await c.shutdown();
});

test('"Fix all <code> problems in this file" next to the fix when the file has several, not for one', async (t) => {
  const c = await start(t, { pull: true });
  // An IPv6 origin range without brackets has one reading when only one split gives the app's range length.
  const app = (n: number, origin: string) => ({ protocol: `tcp/${n}000-${n}010`, dns: { type: 'CNAME', name: `a${n}.example.com` }, origin_direct: [origin] });
  const text = pretty([app(5, 'tcp://2606:4700::1:1000-1010'), app(6, 'tcp://2606:4700::2:1000-1010'), app(7, 'tcp://192.0.2.1:2x')]);
  const uri = await c.open('apps.json', text);
  const ds = withCode(await c.pulled(uri), 11002);
  assert.equal(ds.length, 3);
  const actions = (await c.codeActions(uri, ds[0].range, [ds[0]])) as CodeAction[];
  const titles = actions.map((a) => a.title);
  const at = titles.indexOf('Fix all 11002 problems in this file');
  assert.equal(at, 1, titles.join(' | '));
  assert.equal(actions[0].isPreferred, true);
  assert.equal(actions[at].kind, 'quickfix');
  assert.ok(!actions[at].isPreferred);
  await c.applyEdit(actions[at].edit!);
  // Both IPv6 origins get their brackets; the third has no single safe fix and stays for the user.
  assert.match(c.text(uri), /"tcp:\/\/\[2606:4700::1\]:1000-1010"[\s\S]*"tcp:\/\/\[2606:4700::2\]:1000-1010"/);
  assert.equal(withCode(await c.pulled(uri), 11002).length, 1);

  // One fixable 11002 left: no "Fix all" (the fix itself is enough); fix-all stays a source action.
  const [last] = withCode(await c.pulled(uri), 11002);
  const one = ((await c.codeActions(uri, last.range, [last], ['quickfix'])) as CodeAction[]).map((a) => a.title);
  assert.ok(!one.some((x) => x.startsWith('Fix all')), one.join(' | '));
  await c.shutdown();
});

test('suppress fix: the reason is a selected snippet placeholder, and the fresh directive is not reported', async (t) => {
  const c = await start(t, withSnippetEdits());
  const text = pretty({ protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'origin.example.com' }, origin_port: 22 });
  const uri = await c.open('app.jsonc', text, 'jsonc');
  const [d] = withCode(await c.pulled(uri), 11000);
  const actions = (await c.codeActions(uri, d.range, [d])) as CodeAction[];
  const suppress = actions.find((a) => a.title === 'Suppress 11000 for this line')!;
  const [edit] = (suppress.edit!.documentChanges![0] as TextDocumentEdit).edits as unknown as Array<{ snippet?: { kind: string; value: string } }>;
  assert.deepEqual(edit.snippet, { kind: 'snippet', value: '  // spectrum-lint-disable-next-line 11000 -- ${1:<reason>}\n' });
  await c.applyEdit(asTextEdits(suppress.edit!));
  const after = await c.pulled(uri);
  assert.deepEqual(withCode(after, 11000), [], 'suppressed');
  assert.deepEqual(withCode(after, 'suppression-without-reason'), [], 'the placeholder is not flagged while untouched');

  // Any other change: an untouched placeholder is a missing reason again.
  await c.replace(uri, '"origin_port": 22', '"origin_port": 2222');
  assert.equal(withCode(await c.pulled(uri), 'suppression-without-reason').length, 1);
  // Typed over: a real reason, nothing to report.
  await c.replace(uri, '<reason>', 'the origin is migrated this week');
  assert.deepEqual(withCode(await c.pulled(uri), 'suppression-without-reason'), []);
  await c.shutdown();
});

test('suppress fix for a client without snippet edits: plain text, and the same grace for the placeholder', async (t) => {
  const c = await start(t, { pull: true });
  const text = pretty({ protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'], origin_dns: { name: 'origin.example.com' }, origin_port: 22 });
  const uri = await c.open('app.jsonc', text, 'jsonc');
  const [d] = withCode(await c.pulled(uri), 11000);
  const suppress = ((await c.codeActions(uri, d.range, [d])) as CodeAction[]).find((a) => a.title === 'Suppress 11000 for this file')!;
  const [edit] = (suppress.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
  assert.equal(edit.newText, '// spectrum-lint-disable 11000 -- <reason>\n');
  await c.applyEdit(suppress.edit!);
  assert.deepEqual(codesOf(await c.pulled(uri)), ['traffic-type-default']);
  await c.shutdown();
});


const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? []));

/** The order VS Code shows items of several providers in (no typed word): by sortText when both have one, else by label. */
function vscodeOrder(list: CompletionItem[]): string[] {
  const cmp = (a: CompletionItem, b: CompletionItem) => {
    if (a.sortText && b.sortText && a.sortText !== b.sortText) return a.sortText < b.sortText ? -1 : 1;
    return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
  };
  return [...list].sort(cmp).map((i) => i.label);
}
/** What VS Code's JSON support offers where a value is expected, with no sortText. */
const VSCODE_JSON: CompletionItem[] = [{ label: 'Empty object' }, { label: 'Empty array' }];

test('completion in an empty *.spectrum.json: the app snippet, preselected, before VS Code\'s "Empty array" and "Empty object"', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('ssh.spectrum.json', '');
  const ours = items(await c.completion(uri, 0));
  assert.equal(ours[0].label, 'Add a Spectrum application');
  assert.equal(ours[0].preselect, true);
  assert.equal(ours[0].kind, 9, 'Module, as VS Code\'s own "Empty object"');
  assert.deepEqual(vscodeOrder([...VSCODE_JSON, ...ours])[0], 'Add a Spectrum application');
  await c.shutdown();
});

test('completion in `{}` of an associated file and after `"pro`: the snippet and the fields, in order', async (t) => {
  const c = await start(t, { pull: true });
  const uri = await c.open('ssh.spectrum.json', '{}');
  const list = items(await c.completion(uri, 1));
  assert.equal(list[0].label, 'Add a Spectrum application');
  assert.ok(list.slice(1).some((i) => i.label === 'protocol'));
  const sorted = [...list].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
  assert.deepEqual(sorted, list.map((i) => i.label), 'sortText keeps the server order');
  const typed = '{\n  "pro\n}';
  const uri2 = await c.open('db.spectrum.json', typed);
  const labels = items(await c.completion(uri2, offsetOf(typed, '"pro', 4))).map((i) => i.label);
  assert.ok(labels.includes('protocol'), labels.join(', '));
  await c.shutdown();
});

test('completion: a new array item after a JSONC trailing comma, and an empty object among apps, get the app', async (t) => {
  const c = await start(t, { pull: true });
  const app = pretty({ protocol: 'tcp/22', dns, origin_direct: ['tcp://192.0.2.1:22'] }).trim();
  const comma = `[\n${app},\n  \n]\n`;
  const uri = await c.open('apps.jsonc', comma, 'jsonc');
  const at = comma.lastIndexOf('},\n  ') + 5;
  const [first] = items(await c.completion(uri, at));
  assert.equal(first?.label, 'Add a Spectrum application');
  assert.equal(first.insertTextFormat, 2);
  const empty = `[\n${app},\n  {}\n]\n`;
  const uri2 = await c.open('more-apps.json', empty);
  const list = items(await c.completion(uri2, empty.indexOf('{}') + 1));
  assert.equal(list[0].label, 'Add a Spectrum application');
  assert.ok(list.some((i) => i.label === 'origin_direct'));
  await c.shutdown();
});

test('fix-on-save (source.fixAll) writes true for "true" on a UDP app and keeps ip_firewall and tls', async (t) => {
  const c = await start(t, { pull: true });
  const text = pretty({ protocol: 'udp/53', dns, origin_direct: ['udp://192.0.2.1:53'], ip_firewall: 'true', tls: 'off' });
  const uri = await c.open('dns.json', text);
  const [all] = (await c.codeActions(uri, START, [], ['source.fixAll.spectrum-lint'])) as CodeAction[];
  await c.applyEdit(all.edit!);
  assert.deepEqual(JSON.parse(c.text(uri)), { ...JSON.parse(text), ip_firewall: true });
  await c.shutdown();
});
