import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entry, lint } from '../../server/core';
import { entryMarkdown } from '../../server/core/explain';
import { hover } from '../../server/core/hover';
import { edit, TF, useTerraform, V5 } from './terraform/corpus';

useTerraform();

const SEPARATOR = '\n\n---\n\n';
const UNBRACKETED = 'tcp://2001:db8::10:22';
/** The catalog entry as code hovers show it: the explain text, without the detection line. */
const explained = (id: string) => entryMarkdown(entry(id), { headingLevel: 4, detection: false });

function hoverAt(text: string, path: string, needle: string, delta = 1) {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `no ${needle}`);
  const h = hover(lint(text, { path }), at + delta);
  return h && { ...h, text: text.slice(h.offset, h.offset + h.length), parts: h.markdown.split(SEPARATOR) };
}

const tf = (comment: string) => edit(V5.app, '  origin_direct = ["tcp://192.0.2.10:22"]\n', `  ${comment}\n  origin_direct = ["${UNBRACKETED}"]\n`);

test('.tf: a code in a #, // or /* */ suppression explains its catalog entry', () => {
  for (const comment of ['# spectrum-lint-disable-next-line 11002 -- NAT64 lab', '// spectrum-lint-disable-next-line 11002 -- NAT64 lab', '/* spectrum-lint-disable-next-line 11002 -- NAT64 lab */']) {
    const text = tf(comment);
    assert.deepEqual(lint(text, TF).findings, [], comment);
    const h = hoverAt(text, TF.path!, '11002', 2)!;
    assert.equal(h.text, '11002', comment);
    assert.deepEqual(h.parts, [explained('11002')], comment);
  }
  // Elsewhere in the comment (the keyword, the reason): nothing.
  const text = tf('# spectrum-lint-disable-next-line 11002 -- NAT64 lab');
  assert.equal(hoverAt(text, TF.path!, 'disable-next', 1), undefined);
  assert.equal(hoverAt(text, TF.path!, 'NAT64', 1), undefined);
});

test('.tf: a rule id explains its entry too; an unused code shows its finding first; an unknown code only its finding', () => {
  const text = tf('# spectrum-lint-disable-next-line 11002, lb-ttl-proxied, 99999 -- NAT64 lab');
  const id = hoverAt(text, TF.path!, 'lb-ttl-proxied')!;
  assert.equal(id.text, 'lb-ttl-proxied');
  assert.equal(id.parts.length, 2);
  assert.match(id.parts[0]!, /^\*\*unused-suppression: /);
  assert.equal(id.parts[1], explained('lb-ttl-proxied'));
  const unknown = hoverAt(text, TF.path!, '99999')!;
  assert.equal(unknown.text, '99999');
  assert.equal(unknown.parts.length, 1);
  assert.match(unknown.parts[0]!, /^\*\*unused-suppression: /);
  // The code that is used still explains only itself.
  assert.deepEqual(hoverAt(text, TF.path!, '11002')!.parts, [explained('11002')]);
});

test('JSONC: a code in a // or /* */ suppression explains its catalog entry', () => {
  for (const comment of ['// spectrum-lint-disable-next-line 11002 -- NAT64 lab', '/* spectrum-lint-disable-next-line 11002 -- NAT64 lab */']) {
    const text = `{\n  "protocol": "tcp/22",\n  "dns": {"type": "CNAME", "name": "ssh.example.com"},\n  ${comment}\n  "origin_direct": ["${UNBRACKETED}"]\n}\n`;
    assert.deepEqual(lint(text, { path: 'spectrum/ssh.json' }).findings, [], comment);
    const h = hoverAt(text, 'spectrum/ssh.json', '11002')!;
    assert.equal(h.text, '11002');
    assert.deepEqual(h.parts, [explained('11002')]);
  }
  const file = '// spectrum-lint-disable 11002 -- lab\n{"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "a.example.com"}, "origin_direct": ["' + UNBRACKETED + '"]}\n';
  assert.deepEqual(hoverAt(file, 'spectrum/ssh.json', '11002')!.parts, [explained('11002')]);
  // The same text in a string is not a directive.
  const inString = '{"protocol": "tcp/22", "dns": {"type": "CNAME", "name": "a.example.com"}, "origin_direct": ["tcp://192.0.2.1:22"], "x": "spectrum-lint-disable 11002"}';
  assert.equal(hoverAt(inString, 'spectrum/ssh.json', '11002'), undefined);
});
