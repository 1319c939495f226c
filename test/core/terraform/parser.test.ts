import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { initTerraform, parseHcl, terraformReady } from '../../../server/core/terraform/parser';

before(() => initTerraform());

test('initTerraform loads once: a second call waits for the same load', async () => {
  await Promise.all([initTerraform(), initTerraform()]);
  assert.equal(terraformReady(), true);
});

test('node offsets count UTF-16 code units of the text, as the engine does', () => {
  const text = '# é 😀 ü\nresource "a" "b" {\n  name = "😀.example.com"\n}\n';
  const tree = parseHcl(text);
  const attr = tree.rootNode.descendantsOfType('attribute')[0]!;
  assert.equal(attr.startIndex, text.indexOf('name'));
  assert.equal(text.slice(attr.startIndex, attr.endIndex), 'name = "😀.example.com"');
  tree.delete();
});
