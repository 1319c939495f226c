import assert from 'node:assert/strict';
import { test } from 'node:test';
import { json } from '../../../helpers';
import { WorkspaceIndex, summarizeText } from '../../../../server/core/workspace';
import { app } from '../../context/support';


test('the index keeps one summary per file and reports changes', () => {
  const ws = new WorkspaceIndex();
  assert.equal(ws.set(summarizeText(json(app()), 'C:\\ws\\a.spectrum.json')), true);
  assert.equal(ws.set(summarizeText(json(app()), 'C:/ws/a.spectrum.json')), false);
  assert.equal(ws.find('apps', '').length, 1);
  assert.equal(ws.find('apps', '', 'C:\\ws\\a.spectrum.json').length, 0, 'a file finds the others, not itself');
  assert.equal(ws.find('appsByHost', app().dns.name).length, 1);
  assert.equal(ws.delete('C:/ws/a.spectrum.json'), true);
  assert.equal(ws.size, 0);
});
