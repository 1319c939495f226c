// Editor features of Terraform files over LSP with the real server process: hovers on the codes of
// suppression comments (.tf and JSONC), whole-resource snippets at the top level of a .tf file, and
// values completed after `=` when the editor sends `=` or a space as the trigger character.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { entry } from '../../server/core';
import { entryMarkdown } from '../../server/core/explain';
import { plainText } from '../../server/lsp/completion';
import { offsetOf, TestClient } from './client';
import { edit, requires, V5 } from '../core/terraform/corpus';

async function start(t: TestContext): Promise<TestClient> {
  const c = await TestClient.start({ pull: true });
  t.after(() => {
    if (c.alive) c.kill();
  });
  return c;
}

const items = (list: CompletionItem[] | CompletionList | null): CompletionItem[] => (Array.isArray(list) ? list : (list?.items ?? []));
const UNBRACKETED = 'tcp://2001:db8::10:22';

/** The document after the client accepts `item` at `offset`: its text edit, or its text at the cursor (placeholders at their defaults). */
function accepted(text: string, offset: number, item: CompletionItem): string {
  const doc = TextDocument.create('file:///x', 'terraform', 1, text);
  const e = item.textEdit as TextEdit | undefined;
  const newText = e?.newText ?? item.insertText ?? item.label;
  const range = e?.range ?? { start: doc.positionAt(offset), end: doc.positionAt(offset) };
  return TextDocument.applyEdits(doc, [{ range, newText: item.insertTextFormat === 2 ? plainText(newText) : newText }]);
}

test('hover on a code in a suppression comment: the catalog entry, in .tf (# and /* */) and in JSONC', async (t) => {
  const c = await start(t);
  const explained = entryMarkdown(entry('11002'), { headingLevel: 4, detection: false });
  const tf = edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', `  # spectrum-lint-disable-next-line 11002 -- NAT64 lab\n  origin_direct = ["${UNBRACKETED}"]\n  /* spectrum-lint-disable 11000 */\n`);
  const tfUri = await c.open('main.tf', tf, 'terraform');
  const json = `{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  // spectrum-lint-disable-next-line 11002 -- NAT64 lab\n  "origin_direct": ["${UNBRACKETED}"]\n}\n`;
  const jsonUri = await c.open('spectrum/ssh.json', json, 'jsonc');
  for (const [uri, text] of [[tfUri, tf], [jsonUri, json]] as const) {
    const h = await c.hover(uri, offsetOf(text, '11002', 2));
    assert.equal((h?.contents as MarkupContent).value, explained, uri);
    const doc = TextDocument.create(uri, 'x', 1, text);
    assert.deepEqual(h!.range, { start: doc.positionAt(text.indexOf('11002')), end: doc.positionAt(text.indexOf('11002') + 5) });
  }
  // An unused code: its finding (the directive gives no reason and suppresses nothing), then the entry.
  const unused = (await c.hover(tfUri, offsetOf(tf, '11000', 1)))?.contents as MarkupContent;
  assert.match(unused.value, /suppression-without-reason[^]*unused-suppression[^]*#### 11000: Invalid origin configuration/);
  assert.equal(await c.hover(tfUri, offsetOf(tf, 'NAT64', 1)), null);
  await c.shutdown();
});

test('top level of a .tf file: a snippet per checked resource, v5 or v4 as the file declares; accepted, it lints clean', async (t) => {
  const c = await start(t);
  // A new file names no checked resource yet (so it is not parsed for linting): snippets all the same.
  const empty = await c.open('new.tf', '', 'terraform');
  const offered = items(await c.completion(empty, 0));
  assert.deepEqual(offered.map((i) => i.label), ['cloudflare_spectrum_application', 'cloudflare_load_balancer_monitor', 'cloudflare_load_balancer_pool', 'cloudflare_load_balancer']);
  assert.ok(offered.every((i) => i.insertTextFormat === 2 && i.kind === 9));
  const v4 = requires('~> 4.0') + '\ncloudflare_sp';
  const uri = await c.open('v4.tf', v4, 'terraform');
  const [app] = items(await c.completion(uri, v4.length));
  assert.equal(app?.label, 'cloudflare_spectrum_application');
  const text = accepted(v4, v4.length, app!);
  assert.match(text, /\n\}\n\nresource "cloudflare_spectrum_application" "ssh" \{\n  zone_id  = var\.zone_id\n  protocol = "tcp\/22"\n  dns \{\n/);
  await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: TextDocument.create(uri, 'x', 1, v4).positionAt(v4.length) }, text }]);
  assert.deepEqual(await c.pulled(uri), []);
  // Inside a block: none.
  const block = 'terraform {\n  \n}\n';
  const inside = await c.open('block.tf', block, 'terraform');
  assert.deepEqual(items(await c.completion(inside, offsetOf(block, '  \n', 2))), []);
  await c.shutdown();
});

test('typing = or a space after it in a .tf resource: the values, quoted once, with one space; JSON answers these triggers with nothing', async (t) => {
  const c = await start(t);
  const typed = edit(V5.app, '  traffic_type = "direct"\n', '  traffic_type = "direct"\n  tls =\n');
  const uri = await c.open('main.tf', typed, 'terraform');
  const afterEq = offsetOf(typed, 'tls =', 5);
  const onEq = items(await c.completion(uri, afterEq, '='));
  assert.deepEqual(onEq.map((i) => i.label), ['off', 'flexible', 'full', 'strict']);
  assert.match(accepted(typed, afterEq, onEq[2]!), /\n  tls = "full"\n/);
  await c.replace(uri, 'tls =', 'tls = ');
  const spaced = c.text(uri);
  const onSpace = items(await c.completion(uri, afterEq + 1, ' '));
  assert.deepEqual(onSpace.map((i) => i.label), ['off', 'flexible', 'full', 'strict']);
  assert.match(accepted(spaced, afterEq + 1, onSpace[2]!), /\n  tls = "full"\n/);
  // A space elsewhere (an indented new line) asks for nothing; Ctrl+Space there still lists attribute names.
  await c.replace(uri, '  tls = \n', '  \n');
  const line = offsetOf(c.text(uri), '  \n', 2);
  assert.deepEqual(items(await c.completion(uri, line, ' ')), []);
  assert.ok(items(await c.completion(uri, line)).some((i) => i.label === 'tls'));
  // JSON: the same triggers give nothing, where `:` gives the values.
  const json = '{"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "a.example.com"}, "origin_direct": ["tcp://192.0.2.1:22"], "tls": }';
  const jsonUri = await c.open('spectrum/ssh.json', json, 'json');
  const value = offsetOf(json, '"tls": ', 7);
  assert.ok(items(await c.completion(jsonUri, value, ':')).some((i) => i.label === '"full"'));
  for (const trigger of ['=', ' ']) assert.deepEqual(items(await c.completion(jsonUri, value, trigger)), [], trigger);
  await c.shutdown();
});
